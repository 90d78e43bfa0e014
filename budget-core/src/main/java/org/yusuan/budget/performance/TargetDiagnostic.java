package org.yusuan.budget.performance;

/**
 * A problem found in a printed 指标值. Diagnostics are findings, not errors: the value is still read
 * as far as it can be and its raw text is kept.
 */
public enum TargetDiagnostic {
  /** HTML or LaTeX left in the cell: {@code <td colspan="2">约1200个</td>}, {@code $\geq 90\%$}. */
  MARKUP_RESIDUE("markup residue (HTML or LaTeX) in the value"),
  /** A word printed twice in a row: {@code 达到达到}, {@code 促进促进}. */
  DOUBLED_WORD("a word is doubled"),
  /** The operator printed again at the end: {@code ≥12次≥}, or both a symbol and a word. */
  REPEATED_OPERATOR("the operator is repeated"),
  /** An operator with nothing to compare: {@code 效果明显 ≥}. */
  STRAY_OPERATOR("an operator with no number"),
  /**
   * A percentage of at least 100 as a target: {@code ≥100%} can only be met by exactly 100 % when
   * the indicator is a rate (达标率, 合格率, 满意度).
   */
  PERCENT_AT_LEAST_100("percent target of at least 100"),
  /** A percentage above 100: impossible for a rate or a satisfaction level. */
  PERCENT_ABOVE_100("percent above 100"),
  /** A magnitude word with no unit: {@code 30万}, {@code ≥6万}. */
  MAGNITUDE_WITHOUT_UNIT("a magnitude (万, 亿) with no unit"),
  /**
   * A number of 10,000 or more before a magnitude word of a unit other than money: {@code
   * 448000万平方米} (44.8亿, 4,480 km²), {@code 1,50000万亩} — the magnitude is given twice (万元 amounts
   * such as {@code 12000万元} are how budgets print money and are not flagged).
   */
  DOUBLED_MAGNITUDE("a number of 10,000 or more before 万 or 亿 (the magnitude given twice)"),
  /**
   * A unit in an impossible or unusual form: percent as a word ({@code ≥90百分比}), {@code 每} after
   * a slash ({@code 万元/每平米}).
   */
  MALFORMED_UNIT("the unit is malformed"),
  /** A number with broken digit grouping: {@code 1,50000万亩}; the digits were read without commas. */
  MALFORMED_NUMBER("the number's digit grouping is malformed"),
  /** A date that does not exist: month 13, 30 February. */
  INVALID_DATE("the date does not exist");

  private final String description;

  TargetDiagnostic(String description) {
    this.description = description;
  }

  /** {@return a short English description, e.g. {@code "a word is doubled"}} */
  public String description() {
    return description;
  }
}
