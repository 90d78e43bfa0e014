package org.yusuan.budget.disclosure.narrative;

import java.util.Optional;
import org.yusuan.budget.narrative.ChangeDirection;
import org.yusuan.budget.narrative.PriorYearBasis;

/**
 * What a figure says of the prior year (与上年比较): the year printed, the basis (预算数 / 执行数) and
 * the direction word, each when printed.
 */
final class Comparison {
  static final Comparison NONE = new Comparison(Optional.empty(), Optional.empty(),
      Optional.empty());

  final Optional<Integer> year;
  final Optional<PriorYearBasis> basis;
  final Optional<ChangeDirection> direction;

  Comparison(Optional<Integer> year, Optional<PriorYearBasis> basis,
      Optional<ChangeDirection> direction) {
    this.year = year;
    this.basis = basis;
    this.direction = direction;
  }

  /**
   * The comparison the words {@code seg} before a figure print: only their part from the last
   * 比, 较 or 与 on ({@code …一般公共预算当年支出5,500.87万元，比上年减少}: 比上年减少, no basis), so the
   * name of the subject is not taken for a basis.
   */
  static Comparison of(String seg, Optional<ChangeDirection> direction) {
    int at = Math.max(seg.lastIndexOf('比'), Math.max(seg.lastIndexOf('较'), seg.lastIndexOf('与')));
    if (at < 0) {
      return new Comparison(Optional.empty(), Optional.empty(), direction);
    }
    String phrase = seg.substring(at);
    return new Comparison(ComparisonWords.year(phrase), ComparisonWords.basis(phrase), direction);
  }

  /** The year and basis of words that name a prior-year amount itself ({@code 2023年当年预算执行数为}). */
  static Comparison ofAmount(String seg) {
    return new Comparison(ComparisonWords.year(seg), ComparisonWords.basis(seg), Optional.empty());
  }

  /** The year the words print, nothing else ({@code 2024年预算安排}). */
  static Comparison ofYear(String seg) {
    return new Comparison(ComparisonWords.year(seg), Optional.empty(), Optional.empty());
  }

  /** This comparison with the year and basis of {@code earlier} where it prints none. */
  Comparison orElse(Comparison earlier) {
    return new Comparison(year.or(() -> earlier.year), basis.or(() -> earlier.basis), direction);
  }
}
