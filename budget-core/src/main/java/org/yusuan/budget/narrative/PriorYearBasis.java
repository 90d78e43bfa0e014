package org.yusuan.budget.narrative;

/**
 * What the prior year's figure a narrative compares with is (上年数的口径): the prior year's budget
 * ({@code 比2023年预算减少876.75万元}, {@code 2025年度预算245.68万元}) or its execution ({@code
 * 2023年当年预算执行数为60.13万元}, {@code 比2023年预算执行数减少57.14%}).
 */
public enum PriorYearBasis {
  /** 预算数: the prior year's budget. */
  BUDGET("预算数"),
  /** 执行数: what the prior year's budget came to in execution. */
  EXECUTION("执行数");

  private final String chineseName;

  PriorYearBasis(String chineseName) {
    this.chineseName = chineseName;
  }

  /** {@return 预算数 or 执行数} */
  public String chineseName() {
    return chineseName;
  }
}
