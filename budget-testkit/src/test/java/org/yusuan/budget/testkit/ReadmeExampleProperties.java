package org.yusuan.budget.testkit;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.Validator;
import org.yusuan.budget.validation.rules.Validators;

/**
 * The user's property test of README.md (budget-testkit section), with the validator as the user's code:
 * boolean properties, no assertion library (the testkit brings jqwik, not AssertJ).
 */
class ReadmeExampleProperties {
  final Validator<DepartmentBudget> myChecks = Validators.standard();

  @Property(tries = 30)
  boolean acceptsEveryConsistentBudget(@ForAll("budgets") DepartmentBudget budget) {
    return myChecks.validate(budget).findings(Severity.ERROR).isEmpty();
  }
  @Property(tries = 30)
  boolean catchesABrokenRow(@ForAll("budgets") DepartmentBudget budget) {
    Mutation m = Mutators.mutate(budget, "T3.1").orElseThrow();
    return myChecks.validate(m.budget()).findingsOf("T3.1").stream().anyMatch(m::isReportedBy);
  }
  @Provide Arbitrary<DepartmentBudget> budgets() { return BudgetArbitraries.budgets(); }
}
