package org.yusuan.budget.validation.rules.narrative;

import java.util.List;
import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimStatement;
import org.yusuan.budget.narrative.NarrativeClaim;

/**
 * The statements of the narrative (一处陈述) as the N rules walk them: the model cuts them once per
 * budget ({@link org.yusuan.budget.narrative.ClaimsBySubject#statements()}); here what a rule
 * compares within one.
 */
final class Statements {
  private Statements() {}

  /** The statements on every subject, subject by subject, each in printed order (cut once per budget). */
  static List<ClaimStatement> of(DepartmentBudget b) {
    return b.claimsBySubject().statements();
  }

  /** The amounts this year and the prior year that {@code change} compares, when both are stated. */
  static Optional<WanYuan[]> compared(ClaimStatement s, NarrativeClaim change) {
    Optional<NarrativeClaim> now = s.current();
    Optional<NarrativeClaim> before = s.prior(change.basis());
    if (now.isEmpty() || before.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new WanYuan[] {now.get().amount().get(), before.get().amount().get()});
  }
}
