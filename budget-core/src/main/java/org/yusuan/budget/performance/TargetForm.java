package org.yusuan.budget.performance;

/** The form of a printed 指标值 (indicator target value). */
public enum TargetForm {
  /** Nothing printed. */
  EMPTY,
  /** A form placeholder such as {@code (定性判断)} or {@code /}: treated as empty, never as a value. */
  PLACEHOLDER,
  /** A short word or phrase without digits: {@code 及时}, {@code 提高}, {@code 满意}. */
  QUALITATIVE,
  /**
   * A number with optional operator and unit (simple, compound or bracketed): {@code ≥18个}, {@code
   * 100%}, {@code 5000元/人/月}, {@code 约1250个}, {@code 85%以上}, {@code 835,000}.
   */
  QUANTITY,
  /** A date or period: {@code 2025年6月前}, {@code 2024年12月至2025年3月}, {@code 每月}, {@code 全年}. */
  PERIOD,
  /** A calculation with its printed result: {@code 35人×800元/月×12个月=33.6万元}. */
  FORMULA,
  /** Words around a number: {@code 按时完成100%}, {@code 变化面积2024亩}. */
  MIXED,
  /** A sentence or long text: {@code 按照相关规范要求,完成勘测定界工作}. */
  SENTENCE
}
