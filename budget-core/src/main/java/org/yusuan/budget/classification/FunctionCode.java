package org.yusuan.budget.classification;

/**
 * A code of the 支出功能分类 (functional expenditure classification), e.g. {@code 2200101}. Immutable; equal by digits.
 *
 * @see Scheme#FUNCTIONAL
 */
public final class FunctionCode extends CodeBase<FunctionCode> implements BudgetCode {
  private FunctionCode(String value, CodeLevel level) {
    super(value, level);
  }

  /**
   * Parses a 支出功能分类 code.
   *
   * @param text the digits exactly, e.g. {@code "2200101"}: no white space, separators or name; a
   *     local extension (two digits below the lowest standard level) is accepted
   * @return the code; its level follows from the number of digits
   * @throws CodeFormatException for non-digits, a wrong length or a wrong first digit
   */
  public static FunctionCode parse(String text) {
    return new FunctionCode(text, check(text, Scheme.FUNCTIONAL));
  }

  @Override
  FunctionCode create(String digits) {
    return parse(digits);
  }

  @Override
  public Scheme scheme() {
    return Scheme.FUNCTIONAL;
  }
}
