package org.yusuan.budget.classification;

/**
 * A code of the 政府预算支出经济分类 (government economic classification), e.g. {@code 50101}. Immutable; equal by digits.
 *
 * @see Scheme#GOVERNMENT_ECONOMIC
 */
public final class GovernmentEconomicCode extends CodeBase<GovernmentEconomicCode> implements BudgetCode {
  private GovernmentEconomicCode(String value, CodeLevel level) {
    super(value, level);
  }

  /**
   * Parses a 政府预算支出经济分类 code.
   *
   * @param text the digits exactly, e.g. {@code "50201"}: no white space, separators or name; a
   *     local extension (two digits below the lowest standard level) is accepted
   * @return the code; its level follows from the number of digits
   * @throws CodeFormatException for non-digits, a wrong length or a wrong first digit
   */
  public static GovernmentEconomicCode parse(String text) {
    return new GovernmentEconomicCode(text, check(text, Scheme.GOVERNMENT_ECONOMIC));
  }

  @Override
  GovernmentEconomicCode create(String digits) {
    return parse(digits);
  }

  @Override
  public Scheme scheme() {
    return Scheme.GOVERNMENT_ECONOMIC;
  }
}
