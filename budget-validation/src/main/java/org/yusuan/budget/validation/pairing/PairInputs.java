package org.yusuan.budget.validation.pairing;

import java.util.function.Function;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.validation.Availability;
import org.yusuan.budget.validation.Outcome;
import org.yusuan.budget.validation.RuleInput;

/**
 * The inputs of the pairing rules (对照规则的输入): the two documents of one year, and an input of one
 * document ({@link org.yusuan.budget.validation.rules.Inputs}) lifted to the pair.
 */
final class PairInputs {
  private PairInputs() {}

  /**
   * The 预算 and the 决算 are of the same year: NOT_APPLICABLE otherwise (JB2 reports the mismatch;
   * figures of two different years are not compared).
   */
  static final RuleInput<BudgetPair> SAME_YEAR = new RuleInput<>() {
    @Override
    public String description() {
      return "预算 and 决算 of the same year";
    }

    @Override
    public Availability availability(BudgetPair pair) {
      return pair.sameYear() ? Availability.AVAILABLE
          : Availability.notApplicable("预算 of " + pair.budget().budgetYear() + ", 决算 of "
              + pair.finalAccounts().budgetYear() + ": different years (JB2)");
    }
  };

  /** {@code input} of the 预算. */
  static RuleInput<BudgetPair> budget(RuleInput<DepartmentBudget> input) {
    return lift("预算 ", input, BudgetPair::budget);
  }

  /** {@code input} of the 决算. */
  static RuleInput<BudgetPair> finalAccounts(RuleInput<DepartmentBudget> input) {
    return lift("决算 ", input, BudgetPair::finalAccounts);
  }

  private static RuleInput<BudgetPair> lift(String prefix, RuleInput<DepartmentBudget> input,
      Function<BudgetPair, DepartmentBudget> side) {
    String description = prefix + input.description();
    return new RuleInput<>() {
      @Override
      public String description() {
        return description;
      }

      @Override
      public Availability availability(BudgetPair pair) {
        Availability a = input.availability(side.apply(pair));
        return a.isAvailable() ? a : a.outcome().get() == Outcome.NOT_APPLICABLE
            ? Availability.notApplicable(prefix + a.reason().orElse(""))
            : Availability.insufficientData(prefix + a.reason().orElse(""));
      }
    };
  }
}
