package org.yusuan.budget.narrative;

/**
 * The direction word printed with a change on the prior year (增减方向): {@code 增加}, {@code 减少},
 * {@code 持平}. The sign of a {@link ClaimMeasure#CHANGE} or {@link ClaimMeasure#GROWTH_RATE} claim is
 * taken from it; whether it agrees with the amounts it compares is a rule's question.
 */
public enum ChangeDirection {
  /** 增加, 增长, 上升, 提高. */
  INCREASE("增加"),
  /** 减少, 下降, 降低, 减. */
  DECREASE("减少"),
  /** 持平, 相同, 一致, 保持不变. */
  SAME("持平");

  private final String chineseName;

  ChangeDirection(String chineseName) {
    this.chineseName = chineseName;
  }

  /** {@return the usual word: 增加, 减少 or 持平} */
  public String chineseName() {
    return chineseName;
  }

  /**
   * {@return the direction of a difference (this year − prior year) of sign {@code signum}}
   *
   * @param signum the sign of the difference: any positive value is an increase, any negative a
   *     decrease
   */
  public static ChangeDirection ofSign(int signum) {
    return signum > 0 ? INCREASE : signum < 0 ? DECREASE : SAME;
  }
}
