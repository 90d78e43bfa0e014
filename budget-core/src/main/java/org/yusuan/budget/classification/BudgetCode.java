package org.yusuan.budget.classification;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A code of 政府收支分类科目, parsed and checked for form (digits, length, first digit). Whether the
 * code exists, and its name, belong to a catalog edition (module budget-codes).
 *
 * <p>Codes order by scheme, then by their digits, which is the depth-first order of published
 * tables: {@code 201 < 20101 < 2010101 < 202}. Equal codes have the same scheme and digits.
 */
public sealed interface BudgetCode extends Comparable<BudgetCode>
    permits FunctionCode, RevenueCode, DepartmentEconomicCode, GovernmentEconomicCode {

  /** The digits, e.g. {@code "2200101"}. */
  String value();

  /** The scheme this code belongs to. */
  Scheme scheme();

  /** The level: 类, 款, 项, 目 or {@link CodeLevel#LOCAL}. */
  CodeLevel level();

  /** Whether this is a local extension below the scheme's lowest standard level. */
  default boolean isLocal() {
    return level() == CodeLevel.LOCAL;
  }

  /** The code one level up (two digits shorter); absent for a 类. */
  Optional<? extends BudgetCode> parent();

  /** Every code above this one, 类 first; empty for a 类. */
  List<? extends BudgetCode> ancestors();

  /** Whether {@code other} lies below this code in the same scheme (this is a proper prefix of it). */
  default boolean isAncestorOf(BudgetCode other) {
    return other.scheme() == scheme()
        && other.value().length() > value().length()
        && other.value().startsWith(value());
  }

  @Override
  default int compareTo(BudgetCode other) {
    int byScheme = scheme().compareTo(other.scheme());
    return byScheme != 0 ? byScheme : value().compareTo(other.value());
  }

  /**
   * Parses {@code text} as a code of {@code scheme}.
   *
   * @throws CodeFormatException if it is not one
   */
  static BudgetCode parse(Scheme scheme, String text) {
    Objects.requireNonNull(scheme, "scheme");
    switch (scheme) {
      case FUNCTIONAL:
        return FunctionCode.parse(text);
      case REVENUE:
        return RevenueCode.parse(text);
      case DEPARTMENT_ECONOMIC:
        return DepartmentEconomicCode.parse(text);
      case GOVERNMENT_ECONOMIC:
        return GovernmentEconomicCode.parse(text);
      default:
        throw new AssertionError(scheme);
    }
  }

  /**
   * Parses {@code text} as a code of whichever scheme its first digit names (1 revenue, 2
   * functional, 3 department economic, 5 government economic).
   *
   * @throws CodeFormatException if it is not a code of any scheme
   */
  static BudgetCode parseAny(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      throw new CodeFormatException(text, null, "empty");
    }
    Scheme scheme = Scheme.ofLeadingDigit(text.charAt(0)).orElseThrow(() ->
        new CodeFormatException(text, null, "first character '" + text.charAt(0)
            + "' starts no scheme (1 revenue, 2 functional, 3 and 5 economic)"));
    return parse(scheme, text);
  }
}
