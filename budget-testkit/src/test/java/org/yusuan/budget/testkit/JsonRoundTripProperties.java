package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.budget.json.BudgetJson;
import org.yusuan.budget.document.DepartmentBudget;

/** The JSON form of a department budget (issue C) or final accounts (issue J) reads back equal. */
class JsonRoundTripProperties {
  @Property(tries = 100)
  void writeThenReadGivesTheSameBudget(@ForAll("budgets") DepartmentBudget budget) {
    String json = BudgetJson.write(budget);
    assertThat(BudgetJson.read(json)).isEqualTo(budget);
    assertThat(BudgetJson.write(BudgetJson.read(json))).isEqualTo(json);
  }

  /** A 部门决算 (F tables, template of kind FINAL_ACCOUNTS) too. */
  @Property(tries = 50)
  void writeThenReadGivesTheSameFinalAccounts(@ForAll("finals") DepartmentBudget finals) {
    assertThat(finals.profile().kind().isFinalAccounts()).isTrue();
    String json = BudgetJson.write(finals);
    assertThat(json).contains("\"kind\": \"FINAL_ACCOUNTS\"");
    assertThat(BudgetJson.read(json)).isEqualTo(finals);
    assertThat(BudgetJson.write(BudgetJson.read(json))).isEqualTo(json);
  }

  @Provide
  Arbitrary<DepartmentBudget> finals() {
    return FinalAccountsArbitraries.finalAccounts();
  }

  @Provide
  Arbitrary<DepartmentBudget> budgets() {
    return BudgetArbitraries.budgets().withEveryFeature().withUnits(1, 3);
  }
}
