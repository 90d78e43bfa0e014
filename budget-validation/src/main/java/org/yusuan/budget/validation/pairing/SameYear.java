package org.yusuan.budget.validation.pairing;

import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;

/**
 * JB2 — 预算与决算同一年度: the 决算 of year Y pairs with the 预算 of year Y. Otherwise the amount rules
 * (JB3…JB7) are NOT_APPLICABLE: the figures of two years are not the same quantities.
 */
public final class SameYear extends PairRule {
  /**
   * Rule {@code JB2}, 预算与决算同一年度. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.pairing.BudgetPairing}.
   */
  public static final SameYear RULE = new SameYear();

  private SameYear() {
    super(RuleDescriptor.builder().id("JB2").family(RuleFamily.FINAL_ACCOUNTS)
        .titleZh("预算与决算同一年度").titleEn("Budget and final accounts of one year")
        .statement("The 决算 of year Y pairs with the 预算 of year Y (both budgetYear). Otherwise JB3…JB7"
            + " are NOT_APPLICABLE.")
        .build());
  }

  @Override
  public void check(BudgetPair pair, RuleContext ctx) {
    if (pair.sameYear()) {
      return;
    }
    int f = pair.finalAccounts().budgetYear();
    int b = pair.budget().budgetYear();
    ctx.report(ctx.finding(FindingKind.MISMATCH, PairMessages.OTHER_YEAR, ctx.descriptor().title(),
            MessageArg.text(Integer.toString(f)), MessageArg.text(Integer.toString(b)))
        .location(Location.document())
        .expected(Quantity.text(Integer.toString(f)))
        .actual(Quantity.text(Integer.toString(b))));
  }
}
