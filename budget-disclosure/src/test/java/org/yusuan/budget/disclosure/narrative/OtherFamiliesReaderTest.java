package org.yusuan.budget.disclosure.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.disclosure.LineRecord;
import org.yusuan.budget.disclosure.ReadReport;
import org.yusuan.budget.disclosure.table.ReadContext;
import org.yusuan.budget.disclosure.text.LineLedger;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.narrative.NarrativeClaim;

/**
 * The narrative shapes of other families on small made-up texts: the Shanghai 编制说明 (paragraph per
 * item) and 其他相关情况说明, the central 部门预算情况说明 with （一） sections and bare page numbers.
 */
class OtherFamiliesReaderTest {
  private ReadReport report;

  private List<String> read(int year, String... text) {
    List<SourceLine> lines = new ArrayList<>();
    for (int i = 0; i < text.length; i++) {
      lines.add(SourceLine.of(i + 1, text[i]));
    }
    LineLedger ledger = new LineLedger("test", lines);
    List<NarrativeClaim> claims = ClaimsReader.read(lines, new ReadContext(ledger, "某局", year),
        name -> name.equals("住房保障支出") || name.equals("医疗卫生与计划生育支出")
            ? Optional.of(FunctionCode.parse(name.startsWith("住房") ? "221" : "210")) : Optional.empty());
    report = ledger.report();
    return claims.stream().map(CorpusNarrativeTest::key).collect(Collectors.toList());
  }

  private LineRecord line(int n) {
    return report.lines().get(n - 1);
  }

  @Test
  void theBudgetPreparationGivesTotalsAndOneStatementPerItem() {
    List<String> claims = read(2025,
        "2025年单位预算编制说明",
        "2025年，某局收入预算100.00万元，其中：财政拨款收入100.00万元，比2024年预算执行数增加10.00万元；事业收入0万元。",
        "支出预算100.00万元，其中：财政拨款支出预算100.00万元，比2024年预算持平。",
        "1. “住房保障支出（类）住房改革支出（款）住房公积金（项）”60.00万元，主要用于住房公积金。",
        "2024年当年预算执行数为50.00万元，2025年预算安排61.00万元，比2024年预算执行数增加20.00%。主要原因是：人员增加。",
        "2. “医疗卫生与计划生育支出(类）-行政事业单位医疗（款）-行政单位医疗（项）”2025年度预算40万元，2024年度预算45万元，"
            + "主要用于：医疗。2024年当年预算执行数为40万元，2025年预算安排40万元，与2024年预算执行数持平。",
        "2025年预算单位财务收支预算总表",
        "编制单位：某局                   单位：元",
        "201   一般公共服务支出      1,000,000");
    assertThat(claims).containsExactly(
        "REVENUE_GRAND_TOTAL AMOUNT 100.00",
        "REVENUE_FISCAL AMOUNT 100.00",
        "REVENUE_FISCAL CHANGE 10.00 y2024 EXECUTION INCREASE",
        "REVENUE_BUSINESS AMOUNT 0.00",
        "EXPENDITURE_GRAND_TOTAL AMOUNT 100.00",
        "FISCAL_EXPENDITURE AMOUNT 100.00",
        "FISCAL_EXPENDITURE CHANGE 0.00 y2024 BUDGET SAME",
        "FISCAL_BY_ITEM AMOUNT 住房保障支出（类）住房改革支出（款）住房公积金（项） 60.00",
        "FISCAL_BY_ITEM PRIOR_AMOUNT 住房保障支出（类）住房改革支出（款）住房公积金（项） 50.00 y2024 EXECUTION",
        "FISCAL_BY_ITEM RESTATED_AMOUNT 住房保障支出（类）住房改革支出（款）住房公积金（项） 61.00 y2025",
        "FISCAL_BY_ITEM GROWTH_RATE 住房保障支出（类）住房改革支出（款）住房公积金（项） 20.00 y2024 EXECUTION INCREASE",
        "FISCAL_BY_ITEM AMOUNT 医疗卫生与计划生育支出(类）-行政事业单位医疗（款）-行政单位医疗（项） 40.00 y2025",
        "FISCAL_BY_ITEM PRIOR_AMOUNT 医疗卫生与计划生育支出(类）-行政事业单位医疗（款）-行政单位医疗（项） 45.00 y2024 BUDGET",
        "FISCAL_BY_ITEM PRIOR_AMOUNT 医疗卫生与计划生育支出(类）-行政事业单位医疗（款）-行政单位医疗（项） 40.00 y2024 EXECUTION",
        "FISCAL_BY_ITEM RESTATED_AMOUNT 医疗卫生与计划生育支出(类）-行政事业单位医疗（款）-行政单位医疗（项） 40.00 y2025",
        "FISCAL_BY_ITEM CHANGE 医疗卫生与计划生育支出(类）-行政事业单位医疗（款）-行政单位医疗（项） 0.00 y2024 EXECUTION SAME");
    assertThat(line(1).reason()).contains("narrative part title");
    assertThat(line(5).disposition()).isEqualTo(LineDisposition.READ);
    // the table after its title is not the narrative's
    assertThat(line(7).disposition()).isEqualTo(LineDisposition.NOT_UNDERSTOOD);
    assertThat(line(9).disposition()).isEqualTo(LineDisposition.NOT_UNDERSTOOD);
  }

