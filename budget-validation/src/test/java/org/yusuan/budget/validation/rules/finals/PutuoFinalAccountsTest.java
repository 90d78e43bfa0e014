package org.yusuan.budget.validation.rules.finals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ImmutableFunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Outcome;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;
import org.yusuan.budget.validation.rules.Validators;

/**
 * The J rules on the PT 部门决算 built from its printed figures (J-corpus-notes A3–A4): the balance
 * identities hold exactly, and the one printed inconsistency, 类 208 = 326.71 in the two 总表 but 326.72 in
 * the detailed tables, is a rounding note, not an error.
 */
public class PutuoFinalAccountsTest {
  static final Validator<DepartmentBudget> V = Validators.standard(Editions.embedded(2025));
  public static final List<String> J = List.of("J1", "J2", "J3", "J4", "J5", "J6", "J7", "J8", "J9", "J10", "J11", "J12",
      "J13", "J14", "J15", "J16", "J17", "J18", "J19", "J20");

  @Test
  void theStandardSetHasTwentyFinalAccountsTableRules() {
    // J1–J20 (tables, rules.finals), then J21–J35 (the narrative, rules.finalnarrative)
    assertThat(V.ruleIds().stream().filter(id -> id.matches("J[0-9]+")).limit(20).toList())
        .containsExactlyElementsOf(J);
    for (String id : J) {
      assertThat(V.rule(id).orElseThrow().descriptor().family()).isEqualTo(RuleFamily.FINAL_ACCOUNTS);
    }
  }

  @Test
  void theBalanceIdentitiesOfTheTwoSummariesHoldExactly() {
    ValidationReport r = V.validate(PutuoFinalAccounts.budget());
    // 49.14 + 2,946.25 = 2,995.39 = 2,940.05 + 55.34; 21.63 + 2,940.05 = 2,940.05 + 21.63; 2,940.05 + 6.20 = 2,946.25
    for (String id : List.of("J1", "J2", "J3", "J4", "J5", "J6")) {
      assertThat(r.outcome(id)).as(id).contains(Outcome.PASS);
      assertThat(r.findingsOf(id)).as(id).isEmpty();
    }
  }

  @Test
  void everyApplicableRulePassesAndOnly208IsARoundingNote() {
    ValidationReport r = V.validate(PutuoFinalAccounts.budget());
    for (String id : J) {
      assertThat(r.findingsOf(id)).as(id).allMatch(f -> f.severity() == Severity.INFO);
    }
    for (String id : List.of("J12", "J13")) {
      assertThat(r.outcome(id)).as(id).contains(Outcome.NOT_APPLICABLE); // F8/F9 本表无数据, no F10
    }
    assertThat(r.outcome("J20")).contains(Outcome.PASS);
    // 326.71 (F1 and F4) against 326.72 (F3 and F5): d = 0.01, within 0.005 × 2
    List<Finding> f15 = r.findingsOf("J15");
    assertThat(f15).hasSize(1);
    assertThat(f15.get(0).kind()).isEqualTo(FindingKind.ROUNDING);
    assertThat(f15.get(0).location().row()).contains("八、社会保障和就业支出");
    assertThat(r.findingsOf("J16")).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.ROUNDING);
      assertThat(f.location().table()).contains("F4");
    });
    // 合计 2,940.05 against Σ类 2,940.06 (F3, F5) and 2,946.26 (F2): rounding, in the tables' own sums
    assertThat(r.findingsOf("J11")).isNotEmpty().allMatch(f -> f.kind() == FindingKind.ROUNDING);
    assertThat(r.findingsOf("J8")).isNotEmpty().allMatch(f -> f.kind() == FindingKind.ROUNDING);
    // F6 301: 2,082.85 against Σ款 2,082.86
    assertThat(r.findingsOf("J18")).singleElement().satisfies(f -> assertThat(f.location().row()).contains("工资福利支出"));
  }

  @Test
  void aTableReadInPartLacksTheData() {
    DepartmentBudget pt = PutuoFinalAccounts.budget();
    FunctionTable f3 = pt.tablesById().functionTable(TableId.F3).orElseThrow();
    DepartmentBudget partial = ImmutableDepartmentBudget.copyOf(pt).withFunctionTables(PutuoFinalAccounts.with(
        pt.functionTables(), ImmutableFunctionTable.copyOf(f3).withRowsNotRead(2)));
    ValidationReport r = V.validate(partial);
    for (String id : List.of("J9", "J10", "J15", "J17")) {
      assertThat(r.outcome(id)).as(id).contains(Outcome.INSUFFICIENT_DATA);
    }
    assertThat(r.outcome("J1")).contains(Outcome.PASS);
  }

  @Test
  void aDeclaredEmptyFundTableContradictedByMoneyInTheFundColumnFails() {
    DepartmentBudget broken = FinalEdits.line(TableId.F4, 0, org.yusuan.budget.table.AmountColumn.STATE_CAPITAL, "3.00")
        .apply(PutuoFinalAccounts.budget());
    ValidationReport r = V.validate(broken);
    assertThat(r.outcome("J20")).contains(Outcome.FAIL);
    Finding f = r.findingsOf("J20").get(0);
    assertThat(f.location().table()).contains("F4");
    assertThat(f.location().column()).contains("国有资本经营预算");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
  }
}
