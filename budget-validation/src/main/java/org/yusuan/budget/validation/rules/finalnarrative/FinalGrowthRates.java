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
 * J23 — 决算说明 增减率 = 增减额 / 上年数: where a sentence states a 决算 amount, its change on the prior
 * year and the growth rate, the rate is the change over the prior year's amount (the amount less the
 * change), HALF_UP to the printed decimals; and a change of zero goes with an unchanged direction.
 */
public final class FinalGrowthRates extends BudgetRule {
  /**
   * Rule {@code J23}, 决算说明 增减率 = 增减额 / 上年数. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FinalGrowthRates RULE = new FinalGrowthRates();

  private FinalGrowthRates() {
    super(describe("J23", "决算说明 增减率 = 增减额 / 上年数", "Final narrative growth rates",
            "In one sentence on one subject: rate = change / (amount − change) × 100, HALF_UP to the printed"
                + " decimals; one unit in the last decimal is ROUNDING. A prior year of zero gives no rate.",
            Severity.ERROR),
        claims("growth rates with their change (增减额, 增减率)", c -> c.measure() == ClaimMeasure.GROWTH_RATE
            && c.subject().name().startsWith("FINAL_")));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    for (NarrativeClaim rate : b.claims()) {
      if (rate.measure() != ClaimMeasure.GROWTH_RATE || !rate.subject().name().startsWith("FINAL_")) {
        continue;
      }
      NarrativeClaim change = null;
      NarrativeClaim current = null;
      for (NarrativeClaim c : b.claimsBySubject().on(rate.subject())) {
        if (c.qualifier().equals(rate.qualifier()) && c.sourceText().equals(rate.sourceText())) {
          if (c.measure() == ClaimMeasure.CHANGE && change == null) {
            change = c;
          } else if (c.measure() == ClaimMeasure.AMOUNT && current == null) {
            current = c;
          }
        }
      }
      if (change == null || current == null) {
        continue;
      }
      WanYuan delta = change.amount().get();
      WanYuan prior = current.amount().get().minus(delta);
      if (prior.signum() <= 0) {
        continue;
      }
      percent(ctx, rate, delta, prior, "增减额 " + delta + " / 上年数 " + prior);
    }
  }
}
