package org.yusuan.budget.disclosure.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.disclosure.ReadReport;
import org.yusuan.budget.disclosure.table.ClassNames;
import org.yusuan.budget.disclosure.table.ReadContext;
import org.yusuan.budget.disclosure.text.LineLedger;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.narrative.NarrativeClaim;

/**
 * The 决算 narrative reader on small texts written here: it is chosen by the template's kind, reads
 * lines printed out of order, the 本年 totals printed as 收入总计 / 支出总计, items by names or by code,
 * 完成率, 持平 and 无…; a 预算 profile reads the same text as a 预算 narrative.
 */
class FinalClaimsReaderTest {
  static final ClassNames NAMES = name -> name.equals("一般公共服务支出") ? Optional.of(FunctionCode.parse("201"))
      : name.equals("教育支出") ? Optional.of(FunctionCode.parse("205")) : Optional.empty();

  record Read(List<String> keys, ReadReport report) {}

  static List<SourceLine> lines(String text) {
    List<SourceLine> out = new java.util.ArrayList<>();
    String[] parts = text.split("\n", -1);
    for (int i = 0; i < parts.length; i++) {
      out.add(SourceLine.of(i + 1, parts[i]));
    }
    return out;
  }

  static Read read(String text) {
    List<SourceLine> lines = lines(text);
    LineLedger ledger = new LineLedger("test", lines);
    List<NarrativeClaim> claims = ClaimsReader.read(lines, new ReadContext(ledger, "某局", 2024), NAMES,
        CorpusFinalNarrativeTest.FINAL);
    return new Read(CorpusFinalNarrativeTest.keys(claims), ledger.report());
  }

  @Test
  void readsTotalsSharesAndLinesPrintedOutOfOrder() {
    Read r = read(String.join("\n",
        "第三部分 某局2024年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        "某局2024年度收入支出总计1000.00万元。与2023年度相比，收入支出总计减少10.00万元，下降0.99%。",
        "二、支出决算情况说明",
        "200.00万元，占20.00%；",
        "本年支出合计1000.00万元，其中：基本支出800.00万元，占80.00%；项目支出",
        "四、财政拨款收入支出决算总体情况说明",
        "某局2024年度财政拨款收入支出总计0.3万元。与2023年度相比，财政拨款收入支出总计持平。",
        "第四部分 名词解释",
        "一、基本支出：指单位为保障机构正常运转而发生的支出。"));
    assertThat(r.keys()).containsExactly("FINAL_GRAND_TOTAL AMOUNT 1000.00",
        "FINAL_GRAND_TOTAL CHANGE -10.00 DECREASE", "FINAL_GRAND_TOTAL GROWTH_RATE -0.99 DECREASE",
        "FINAL_EXPENDITURE AMOUNT 1000.00", "FINAL_BASIC AMOUNT 800.00", "FINAL_BASIC SHARE 80.00",
        "FINAL_PROJECT AMOUNT 200.00", "FINAL_PROJECT SHARE 20.00", "FINAL_FISCAL_GRAND_TOTAL AMOUNT 0.30",
        "FINAL_FISCAL_GRAND_TOTAL CHANGE 0.00 y2023 SAME");
    assertThat(r.report().lines()).allSatisfy(l -> assertThat(l.disposition()).as("L%d %s", l.line(), l.text())
        .isNotEqualTo(LineDisposition.NOT_UNDERSTOOD));
  }

