package org.yusuan.budget.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The narrative's claims grouped by {@link ClaimSubject} (按主题分组的说明数字), built once per budget
 * ({@code DepartmentBudget.claimsBySubject()}): rules ask for a few subjects each, and a scan of
 * every claim per question added up. Lookups do not allocate.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClaimsBySubject {
  private static final int SUBJECTS = ClaimSubject.values().length;
  private static final int MEASURES = ClaimMeasure.values().length;

  /** By {@link ClaimSubject#ordinal()}: the claims on that subject in printed order. */
  private final List<List<NarrativeClaim>> bySubject;
  /** By subject ordinal × measures + measure ordinal: the first such claim. */
  private final Optional<NarrativeClaim>[] first;
  private final OptionalLong declaredUnits;
  /** The statements of every subject, cut once (four rules walk them at each validation). */
  private final List<ClaimStatement> statements;

  @SuppressWarnings("unchecked")
  private ClaimsBySubject(List<NarrativeClaim> claims) {
    List<List<NarrativeClaim>> groups = new ArrayList<>(SUBJECTS);
    for (int s = 0; s < SUBJECTS; s++) {
      groups.add(new ArrayList<>());
    }
    List<Optional<NarrativeClaim>> firsts = new ArrayList<>(SUBJECTS * MEASURES);
    for (int i = 0; i < SUBJECTS * MEASURES; i++) {
      firsts.add(Optional.empty());
    }
    OptionalLong units = OptionalLong.empty();
    for (int i = 0; i < claims.size(); i++) {
      NarrativeClaim c = claims.get(i);
      groups.get(c.subject().ordinal()).add(c);
      int k = c.subject().ordinal() * MEASURES + c.measure().ordinal();
      if (firsts.get(k).isEmpty()) {
        firsts.set(k, Optional.of(c));
      }
      if (units.isEmpty() && c.subject() == ClaimSubject.BUDGET_UNITS && c.measure() == ClaimMeasure.COUNT
          && c.count().isPresent()) {
        units = OptionalLong.of(c.count().get());
      }
    }
    for (int s = 0; s < SUBJECTS; s++) {
      groups.set(s, List.copyOf(groups.get(s)));
    }
    this.bySubject = List.copyOf(groups);
    this.first = firsts.toArray(new Optional[0]);
    this.declaredUnits = units;
    this.statements = ClaimStatement.cut(bySubject);
  }

  /**
   * {@return {@code claims} grouped by subject}
   *
   * @param claims the claims in printed order; the groups keep that order
   */
  public static ClaimsBySubject of(List<NarrativeClaim> claims) {
    return new ClaimsBySubject(claims);
  }

  /**
   * {@return the claims on {@code subject}, in printed order (an unmodifiable list, empty when
   * none)}
   *
   * @param subject the subject wanted
   */
  public List<NarrativeClaim> on(ClaimSubject subject) {
    return bySubject.get(subject.ordinal());
  }

  /**
   * {@return the first claim on {@code subject} with {@code measure}, in printed order; empty if
   * none}
   *
   * @param subject the subject wanted
   * @param measure how the figure is stated, e.g. {@link ClaimMeasure#AMOUNT}
   */
  public Optional<NarrativeClaim> first(ClaimSubject subject, ClaimMeasure measure) {
    return first[subject.ordinal() * MEASURES + measure.ordinal()];
  }

  /**
   * {@return the number of budget units (预算单位) the narrative declares: the first {@link
   * ClaimSubject#BUDGET_UNITS} count it states (the 概况 comes before the other sections)} The units
   * the tables list are only a lower bound: a unit with neither projects nor 机关运行经费 appears in no
   * table.
   */
  public OptionalLong declaredUnits() {
    return declaredUnits;
  }

  /**
   * {@return the statements (一处陈述) of the narrative: subject by subject in {@link ClaimSubject}
   * order, each subject's in printed order (an unmodifiable list)} See {@link ClaimStatement} for
   * where one statement ends and the next begins.
   */
  public List<ClaimStatement> statements() {
    return statements;
  }
}
