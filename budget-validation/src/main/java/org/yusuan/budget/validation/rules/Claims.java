package org.yusuan.budget.validation.rules;

import java.util.List;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.validation.RuleContext;

/**
 * The narrative claims grouped by subject once per validation call ({@link RuleContext#shared}):
 * the N rules ask for a few subjects each, and a scan of every claim per question added up.
 */
final class Claims {
  private static final Object KEY = new Object();
  private static final NarrativeClaim[] NONE = {};

  /** By {@link ClaimSubject#ordinal()}: the claims on that subject in document order. */
  private final NarrativeClaim[][] bySubject = new NarrativeClaim[ClaimSubject.values().length][];

  private Claims(DepartmentBudget b) {
    List<NarrativeClaim> claims = b.claims();
    int[] count = new int[bySubject.length];
    for (int i = 0; i < claims.size(); i++) {
      count[claims.get(i).subject().ordinal()]++;
    }
    for (int s = 0; s < count.length; s++) {
      bySubject[s] = count[s] == 0 ? NONE : new NarrativeClaim[count[s]];
      count[s] = 0;
    }
    for (int i = 0; i < claims.size(); i++) {
      NarrativeClaim c = claims.get(i);
      int s = c.subject().ordinal();
      bySubject[s][count[s]++] = c;
    }
  }

  /** The claims of {@code b}, grouped on first use in this validation. */
  static Claims of(RuleContext ctx, DepartmentBudget b) {
    return ctx.shared(KEY, b, Claims::new);
  }

  /** The claims on {@code subject}, in document order. */
  NarrativeClaim[] on(ClaimSubject subject) {
    return bySubject[subject.ordinal()];
  }

  /** The first claim on {@code subject} with {@code measure}, or null. */
  NarrativeClaim first(ClaimSubject subject, ClaimMeasure measure) {
    for (NarrativeClaim c : on(subject)) {
      if (c.measure() == measure) {
        return c;
      }
    }
    return null;
  }
}
