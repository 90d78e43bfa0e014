package org.yusuan.budget.performance;

/** How often a recurring period ({@code 每月}, {@code 按季度}, …) repeats. */
public enum Recurrence {
  /** 每天, 每日. */
  DAILY,
  /** 每周. */
  WEEKLY,
  /** 每月, 按月. */
  MONTHLY,
  /** 每季度, 每季, 按季度. */
  QUARTERLY,
  /** 每半年. */
  HALF_YEARLY,
  /** 每年, 每年度, 按年. */
  YEARLY
}