  @Test
  void readsItemsCompletionRatesAndStatementsOfNone() {
    Read r = read(String.join("\n",
        "第三部分 某局2024年度部门决算情况说明",
        "五、一般公共预算财政拨款支出决算情况说明",
        "一般公共预算财政拨款支出年初预算为1000.00万元，支出决算为982.00万元，完成年初预算的98.20%。其中：",
        "1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：基本支出。年初预算为",
        "500.00万元，支出决算为490.00万元。决算数小于预算数的主要原因：人员变化。",
        "七、财政拨款“三公”经费支出决算情况说明",
        "某局2024年度无“三公”经费财政拨款支出。",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        "某局2024年度无政府性基金预算财政拨款收入和支出。"));
    assertThat(r.keys()).containsExactly("FINAL_GENERAL_BUDGET BUDGETED_AMOUNT 1000.00",
        "FINAL_GENERAL_BUDGET AMOUNT 982.00", "FINAL_GENERAL_BUDGET COMPLETION_RATE 98.20",
        "FINAL_FISCAL_BY_ITEM BUDGETED_AMOUNT 一般公共服务支出/财政事务/行政运行 500.00",
        "FINAL_FISCAL_BY_ITEM AMOUNT 一般公共服务支出/财政事务/行政运行 490.00",
        "FINAL_THREE_PUBLIC_TOTAL NONE ", "FINAL_GOVERNMENT_FUND NONE ");
  }

  @Test
  void theUniversityTemplatesTotalsAreThisYearsAndItsItemsCarryTheirCode() {
    Read r = read(String.join("\n",
        "三、决算报表说明",
        "（一）高等学校收支决算总表说明",
        "学校 2024 年度收入总计 477,447.73 万元，与 2023 年度相比，增加 46,722.70 万元，增长 10.85%。",
        "（四）高等学校财政拨款支出决算表说明",
        "学校 2024 年度财政拨款支出总计为 266,783.56 万元，其中：基本支出 209,899.51 万元，占总支出的 78.68%。具体包括：",
        "1.小学教育（2050202），2024 年度决算数为 8,627.17",
        "万元，比 2023 年度决算数增长 8.24%。",
        "（五）其他说明",
        "授予中小企业合同金额 12,127.08 万元，其中：授予小微企业合同金额 7,295.12 万元，占授予中小企业合同金额的 60.02%。",
        "四、名词解释"));
    assertThat(r.keys()).containsExactly("FINAL_INCOME AMOUNT 477447.73", "FINAL_INCOME CHANGE 46722.70 INCREASE",
        "FINAL_INCOME GROWTH_RATE 10.85 INCREASE", "FINAL_FISCAL_EXPENDITURE AMOUNT 266783.56",
        "FINAL_FISCAL_BASIC AMOUNT 209899.51", "FINAL_FISCAL_BASIC SHARE 78.68",
        "FINAL_FISCAL_BY_ITEM AMOUNT 小学教育 8627.17", "FINAL_FISCAL_BY_ITEM GROWTH_RATE 小学教育 8.24 y2023 INCREASE",
        "FINAL_PROCUREMENT_SME AMOUNT 12127.08", "FINAL_PROCUREMENT_SMALL_MICRO AMOUNT 7295.12",
        "FINAL_PROCUREMENT_SMALL_MICRO SHARE 60.02");
  }

  @Test
  void aBudgetProfileReadsNoFinalClaims() {
    List<SourceLine> lines = lines(String.join("\n",
        "第三部分 某局2024年度部门决算情况说明", "一、收入支出决算总体情况说明", "某局2024年度收入支出总计1000.00万元。"));
    List<NarrativeClaim> claims = ClaimsReader.read(lines, new ReadContext(new LineLedger("t", lines), "某局", 2024),
        NAMES);
    assertThat(claims).noneMatch(c -> c.subject().name().startsWith("FINAL_"));
  }

  @Test
  void aLongParagraphIsReadInLinearTime() {
    StringBuilder b = new StringBuilder("共有车辆20000辆，其中：");
    for (int i = 0; i < 20_000; i++) {
      b.append("其他用车1辆、主要原因持平、");
    }
    String text = String.join("\n", "第三部分 某局2024年度部门决算情况说明", "十一、其他重要事项的情况说明", b + "。");
    Read r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
        () -> read(text));
    // after the first 原因 every figure of the sentence is an explanation's: unread, and no 持平 is a claim
    assertThat(r.keys()).containsExactly("FINAL_VEHICLES COUNT 20000", "FINAL_VEHICLES_BY_CATEGORY COUNT 其他用车 1");
  }
}
