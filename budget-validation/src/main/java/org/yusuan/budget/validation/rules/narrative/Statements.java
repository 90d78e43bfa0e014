package org.yusuan.budget.validation.rules.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.ClaimsBySubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.narrative.PriorYearBasis;

/**
 * The statements of the narrative (一处陈述): the claims that state one quantity in one place, with
 * its amount, the prior year's amounts, the amount restated and the changes. On each subject, in
 * printed order, a statement is a run of claims of one qualifier; an {@link ClaimMeasure#AMOUNT}
 * begins a new one when the run already has its amount ({@code 预算收入总计…比上年减少…} in 一 and
 * {@code 预算收入…} again in 二 are two statements).
 */
final class Statements {
  private Statements() {}

  /**
   * One statement: the claims {@code from ≤ i < to} of its subject's claims {@code all}, in printed
   * order. Bounds, not a sub-list: rules walk every statement by index, with no view nor iterator.
   */
  static final class Statement {
    final List<NarrativeClaim> all;
    final int from;
    final int to;

    /**
     * @param all the subject's unmodifiable claims, kept as given
     * @param from the statement's first claim in {@code all}
     * @param to the end (exclusive) of its claims
     */
    Statement(List<NarrativeClaim> all, int from, int to) {
      this.all = all;
      this.from = from;
      this.to = to;
    }

    /** The first claim of {@code measure}. */
    Optional<NarrativeClaim> first(ClaimMeasure measure) {
      for (int i = from; i < to; i++) {
        NarrativeClaim c = all.get(i);
        if (c.measure() == measure) {
          return Optional.of(c);
        }
      }
      return Optional.empty();
    }

    /** The budget year's amount: the {@link ClaimMeasure#AMOUNT}, else the amount restated. */
    Optional<NarrativeClaim> current() {
      return first(ClaimMeasure.AMOUNT).or(() -> first(ClaimMeasure.RESTATED_AMOUNT));
    }

    /**
     * The prior year's amount a change of {@code basis} compares with: the prior amount of that
     * basis, else (basis not said on either side) the first prior amount.
     */
    Optional<NarrativeClaim> prior(Optional<PriorYearBasis> basis) {
      NarrativeClaim any = null;
      for (int i = from; i < to; i++) {
        NarrativeClaim c = all.get(i);
        if (c.measure() != ClaimMeasure.PRIOR_AMOUNT) {
          continue;
        }
        if (basis.isPresent() && c.basis().equals(basis)) {
          return Optional.of(c);
        }
        if (any == null) {
          any = c;
        }
      }
      boolean unsaid = any != null && (basis.isEmpty() || any.basis().isEmpty());
      return unsaid ? Optional.of(any) : Optional.empty();
    }

    /** The amounts this year and the prior year that {@code change} compares, when both are stated. */
    Optional<WanYuan[]> compared(NarrativeClaim change) {
      Optional<NarrativeClaim> now = current();
      Optional<NarrativeClaim> before = prior(change.basis());
      if (now.isEmpty() || before.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new WanYuan[] {now.get().amount().get(), before.get().amount().get()});
    }
  }

  private static final ClaimSubject[] SUBJECTS = ClaimSubject.values();

  /**
   * The statements on every subject, subject by subject, each in printed order: runs of the
   * subject's unmodifiable claim list, cut where a run ends (no copies; four rules ask for them).
   */
  static List<Statement> of(DepartmentBudget b) {
    List<Statement> out = new ArrayList<>();
    ClaimsBySubject bySubject = b.claimsBySubject();
    for (ClaimSubject s : SUBJECTS) {
      List<NarrativeClaim> claims = bySubject.on(s);
      int n = claims.size();
      int start = 0;
      Optional<String> qualifier = Optional.empty();
      boolean hasAmount = false;
      for (int i = 0; i < n; i++) {
        NarrativeClaim c = claims.get(i);
        Optional<String> q = c.qualifier();
        boolean newQualifier = i > start && !qualifier.equals(q);
        boolean secondAmount = c.measure() == ClaimMeasure.AMOUNT && hasAmount;
        if (newQualifier || secondAmount) {
          out.add(new Statement(claims, start, i));
          start = i;
          hasAmount = false;
        }
        if (i == start) {
          qualifier = q;
        }
        hasAmount |= c.measure() == ClaimMeasure.AMOUNT;
      }
      if (n > start) {
        out.add(new Statement(claims, start, n));
      }
    }
    return out;
  }
}
