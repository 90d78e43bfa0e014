package com.example;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.json.BudgetJson;
import org.yusuan.budget.testkit.BudgetArbitraries;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.Validators;

class BudgetProperties {
  @Property(tries = 10)
  boolean consistentBudgetsHaveNoError(@ForAll("budgets") DepartmentBudget b) {
    return Validators.standard().validate(b).findings(Severity.ERROR).isEmpty()
        && BudgetJson.read(BudgetJson.write(b)).equals(b);
  }

  @Provide Arbitrary<DepartmentBudget> budgets() { return BudgetArbitraries.budgets(); }
}
