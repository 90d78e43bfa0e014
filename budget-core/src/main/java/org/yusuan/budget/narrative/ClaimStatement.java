package org.yusuan.budget.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One statement of the narrative (一处陈述): the claims that state one quantity in one place, with its
 * amount, the prior year's amounts, the amount restated and the changes. On each subject, in printed
 * order, a statement is a run of claims of one qualifier; an {@link ClaimMeasure#AMOUNT} begins a new
 * one when the run already has its amount ({@code 预算收入总计…比上年减少…} in 一 and {@code 预算收入…}
 * again in 二 are two statements). Cut once per budget ({@link ClaimsBySubject#statements()}).
 *
 * <p>Bounds into the subject's claims, not a copy: the claims are walked by index ({@link #get(int)}),
 * with no view nor iterator. Immutable and thread-safe.
 */
public final class ClaimStatement {
  private final List<NarrativeClaim> all;
  private final int from;
  private final int to;

  /**
   * @param all the subject's unmodifiable claims, kept as given
   * @param from the statement's first claim in {@code all}
   * @param to the end (exclusive) of its claims
   */
  private ClaimStatement(List<NarrativeClaim> all, int from, int to) {
    this.all = all;
    this.from = from;
    this.to = to;
  }

  /** {@return the number of claims of the statement, one or more} */
  public int size() {
    return to - from;
  }

  /**
   * {@return the statement's claim {@code i}, in printed order}
   *
   * @param i the claim's position in the statement, {@code 0 ≤ i < size()}
   * @throws IndexOutOfBoundsException if {@code i} is outside that range
   */
  public NarrativeClaim get(int i) {
    if (i < 0 || i >= to - from) {
      throw new IndexOutOfBoundsException("claim " + i + " of a statement of " + (to - from));
    }
    return all.get(from + i);
  }

  /**
   * {@return the statement's first claim of {@code measure}; empty if none}
   *
   * @param measure how the figure is stated, e.g. {@link ClaimMeasure#AMOUNT}
   */
  public Optional<NarrativeClaim> first(ClaimMeasure measure) {
    for (int i = from; i < to; i++) {
      NarrativeClaim c = all.get(i);
      if (c.measure() == measure) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the budget year's amount: the {@link ClaimMeasure#AMOUNT}, else the amount restated
   * ({@link ClaimMeasure#RESTATED_AMOUNT}); empty if neither is stated}
   */
  public Optional<NarrativeClaim> current() {
    return first(ClaimMeasure.AMOUNT).or(() -> first(ClaimMeasure.RESTATED_AMOUNT));
  }

  /**
   * {@return the prior year's amount a change of {@code basis} compares with: the prior amount of that
   * basis, else (basis not said on either side) the first prior amount; empty if none fits}
   *
   * @param basis the change's basis (预算数 / 执行数), empty when not said
   */
  public Optional<NarrativeClaim> prior(Optional<PriorYearBasis> basis) {
    @Nullable NarrativeClaim any = null;
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

  /**
   * The statements on every subject, subject by subject, each in printed order: runs of the
   * subject's unmodifiable claim list, cut where a run ends.
   *
   * @param bySubject the claims on each subject, by subject ordinal
   * @return the statements, unmodifiable
   */
  static List<ClaimStatement> cut(List<List<NarrativeClaim>> bySubject) {
    List<ClaimStatement> out = new ArrayList<>();
    for (int s = 0; s < bySubject.size(); s++) {
      List<NarrativeClaim> claims = bySubject.get(s);
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
          out.add(new ClaimStatement(claims, start, i));
          start = i;
          hasAmount = false;
        }
        if (i == start) {
          qualifier = q;
        }
        hasAmount |= c.measure() == ClaimMeasure.AMOUNT;
      }
      if (n > start) {
        out.add(new ClaimStatement(claims, start, n));
      }
    }
    return List.copyOf(out);
  }
}
