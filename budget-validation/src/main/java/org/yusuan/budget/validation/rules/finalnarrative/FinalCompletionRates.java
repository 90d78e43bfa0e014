package org.yusuan.budget.validation.rules.finalnarrative;

import static org.yusuan.budget.narrative.ClaimSubject.*;
import static org.yusuan.budget.validation.rules.finalnarrative.FinalNarrative.*;

import java.util.List;
import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.*;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Budgets;

/**
 * J27 — 决算说明 完成率 = 决算数 / 年初预算数: a stated 完成年初预算的98.20% is the 决算数 over the 年初预算数
 * the text states for the same subject (the same sentence first), HALF_UP to the printed decimals. With
 * no 年初预算 stated, or one of zero, there is no rate to check.
 */
public final class FinalCompletionRates extends BudgetRule {
  /**
   * Rule {@code J27}, 决算说明 完成率 = 决算数 / 年初预算数. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FinalCompletionRates RULE = new FinalCompletionRates();

  private FinalCompletionRates() {
    super(describe("J27", "决算说明 完成率 = 决算数 / 年初预算数", "Final narrative completion rates",
            "A stated 完成率 = the subject's stated 决算数 / its stated 年初预算数 × 100, HALF_UP to the printed"
                + " decimals; one unit in the last decimal is ROUNDING; no rate is checked against a zero or"
                + " unstated budget.", Severity.ERROR),
        claims("completion rates (完成率)", c -> c.measure() == ClaimMeasure.COMPLETION_RATE));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    for (NarrativeClaim rate : b.claims()) {
      if (rate.measure() != ClaimMeasure.COMPLETION_RATE) {
        continue;
      }
      Optional<WanYuan> fin = near(b, rate, ClaimMeasure.AMOUNT);
      Optional<WanYuan> budgeted = near(b, rate, ClaimMeasure.BUDGETED_AMOUNT);
      if (fin.isPresent() && budgeted.isPresent() && budgeted.get().signum() > 0) {
        percent(ctx, rate, fin.get(), budgeted.get(), "决算数 " + fin.get() + " / 年初预算数 " + budgeted.get());
      }
    }
  }

  /** The claim of measure {@code m} on the rate's subject: of its sentence, else the last before it. */
  private static Optional<WanYuan> near(DepartmentBudget b, NarrativeClaim rate, ClaimMeasure m) {
    Optional<WanYuan> before = Optional.empty();
    for (NarrativeClaim c : b.claimsBySubject().on(rate.subject())) {
      if (c.equals(rate)) {
        break;
      }
      if (c.measure() == m && c.qualifier().equals(rate.qualifier())) {
        if (c.sourceText().equals(rate.sourceText())) {
          return c.amount();
        }
        before = c.amount();
      }
    }
    return before;
  }
}
