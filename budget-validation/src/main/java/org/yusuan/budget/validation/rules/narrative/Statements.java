package org.yusuan.budget.validation.rules.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
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

  /** One statement: its claims in printed order. */
  static final class Statement {
    final List<NarrativeClaim> claims;

    Statement(List<NarrativeClaim> claims) {
      this.claims = List.copyOf(claims);
    }

    /** The first claim of {@code measure}. */
    Optional<NarrativeClaim> first(ClaimMeasure measure) {
      for (NarrativeClaim c : claims) {
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
      for (NarrativeClaim c : claims) {
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

  /** The statements on every subject, subject by subject, each in printed order. */
  static List<Statement> of(DepartmentBudget b) {
    List<Statement> out = new ArrayList<>();
    for (ClaimSubject s : ClaimSubject.values()) {
      List<NarrativeClaim> run = new ArrayList<>();
      boolean hasAmount = false;
      for (NarrativeClaim c : b.claimsBySubject().on(s)) {
        boolean newQualifier = !run.isEmpty() && !run.get(0).qualifier().equals(c.qualifier());
        boolean secondAmount = c.measure() == ClaimMeasure.AMOUNT && hasAmount;
        if (newQualifier || secondAmount) {
          out.add(new Statement(run));
          run.clear();
          hasAmount = false;
        }
        run.add(c);
        hasAmount |= c.measure() == ClaimMeasure.AMOUNT;
      }
      if (!run.isEmpty()) {
        out.add(new Statement(run));
      }
    }
    return out;
  }
}
