package org.yusuan.budget.narrative;

/** How a claim states its subject, which decides the claim's value field. */
public enum ClaimMeasure {
  /** An amount of the budget year ({@code 13,487.42万元}); value in {@link NarrativeClaim#amount()}. */
  AMOUNT,
  /** The prior year's amount when stated ({@code 比2024年预算69.81万元}); {@link NarrativeClaim#amount()}. */
  PRIOR_AMOUNT,
  /**
   * The budget year's amount stated a second time in the same paragraph ({@code “…（项）”25.77万元…。
   * 2023年当年预算执行数为60.13万元，2024年预算安排25.77万元}), to be equal to the {@link #AMOUNT}; {@link
   * NarrativeClaim#amount()}.
   */
  RESTATED_AMOUNT,
  /**
   * The change on the prior year, signed: {@code 增加3.01万元} is +3.01, {@code 减少16703.12万元} is
   * −16703.12, {@code 与上年相同} is 0; {@link NarrativeClaim#amount()}.
   */
  CHANGE,
  /**
   * The growth rate in percent, signed: {@code 增长3.67%} is 3.67, {@code 下降55.33%} is −55.33, scale as
   * printed; {@link NarrativeClaim#number()}.
   */
  GROWTH_RATE,
  /** A share in percent, scale as printed ({@code 占40.79%}, {@code 占0%}); {@link NarrativeClaim#number()}. */
  SHARE,
  /** A count ({@code 项目6个}, {@code 实有0辆}); {@link NarrativeClaim#count()}. */
  COUNT,
  /** Another quantity with a unit word ({@code 3234.56平方米}); {@link NarrativeClaim#number()}. */
  QUANTITY,
  /** A date ({@code 截至2023年12月31日}); {@link NarrativeClaim#date()}. */
  DATE,
  /** A list of item names ({@code 人员经费…主要包括: 基本工资、津贴补贴…}); {@link NarrativeClaim#names()}. */
  NAMES,
  /** A statement that the subject does not exist ({@code 本部门无“三公”经费预算}); no value. */
  NONE,
  /**
   * A 决算's 年初预算数 ({@code 年初预算为2993.92万元}, {@code “三公”经费财政拨款支出年初预算为0.95万元});
   * {@link NarrativeClaim#amount()}.
   */
  BUDGETED_AMOUNT,
  /**
   * A 决算's 完成率 in percent, scale as printed ({@code 完成年初预算的98.20%}: 98.20, {@code 完成预算的0%});
   * {@link NarrativeClaim#number()}.
   */
  COMPLETION_RATE
}
