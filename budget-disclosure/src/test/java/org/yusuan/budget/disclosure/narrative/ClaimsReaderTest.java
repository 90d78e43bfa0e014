package org.yusuan.budget.disclosure.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.disclosure.LineRecord;
import org.yusuan.budget.disclosure.ReadReport;
import org.yusuan.budget.disclosure.table.ClassNames;
import org.yusuan.budget.disclosure.table.ReadContext;
import org.yusuan.budget.disclosure.text.LineLedger;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;

/** The reader on small made-up narratives: one behaviour per test. */
class ClaimsReaderTest {
  private ReadReport report;

  private List<NarrativeClaim> read(String... text) {
    List<SourceLine> lines = new ArrayList<>();
    for (int i = 0; i < text.length; i++) {
      lines.add(SourceLine.of(i + 1, text[i]));
    }
    LineLedger ledger = new LineLedger("test", lines);
    ClassNames names = name -> name.equals("住房保障支出")
        ? Optional.of(FunctionCode.parse("221")) : Optional.empty();
    List<NarrativeClaim> claims = ClaimsReader.read(lines, new ReadContext(ledger, "某局", 2025),
        names);
    report = ledger.report();
    return claims;
  }

  private LineRecord line(int n) {
    return report.lines().get(n - 1);
  }

  @Test
  void aSentenceBrokenOverABlankLineIsJoined() {
    List<NarrativeClaim> claims = read("第三部分 2025年度部门预算情况说明", "", "二、收入预算情况说明", "",
        "2025年度某局预算收入1,000.00万元，主要包括一般公共预算拨款收入", "", "800万元，占80.00%；上年结转200万元，占20%。");
    assertThat(claims).extracting(NarrativeClaim::subject).containsExactly(
        ClaimSubject.REVENUE_GRAND_TOTAL, ClaimSubject.REVENUE_GENERAL_BUDGET,
        ClaimSubject.REVENUE_GENERAL_BUDGET, ClaimSubject.REVENUE_CARRY_OVER,
        ClaimSubject.REVENUE_CARRY_OVER);
    assertThat(claims.get(1).amount()).contains(WanYuan.parse("800"));
    assertThat(claims.get(1).sourceLine()).contains(5);
    assertThat(claims.get(2).number()).contains(new BigDecimal("80.00"));
    assertThat(line(5).disposition()).isEqualTo(LineDisposition.READ);
    assertThat(line(7).disposition()).isEqualTo(LineDisposition.READ);
    assertThat(line(3).reason()).contains("heading");
  }

  @Test
  void changesAndGrowthRatesAreSigned() {
    List<NarrativeClaim> claims = read("第三部分 部门预算情况说明", "八、机关运行经费增减变动原因说明",
        "本部门机关运行经费财政拨款预算67.89万元，比2024年预算69.81万元减少1.92万元，下降2.75%。");
    assertThat(claims).extracting(NarrativeClaim::measure).containsExactly(ClaimMeasure.AMOUNT,
        ClaimMeasure.PRIOR_AMOUNT, ClaimMeasure.CHANGE, ClaimMeasure.GROWTH_RATE);
    assertThat(claims.get(2).amount()).contains(WanYuan.parse("-1.92"));
    assertThat(claims.get(2).printedValue()).contains("减少1.92万元");
    assertThat(claims.get(3).number()).contains(new BigDecimal("-2.75"));
  }

  @Test
  void amountsInOtherUnitsAreConverted() {
    List<NarrativeClaim> claims = read("第三部分 部门预算情况说明", "九、政府采购情况",
        "2025年某局政府采购预算总额2.605975亿元。其中：政府采购货物预算5000元。");
    assertThat(claims).extracting(c -> c.amount().orElseThrow())
        .containsExactly(WanYuan.parse("26059.75"), WanYuan.parse("0.50"));
    assertThat(claims.get(0).printedValue()).contains("2.605975亿元");
  }

  @Test
  void classAmountsCarryTheCodeWhenTheNameIsKnown() {
    List<NarrativeClaim> claims = read("第三部分 部门预算情况说明", "五、一般公共预算支出情况说明",
        "2025年度某局一般公共预算当年支出100万元,主要用于以下方面:住房保障支出60万元,占60%;某某新支出40万元,占40%。");
    assertThat(claims).hasSize(5);
    assertThat(claims.get(1).qualifier()).contains("住房保障支出");
    assertThat(claims.get(1).functionCode()).contains(FunctionCode.parse("221"));
    assertThat(claims.get(2).functionCode()).contains(FunctionCode.parse("221"));
    assertThat(claims.get(3).qualifier()).contains("某某新支出");
    assertThat(claims.get(3).functionCode()).isEmpty();
  }

