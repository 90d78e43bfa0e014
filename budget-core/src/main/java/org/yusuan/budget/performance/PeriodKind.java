package org.yusuan.budget.performance;

/** The kind of a date or period 指标值. */
public enum PeriodKind {
  /** A point in time: {@code 2024年12月31日}, {@code 2025年年底}. */
  POINT,
  /** A deadline: {@code 2025年6月前}, {@code 年底前}. */
  BEFORE,
  /** From one date to another: {@code 2022年7月-2024年12月}, {@code 2025年1月至12月}. */
  RANGE,
  /** Throughout a year: {@code 全年}, {@code 2025年全年}. */
  WHOLE_YEAR,
  /** Some time within the year: {@code 年内}, {@code 当年}. */
  WITHIN_YEAR,
  /** Repeatedly: {@code 每月}, {@code 按季度}. */
  RECURRING
}
