package org.yusuan.budget.validation;

/**
 * How serious a finding is (严重程度).
 *
 * <p>ERROR: an identity or declared fact contradicted beyond rounding; WARNING: a plausibility,
 * completeness or format problem, or an ambiguity the validator had to resolve; INFO: rounding
 * differences and informational notes. Declared from most to least serious.
 */
public enum Severity {
  /** 错误: contradicted beyond rounding. */
  ERROR("错误"),
  /** 警告: plausibility, completeness, format or ambiguity. */
  WARNING("警告"),
  /** 提示: rounding differences and notes. */
  INFO("提示");

  private final String chineseName;

  Severity(String chineseName) {
    this.chineseName = chineseName;
  }

  /** {@return the Chinese name, e.g. {@code 错误}} */
  public String chineseName() {
    return chineseName;
  }

  /** {@return true if this severity makes a rule's outcome {@link Outcome#FAIL} (ERROR or WARNING)} */
  public boolean fails() {
    return this != INFO;
  }
}
