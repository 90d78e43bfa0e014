package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.budget.json.BudgetJson;
import org.yusuan.budget.document.DepartmentBudget;

/** The JSON form of a department budget (issue C) reads back to an equal budget. */
class JsonRoundTripProperties {
  @Property(tries = 100)
  void writeThenReadGivesTheSameBudget(@ForAll("budgets") DepartmentBudget budget) {
    String json = BudgetJson.write(budget);
    assertThat(BudgetJson.read(json)).isEqualTo(budget);
    assertThat(BudgetJson.write(BudgetJson.read(json))).isEqualTo(json);
  }

  @Provide
  Arbitrary<DepartmentBudget> budgets() {
    return BudgetArbitraries.budgets().withEveryFeature().withUnits(1, 3);
  }
}
