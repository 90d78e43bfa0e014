package org.yusuan.budget.classification;

/**
 * A code of the 部门预算支出经济分类 (department economic classification), e.g. {@code 30101}. Immutable; equal by digits.
 *
 * @see Scheme#DEPARTMENT_ECONOMIC
 */
public final class DepartmentEconomicCode extends CodeBase<DepartmentEconomicCode> implements BudgetCode {
  private DepartmentEconomicCode(String value, CodeLevel level) {
    super(value, level);
  }

  /**
   * Parses a 部门预算支出经济分类 code.
   *
   * @param text the digits exactly, e.g. {@code "30201"}: no white space, separators or name; a
   *     local extension (two digits below the lowest standard level) is accepted
   * @return the code; its level follows from the number of digits
   * @throws CodeFormatException for non-digits, a wrong length or a wrong first digit
   */
  public static DepartmentEconomicCode parse(String text) {
    return new DepartmentEconomicCode(text, check(text, Scheme.DEPARTMENT_ECONOMIC));
  }

  @Override
  DepartmentEconomicCode create(String digits) {
    return parse(digits);
  }

  @Override
  public Scheme scheme() {
    return Scheme.DEPARTMENT_ECONOMIC;
  }
}