  @Test
  void statementsOfNoneAreClaims() {
    List<NarrativeClaim> claims = read("第三部分 部门预算情况说明", "七、“三公”经费增减变动原因说明",
        "本部门无“三公”经费预算。", "八、机关运行经费增减变动原因说明", "本部门无机关运行经费。");
    assertThat(claims).extracting(NarrativeClaim::subject, NarrativeClaim::measure).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ClaimSubject.THREE_PUBLIC_TOTAL, ClaimMeasure.NONE),
        org.assertj.core.groups.Tuple.tuple(ClaimSubject.OPERATING_COSTS, ClaimMeasure.NONE));
    assertThat(line(3).disposition()).isEqualTo(LineDisposition.READ);
  }

  @Test
  void theReferenceDateOfTheAssetsIsAClaimAndAnImpossibleOneIsNotUnderstood() {
    List<NarrativeClaim> claims = read("第三部分 部门预算情况说明", "十一、国有资产占用情况",
        "截至2024年12月31日，某局共有公务用车编制2辆，实有2辆。",
        "截至 2024 年 2 月 30 日，某局使用的办公用房建筑总面积100平方米。");
    assertThat(claims).filteredOn(c -> c.subject() == ClaimSubject.ASSET_REFERENCE_DATE)
        .singleElement().satisfies(c -> {
          assertThat(c.measure()).isEqualTo(ClaimMeasure.DATE);
          assertThat(c.date()).contains(java.time.LocalDate.of(2024, 12, 31));
          assertThat(c.printedValue()).contains("截至2024年12月31日");
          assertThat(c.sourceLine()).contains(3);
        });
    assertThat(line(4).disposition()).isEqualTo(LineDisposition.READ); // the floor area is read
    assertThat(report.issues()).anySatisfy(i -> {
      assertThat(i.line()).isEqualTo(4);
      assertThat(i.message()).contains("a date that does not exist");
    });
  }

  @Test
  void aFigureWithoutKnownSubjectIsNotUnderstoodWithAWarning() {
    List<NarrativeClaim> claims = read("第三部分 部门预算情况说明", "十三、其他重要事项的情况说明",
        "本部门另有专项资金120万元。", "九、政府采购情况", "本部门今年采购很多，约300万元。");
    assertThat(claims).isEmpty();
    assertThat(line(2).reason()).contains("unknown topic");
    assertThat(line(3).disposition()).isEqualTo(LineDisposition.NOT_UNDERSTOOD);
    assertThat(line(3).reason()).contains("'120万元'");
    assertThat(line(5).disposition()).isEqualTo(LineDisposition.NOT_UNDERSTOOD);
    assertThat(report.issues()).extracting(i -> i.line()).contains(2, 3, 5);
  }

  @Test
  void proseHeadingsCaptionsAndGlossaryAreSkippedWithReasons() {
    read("第三部分 部门预算情况说明", "二、收入预算情况说明", "收入预算图", "（二）其他",
        "本单位严格执行《某某办法》（某财【2023】4号）的要求。", "本部门无其他事项。", "第四部分 名词解释",
        "一、基本支出：指为保障机构正常运转而发生的支出。");
    assertThat(line(3).reason()).contains("caption");
    assertThat(line(4).reason()).contains("sub-heading");
    assertThat(line(5).reason()).startsWith("no figure");
    assertThat(line(6).reason()).contains("without figures");
    assertThat(line(8).reason()).startsWith("名词解释");
    // all but the part headings, which the document reader marks before
    assertThat(report.lines()).filteredOn(r -> !r.text().startsWith("第"))
        .extracting(LineRecord::disposition).containsOnly(LineDisposition.SKIPPED);
  }

  @Test
  void performanceSheetsAreLeftToTheirReader() {
    read("第三部分 部门预算情况说明", "十、绩效管理情况",
        "公开项目绩效目标2个，涉及项目金额10万元，占部门（单位）项目支出总额的100%。",
        "某县预算部门(单位)项目支出绩效目标表", "项目名称\t某项目", "成本指标\t≤10万元",
        "十一、国有资产占有使用情况", "截至2024年12月31日，某局共有公务用车编制1辆，实有2辆。");
    assertThat(line(3).disposition()).isEqualTo(LineDisposition.READ);
    for (int n = 4; n <= 6; n++) {
      assertThat(line(n).reason()).as("L%d", n).isEqualTo("no reader took this line");
    }
    assertThat(line(8).disposition()).isEqualTo(LineDisposition.READ);
  }

  @Test
  void theUnitCountOfTheGeneralSituation() {
    List<NarrativeClaim> claims = read("第一部分 概况", "二、机构设置情况",
        "从预算单位构成看，纳入本部门2025年部门汇总预算编制范围的预算单位共计3个。", "第二部分 2025年部门预算报表");
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.subject()).isEqualTo(ClaimSubject.BUDGET_UNITS);
      assertThat(c.count()).contains(3L);
      assertThat(c.unitWord()).contains("个");
    });
  }
}
