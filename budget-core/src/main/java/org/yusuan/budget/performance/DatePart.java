package org.yusuan.budget.performance;

/** A part of a year or month named in a date: {@code 年底}, {@code 月初}, {@code 上旬}, …. */
public enum DatePart {
  /** 初: the beginning. */
  BEGINNING,
  /** 上旬: the first ten days of a month. */
  EARLY,
  /** 中旬: the middle ten days. */
  MIDDLE,
  /** 下旬: the last days. */
  LATE,
  /** 底 or 末: the end ({@code 2025年年底}, {@code 6月底}). */
  END
}
