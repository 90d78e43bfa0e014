package org.yusuan.budget.validation.rules.narrative;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/** “本部门无…” claims (称无该项) contradicted by a non-zero table amount. */
final class NoneClaims {
  private NoneClaims() {}

  static final Messages NONE_CONTRADICTED = Messages.named("NoneClaims.NONE_CONTRADICTED");

  /** Each NONE claim on {@code subject} is a MISMATCH when {@code actual} is not zero. */
  static void none(RuleContext ctx, DepartmentBudget b, ClaimSubject subject, WanYuan actual) {
    if (actual.isZero()) {
      return;
    }
    for (NarrativeClaim c : b.claimsBySubject().on(subject)) {
      if (c.measure() == ClaimMeasure.NONE) {
        Location loc = ClaimSupport.at(c);
        ctx.report(ctx.finding(FindingKind.MISMATCH, NONE_CONTRADICTED, ctx.descriptor().title(),
                MessageArg.location(loc), MessageArg.amount(actual), ClaimChecks.source(c))
            .location(loc).expected(Quantity.of(actual)).actual(Quantity.of(WanYuan.ZERO)));
      }
    }
  }
}
