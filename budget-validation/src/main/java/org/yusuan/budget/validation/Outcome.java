package org.yusuan.budget.validation;

/** The outcome of one rule on one model (规则结果). */
public enum Outcome {
  /** The rule ran and found nothing worse than INFO (rounding differences included). */
  PASS("通过"),
  /** The rule ran and emitted at least one WARNING or ERROR finding. */
  FAIL("未通过"),
  /** The rule does not apply, e.g. its table is absent or declared 本表无数据. */
  NOT_APPLICABLE("不适用"),
  /** The rule's inputs are missing or unreadable, so it could not decide. */
  INSUFFICIENT_DATA("数据不足");

  private final String chineseName;

  Outcome(String chineseName) {
    this.chineseName = chineseName;
  }

  /** {@return the Chinese name, e.g. {@code 通过}} */
  public String chineseName() {
    return chineseName;
  }
}
