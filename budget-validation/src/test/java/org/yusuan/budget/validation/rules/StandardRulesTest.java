package org.yusuan.budget.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yusuan.budget.table.AmountColumn.BASIC;
import static org.yusuan.budget.table.AmountColumn.CARRY_OVER;
import static org.yusuan.budget.table.AmountColumn.CURRENT_YEAR;
import static org.yusuan.budget.table.AmountColumn.GENERAL_BUDGET;
import static org.yusuan.budget.table.AmountColumn.PERSONNEL;
import static org.yusuan.budget.table.AmountColumn.PROJECT;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.Mutate.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yusuan.budget.narrative.ChangeDirection;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.table.ImmutableEconomicRow;
import org.yusuan.budget.table.ImmutableEconomicTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Outcome;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;
import org.yusuan.budget.validation.rules.narrative.ItemStatements;

/**
 * Every standard rule passes on a correct model (seed 003, with its narrative defects fixed where
 * the rule is about them) and fails, located, on a model broken in one place.
 */
class StandardRulesTest {
  static final Validator<DepartmentBudget> V = Validators.standard(Editions.embedded(2025));
  static final DepartmentBudget BASE = Seed003Sheets.budget();

  /** {@code info}: the rule only notes (INFO), so the broken model gives a located INFO finding. */
  record Case(String rule, UnaryOperator<DepartmentBudget> good, UnaryOperator<DepartmentBudget> broken,
      String table, String row, boolean info) {
    @Override
    public String toString() {
      return rule;
    }
  }

  static Case c(String rule, UnaryOperator<DepartmentBudget> broken, String table, String row) {
    return new Case(rule, UnaryOperator.identity(), broken, table, row, false);
  }

  static Case c(String rule, UnaryOperator<DepartmentBudget> good, UnaryOperator<DepartmentBudget> broken,
      String table, String row) {
    return new Case(rule, good, broken, table, row, false);
  }

  /** Seed 003 with a consistent paragraph of the 编制说明 on its 表五 row 2210201. */
  static final UnaryOperator<DepartmentBudget> ITEM = ItemStatements.with(ItemStatements.good());
  static final UnaryOperator<DepartmentBudget> T10_DATA = b -> withThreePublic(b, "1.88", "59.64", "59.64", "61.52");
  static final UnaryOperator<DepartmentBudget> T9_DATA = b -> withStateCapital(b, "10.00", "10.00");

  static final UnaryOperator<DepartmentBudget> N11_FIXED = all(
      claimAmount(ClaimSubject.OVERALL_TARGET_FUNDS, ClaimMeasure.AMOUNT, "13000.87"),
      claimAmount(ClaimSubject.OVERALL_TARGET_BASIC, ClaimMeasure.AMOUNT, "3950.40"),
      claimAmount(ClaimSubject.OVERALL_TARGET_PROJECT, ClaimMeasure.AMOUNT, "9050.47"),
      claimCount(ClaimSubject.BUDGET_UNITS, 1));
  static final UnaryOperator<DepartmentBudget> N12_FIXED = all(
      claimCount(ClaimSubject.TARGETED_PROJECTS, 6),
      claimAmount(ClaimSubject.TARGETED_PROJECTS, ClaimMeasure.AMOUNT, "9050.47"),
      claimNumber(ClaimSubject.PUBLISHED_TARGETS, ClaimMeasure.SHARE, null, "100.00"));

  static UnaryOperator<DepartmentBudget> renameEcon(String from, String to) {
    return b -> {
      EconomicTable t = b.tablesById().economicTable(TableId.T6).orElse(null);
      List<EconomicRow> rows = new ArrayList<>();
      for (EconomicRow r : t.rows()) {
        rows.add(r.departmentName().equals(from) ? ImmutableEconomicRow.copyOf(r).withDepartmentName(to) : r);
      }
      return ImmutableDepartmentBudget.copyOf(b).withEconomicTables(ImmutableEconomicTable.copyOf(t).withRows(rows));
    };
  }

  static Stream<Case> cases() {
    return Stream.concat(Stream.concat(Stream.concat(tableCases(), NewRuleCases.cases()),
        FinalRuleCases.cases()), Stream.concat(FinalNarrativeCases.cases(), QualityRuleCases.cases()));
  }

