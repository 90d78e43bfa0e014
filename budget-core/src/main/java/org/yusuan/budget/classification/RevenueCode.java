package org.yusuan.budget.classification;

/**
 * A code of the 收入分类 (revenue classification), e.g. {@code 1030148}. Immutable; equal by digits.
 *
 * @see Scheme#REVENUE
 */
public final class RevenueCode extends CodeBase<RevenueCode> implements BudgetCode {
  private RevenueCode(String value, CodeLevel level) {
    super(value, level);
  }

  /**
   * Parses a 收入分类 code.
   *
   * @param text the digits exactly, e.g. {@code "1030148"}: no white space, separators or name; a
   *     local extension (two digits below the lowest standard level) is accepted
   * @return the code; its level follows from the number of digits
   * @throws CodeFormatException for non-digits, a wrong length or a wrong first digit
   */
  public static RevenueCode parse(String text) {
    return new RevenueCode(text, check(text, Scheme.REVENUE));
  }

  @Override
  RevenueCode create(String digits) {
    return parse(digits);
  }

  @Override
  public Scheme scheme() {
    return Scheme.REVENUE;
  }
}
