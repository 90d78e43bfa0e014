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

  /**
   * {@return the digits, e.g. {@code "2200101"}} Exactly as parsed: ASCII digits, no separators.
   */
  String value();

  /** {@return the scheme this code belongs to, as its first digit says} */
  Scheme scheme();

  /** {@return the level: 类, 款, 项, 目 or {@link CodeLevel#LOCAL}, as the number of digits says} */
  CodeLevel level();

  /**
   * {@return whether this is a local extension (地方细化科目) below the scheme's lowest standard
   * level}
   */
  default boolean isLocal() {
    return level() == CodeLevel.LOCAL;
  }

  /**
   * {@return the code one level up (two digits shorter); absent for a 类} Formed from the digits
   * alone: whether the parent exists in a catalog edition is not checked.
   */
  Optional<? extends BudgetCode> parent();

  /** {@return every code above this one, 类 first; empty for a 类} The list is unmodifiable. */
  List<? extends BudgetCode> ancestors();

  /**
   * {@return whether {@code other} lies below this code in the same scheme} That is, this code's
   * digits are a proper prefix of its digits; a code is not its own ancestor.
   *
   * @param other the code that may lie below this one, of any scheme
   */
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
   * @param scheme the scheme to read the code as
   * @param text the digits exactly, e.g. {@code "2200101"}: no white space, separators or name
   * @return the code, of the class that belongs to {@code scheme} (e.g. {@link FunctionCode})
   * @throws CodeFormatException if it is not one: a non-digit, a length that is no level of the
   *     scheme, or a first digit that is not the scheme's
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
   * @param text the digits exactly, e.g. {@code "30201"}
   * @return the code, of the class its scheme belongs to
   * @throws CodeFormatException if it is not a code of any scheme, empty text included
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