  @Test
  void itemNamesAndTheirCodes() {
    List<SourceLine> lines = List.of(SourceLine.of(1, "2025年部门预算编制说明"),
        SourceLine.of(2, "“住房保障支出（类)住房改革支出（款)住房公积金（项）”60.00万元。"));
    LineLedger ledger = new LineLedger("test", lines);
    List<NarrativeClaim> claims = ClaimsReader.read(lines, new ReadContext(ledger, "某局", 2025),
        name -> name.equals("住房保障支出") ? Optional.of(FunctionCode.parse("221")) : Optional.empty());
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.functionNames()).containsExactly("住房保障支出", "住房改革支出", "住房公积金");
      assertThat(c.functionCode()).contains(FunctionCode.parse("221"));
    });
  }

  @Test
  void theOtherNotesReadPurchasesReservationsAndTargetCounts() {
    List<String> claims = read(2025,
        "其他相关情况说明",
        "一、2025年“三公”经费预算情况说明",
        "2025年“三公”经费预算数为1.00万元，比2024年预算持平。",
        "二、政府采购预算情况",
        "2025年本部门政府采购预算10.00万元，其中：政府采购货物预算10.00万元。",
        "2025年本部门面向中小企业预留政府采购项目预算金额8.00万元，其中，预留给小型和微型企业的政府采购项目预算为5.00万元。",
        "三、绩效目标设置情况",
        "本部门2个预算单位开展了2025年项目预算绩效目标编报工作，编报绩效目标的项目5个，涉及项目预算资金9.00万元。",
        "四、国有资产占有使用情况",
        "截至2024年8月31日，某局共有车辆2辆，其中：其他用车2辆；单价100万元（含）以上设备（不含车辆）0台（套）。",
        "2025年部门预算安排购置车辆1辆，其中：其他用车1辆；部门预算安排购置单价100万元（含）以上设备（不含车辆）1台（套）。");
    assertThat(claims).containsExactly(
        "THREE_PUBLIC_TOTAL AMOUNT 1.00",
        "THREE_PUBLIC_TOTAL CHANGE 0.00 y2024 BUDGET SAME",
        "PROCUREMENT_TOTAL AMOUNT 10.00",
        "PROCUREMENT_GOODS AMOUNT 10.00",
        "PROCUREMENT_SME_RESERVED AMOUNT 8.00",
        "PROCUREMENT_SMALL_MICRO_RESERVED AMOUNT 5.00",
        "UNITS_WITH_PROJECT_TARGETS COUNT 2",
        "TARGETED_PROJECTS COUNT 5",
        "TARGETED_PROJECTS AMOUNT 9.00",
        "ASSET_REFERENCE_DATE DATE 2024-08-31",
        "VEHICLES_ACTUAL COUNT 2",
        "VEHICLES_BY_CATEGORY COUNT 其他用车 2",
        "DEVICES_OVER_1M COUNT 0",
        "VEHICLES_TO_PURCHASE COUNT 1",
        "VEHICLES_TO_PURCHASE_BY_CATEGORY COUNT 其他用车 1",
        "DEVICES_OVER_1M_TO_PURCHASE COUNT 1");
  }

  @Test
  void theCentralNarrativeHasBracketedSectionsAndBarePageNumbers() {
    List<String> claims = read(2024,
        "三、部门预算情况说明 ........ 12",
        "三、部门预算情况说明",
        "（一）收支预算情况说明",
        "我校 2024 年收支总预算 300.00 万元，其中本年收入预算 200.00 万元，使用非财政拨款结余 40.00 万",
        "元，上年结转 60.00 万元；本年支出预算 250.00 万元，结转下年 50.00 万元。",
        "（四）财政拨款支出预算情况说明",
        "我校 2024 年本年财政拨款支出预算 100.00 万元，其中住房保障支出 60.00 万元，占 60.00%；其",
        "13",
        "他支出 40.00 万元，占 40.00%。",
        "四、名词解释",
        "1.财政拨款收入：指中央财政当年通过部门预算拨付的资金。");
    assertThat(claims).containsExactly(
        "REVENUE_GRAND_TOTAL AMOUNT 300.00",
        "REVENUE_CURRENT_YEAR AMOUNT 200.00",
        "REVENUE_NON_FISCAL_BALANCE AMOUNT 40.00",
        "REVENUE_CARRY_OVER AMOUNT 60.00",
        "EXPENDITURE_CURRENT_YEAR AMOUNT 250.00",
        "EXPENDITURE_CARRY_FORWARD AMOUNT 50.00",
        "FISCAL_EXPENDITURE AMOUNT 100.00",
        "FISCAL_BY_CLASS AMOUNT 住房保障支出 221 60.00",
        "FISCAL_BY_CLASS SHARE 住房保障支出 221 60.00",
        "FISCAL_BY_CLASS AMOUNT 其他支出 40.00",
        "FISCAL_BY_CLASS SHARE 其他支出 40.00");
    assertThat(line(8).reason()).contains("page number");
    assertThat(line(10).reason()).contains("narrative part title (GLOSSARY)");
    assertThat(line(11).reason()).contains("名词解释");
  }
}