  static Stream<Case> tableCases() {
    return Stream.of(
        c("T1.1", income(TableId.T1, "一般公共预算", "5600.87"), "T1", "本年收入合计"),
        c("T1.2", line(TableId.T1, 1, null, "500.00"), "T1", "收入总计"),
        c("T1.3", category(TableId.T1, "208", TOTAL, "700.00"), "T1", "八、社会保障和就业支出"),
        c("T1.4", category(TableId.T1, "208", CURRENT_YEAR, "700.00"), "T1", "本年支出合计"),
        c("T1.5", line(TableId.T1, 0, CURRENT_YEAR, "13100.87"), "T1", "本年支出合计"),
        c("T2.1", fn(TableId.T2, "2080501", GENERAL_BUDGET, "128.60"), "T2", "2080501"),
        c("T2.2", fn(TableId.T2, "2080501", CURRENT_YEAR, "128.60"), "T2", "20805"),
        c("T2.3", fn(TableId.T2, "合计", CARRY_OVER, "500.00"), "T2", "合计"),
        c("T2.4", recode(TableId.T2, "2080501", "208051"), "T2", "208051"),
        c("T3.1", fn(TableId.T3, "2080501", BASIC, "128.60"), "T3", "2080501"),
        c("T3.2", fn(TableId.T3, "2080501", TOTAL, "128.60"), "T3", "20805"),
        c("T3.3", fn(TableId.T3, "合计", PROJECT, "9600.00"), "T3", "合计"),
        c("T3.4", recode(TableId.T3, "21011", "2101"), "T3", "2101"),
        c("T4.1", income(TableId.T4, "一般公共预算", "5600.87"), "T4", "本年收入合计"),
        c("T4.2", carryByFund("一般公共预算", "500.00"), "T4", "上年财政拨款结转"),
        c("T4.3", category(TableId.T4, "208", GENERAL_BUDGET, "700.00"), "T4", "八、社会保障和就业支出"),
        c("T4.4", category(TableId.T4, "208", TOTAL, "700.00"), "T4", "本年支出合计"),
        c("T4.5", line(TableId.T4, 0, GENERAL_BUDGET, "6087.42"), "T4", "本年支出合计"),
        c("T5.1", fn(TableId.T5, "2080501", BASIC, "128.60"), "T5", "2080501"),
        c("T5.2", fn(TableId.T5, "2080501", TOTAL, "128.60"), "T5", "20805"),
        c("T5.3", fn(TableId.T5, "合计", BASIC, "4000.00"), "T5", "合计"),
        c("T6.1", econ("基本工资", PERSONNEL, "1189.41"), "T6", "基本工资|工资奖金津补贴"),
        c("T6.2", econ("基本工资", TOTAL, "1189.41"), "T6", "工资福利支出"),
        c("T6.3", econDuplicate("基本工资"), "T6", "基本工资|工资奖金津补贴"),
        c("T7.1", revenue("10301", "7400.00"), "T7", "103"),
        c("T8.1", fn(TableId.T8, "2120899", PROJECT, "7400.00"), "T8", "2120899"),
        c("T9.1", T9_DATA, b -> withStateCapital(b, "12.00", "10.00"), "T9", "合计"),
        c("T10.1", T10_DATA, b -> {
          DepartmentBudget d = withThreePublic(b, "1.88", "59.64", "59.64", "61.52");
          return ImmutableDepartmentBudget.copyOf(d).withThreePublicTables(
              org.yusuan.budget.table.ImmutableThreePublicTable.copyOf(d.tablesById().threePublicTable(TableId.T10).orElse(null))
                  .withTotal(org.yusuan.budget.table.TotalRow.of("合计", "61.52", "60.52", "", "")));
        }, "T10", "合计"),
        c("T10.2", T10_DATA, b -> withThreePublic(b, "1.88", "59.64", "50.00", "61.52"), "T10", "公务用车购置及运行费"),
        c("T10.3", T10_DATA, b -> withThreePublic(b, "1.88", "59.64", "59.64", "70.00"), "T10", "合计"),
        c("T11.1", unitAmount("泽州县自然资源局", GENERAL_BUDGET, "80.00"), "T11", "泽州县自然资源局"),
        c("T12.1", project(TableId.T12, "遗属补贴", GENERAL_BUDGET, "5.97"), "T12", "遗属补贴"),
        c("T12.2", project(TableId.T12, "遗属补贴", TOTAL, "5.97"), "T12", "泽州县自然资源局"),
        c("T12.3", project(TableId.T12, "subtotal2", TOTAL, "9060.47"), "T12", "泽州县自然资源局"),
        c("T13.1", project(TableId.T13, "山西省晋城市泽州县地质灾害综合治理项目", GENERAL_BUDGET, "480.55"),
            "T13", "山西省晋城市泽州县地质灾害综合治理项目"),
        c("T13.2", project(TableId.T13, "total", TOTAL, "490.00"), "T13", "泽州县自然资源局"),
        c("X1", income(TableId.T1, "政府性基金", "7600.00"), "T1", "二、政府性基金预算"),
        c("X2", category(TableId.T1, "221", CURRENT_YEAR, "329.23"), "T1", "二十、住房保障支出"),
        c("X3", fn(TableId.T3, "2080505", TOTAL, "376.21"), "T3", "2080505"),
        c("X4", fn(TableId.T3, "合计", TOTAL, "13587.42"), "T3", "合计"),
        c("X5", category(TableId.T4, "221", TOTAL, "329.23"), "T4", "二十、住房保障支出"),
        c("X6", fn(TableId.T5, "2080505", TOTAL, "376.21"), "T5", "2080505"),
        c("X7", econ("合计", TOTAL, "3960.40"), "T6", "合计"),
        c("X8", revenue("合计", "7600.00"), "T7", "合计"),
        c("X9", fn(TableId.T8, "2120899", TOTAL, "7600.00"), "T8", "2120899"),
        c("X10", project(TableId.T13, "total", TOTAL, "496.55"), "T3", "合计"),
        c("X11", fn(TableId.T5, "合计", PROJECT, "1600.47"), "T5", "合计"),
        c("X12", fn(TableId.T8, "合计", PROJECT, "7600.00"), "T8", "合计"),
        c("X13", fn(TableId.T3, "合计", BASIC, "3960.40"), "T1", "本年收入合计"),
        c("X14", project(TableId.T13, "total", TOTAL, "496.55"), "T13", "泽州县自然资源局"),
        c("X15", fn(TableId.T5, "合计", BASIC, "3960.40"), "T3", "合计"),
        c("X16", unitAmount("部门合计", TOTAL, "95.07"), "T11", "部门合计"),
        c("X17", T10_DATA, all(T10_DATA, renameEcon("办公费", "公务接待费")), "T10", "公务接待费"),
        c("N1", claimAmount(ClaimSubject.REVENUE_GRAND_TOTAL, ClaimMeasure.AMOUNT, "13587.42"), "N", "预算收入总计"),
        c("N2", claimNumber(ClaimSubject.REVENUE_GENERAL_BUDGET, ClaimMeasure.SHARE, null, "41.79"), "N",
            "一般公共预算拨款收入"),
        c("N3", claimNumber(ClaimSubject.BASIC_EXPENDITURE, ClaimMeasure.SHARE, null, "30.29"), "N", "基本支出"),
        c("N4", claimAmount(ClaimSubject.FISCAL_GENERAL_BUDGET, ClaimMeasure.AMOUNT, "5887.42"), "N", "一般公共预算拨款"),
        c("N5", claimNumber(ClaimSubject.GENERAL_BUDGET_EXPENDITURE, ClaimMeasure.GROWTH_RATE, null, "-70.06"), "N",
            "一般公共预算当年支出"),
        c("N6", claimNumber(ClaimSubject.GENERAL_BUDGET_BY_CLASS, ClaimMeasure.SHARE, "卫生健康支出", "5.13"), "N",
            "一般公共预算当年支出（类）·卫生健康支出"),
        c("N7", claimAmount(ClaimSubject.PUBLIC_EXPENSES, ClaimMeasure.AMOUNT, "95.07"), "N", "公用经费"),
        c("N8", all(T10_DATA, addClaims(NarrativeClaim.ofNone(ClaimSubject.THREE_PUBLIC_TOTAL, "本部门无“三公”经费预算。"))),
            "N", "“三公”经费"),
        c("N9", claimNumber(ClaimSubject.OPERATING_COSTS, ClaimMeasure.GROWTH_RATE, null, "4.67"), "N", "机关运行经费"),
        c("N10", claimAmount(ClaimSubject.PROCUREMENT_TOTAL, ClaimMeasure.AMOUNT, "4.20"), "N", "政府采购预算总额"),
        c("N11", N11_FIXED, b -> ImmutableDepartmentBudget.copyOf(b).withClaims(BASE.claims()), "N", "整体绩效目标涉及资金"),
        c("N12", N12_FIXED, b -> ImmutableDepartmentBudget.copyOf(b).withClaims(BASE.claims()), "N", "纳入绩效目标管理的项目"),
        c("N13", claimCount(ClaimSubject.DEVICES_OVER_1M, 5), "N", "100万元以上通用设备"),
        c("N15", ITEM, ItemStatements.replaced(ItemStatements.item(2025, "319.23", "300.00", "329.23",
            ChangeDirection.INCREASE, "6.41")), "N", ItemStatements.ROW),
        c("N16", ITEM, ItemStatements.replaced(ItemStatements.item(2025, "319.23", "300.00", "319.23",
            ChangeDirection.INCREASE, "7.41")), "N", ItemStatements.ROW),
        c("N17", ITEM, ItemStatements.replaced(ItemStatements.item(2025, "319.23", "300.00", "319.23",
            ChangeDirection.DECREASE, "-6.41")), "N", ItemStatements.ROW),
        c("N18", ITEM, ItemStatements.replaced(ItemStatements.item(2024, "319.23", "300.00", "319.23",
            ChangeDirection.INCREASE, "6.41")), "N", ItemStatements.ROW),
        c("N20", addClaims(ItemStatements.formerClassName()), "N", "财政拨款支出（类）·医疗卫生与计划生育支出"),
        c("N19", ITEM, ItemStatements.replaced(ItemStatements.item(2025, "329.23", "310.00", "329.23",
            ChangeDirection.INCREASE, "6.20")), "N", ItemStatements.ROW),
        c("D1", dropProjectTable(TableId.T13), "T13", null),
        c("D2", t3Printed("另一个局", "2025年预算支出总表"), "T3", null),
        c("D3", t3Printed("泽州县自然资源局", "2024年预算支出总表"), "T3", null),
        c("D4", t3DeclaredEmpty(), "T3", null),
        c("D5", t3BlankGrid(), "T3", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void passesOnACorrectModelAndFailsLocatedOnABrokenOne(Case c) {
    ValidationReport good = V.validate(c.good().apply(BASE));
    assertThat(good.outcome(c.rule())).as("outcome of %s on the correct model: %s", c.rule(), good.findingsOf(c.rule()))
        .contains(Outcome.PASS);
    assertThat(good.findingsOf(c.rule())).allMatch(f -> f.severity() == Severity.INFO);

    assertThat(good.findingsOf(c.rule())).allMatch(f -> f.kind() == FindingKind.ROUNDING || !c.info());

    ValidationReport bad = V.validate(c.broken().apply(c.good().apply(BASE)));
    assertThat(bad.outcome(c.rule())).as("outcome of %s on the broken model", c.rule())
        .contains(c.info() ? Outcome.PASS : Outcome.FAIL);
    List<Finding> located = new ArrayList<>();
    for (Finding f : bad.findingsOf(c.rule())) {
      boolean counts = c.info() ? f.kind() != FindingKind.ROUNDING : f.severity() != Severity.INFO;
      if (counts && f.location().table().equals(java.util.Optional.of(c.table()))
          && (c.row() == null || f.location().row().equals(java.util.Optional.of(c.row())))) {
        located.add(f);
      }
    }
    assertThat(located).as("findings of %s at %s/%s among %s", c.rule(), c.table(), c.row(), bad.findingsOf(c.rule()))
        .isNotEmpty();
  }

  @Test
  void everyStandardRuleHasACase() {
    Set<String> tested = new TreeSet<>();
    cases().forEach(c -> tested.add(c.rule()));
    assertThat(tested).containsExactlyInAnyOrderElementsOf(V.ruleIds());
    assertThat(V.ruleIds()).hasSizeGreaterThanOrEqualTo(60);
  }
}
