package org.yusuan.budget.validation;

/** The message templates shared by many rules. Argument {0} is always the rule title. */
public final class StandardMessages {
  private StandardMessages() {}

  /** {0} title. */
  public static final Messages VIOLATED = Messages.of("{0}：不成立", "{0}: violated");

  /** {0} title, {1} location, {2} printed total, {3} sum, {4} n, {5} difference, {6} allowance. */
  public static final Messages SUM_ROUNDING = Messages.of(
      "{0}：{1}为 {2}，{4} 个分项之和为 {3}，差 {5}，在四舍五入容差 {6} 以内",
      "{0}: {1} is {2}, the sum of its parts (n = {4}) is {3}; the difference {5} is within the rounding tolerance {6}");

  /** As {@link #SUM_ROUNDING}. */
  public static final Messages SUM_MISMATCH = Messages.of(
      "{0}：{1}为 {2}，但 {4} 个分项之和为 {3}，差 {5}，超出容差 {6}",
      "{0}: {1} is {2} but the sum of its parts (n = {4}) is {3}; the difference {5} exceeds the tolerance {6}");

  /**
   * Two prints of one quantity: {0} title, {1} location, {2} value there, {3} the other value, {4}
   * n, {5} difference, {6} allowance, {7} the other location.
   */
  public static final Messages COMPARE_ROUNDING = Messages.of(
      "{0}：{1}为 {2}，{7}为 {3}，差 {5}，在四舍五入容差 {6} 以内",
      "{0}: {1} is {2}, {7} is {3}; the difference {5} is within the rounding tolerance {6}");

  /** As {@link #COMPARE_ROUNDING}. */
  public static final Messages COMPARE_MISMATCH = Messages.of(
      "{0}：{1}为 {2}，与{7}的 {3} 不一致，差 {5}，超出容差 {6}",
      "{0}: {1} is {2} but {7} is {3}; the difference {5} exceeds the tolerance {6}");

  /** An inequality total ≤ Σ: arguments as {@link #SUM_MISMATCH}. */
  public static final Messages AT_MOST_MISMATCH = Messages.of(
      "{0}：{1}为 {2}，超过上限 {3}（{4} 项），超出 {5}，容差 {6}",
      "{0}: {1} is {2}, above its bound {3} (terms: {4}) by {5}; tolerance {6}");

  /** An inequality total ≥ Σ: arguments as {@link #SUM_MISMATCH}. */
  public static final Messages AT_LEAST_MISMATCH = Messages.of(
      "{0}：{1}为 {2}，低于下限 {3}（{4} 项），差 {5}，容差 {6}",
      "{0}: {1} is {2}, below its bound {3} (terms: {4}) by {5}; tolerance {6}");

  /** {0} title, {1} location, {2} what is missing (a code or name). */
  public static final Messages MISSING = Messages.of(
      "{0}：{1}缺少「{2}」", "{0}: {1} lacks \"{2}\"");

  /** {0} title, {1} location, {2} the unexpected item. */
  public static final Messages UNEXPECTED = Messages.of(
      "{0}：{1}有多余的「{2}」", "{0}: {1} has an unexpected \"{2}\"");

  /** {0} title, {1} location, {2} the printed value, {3} the expected value. */
  public static final Messages VALUE_MISMATCH = Messages.of(
      "{0}：{1}为 {2}，应为 {3}", "{0}: {1} is {2}, expected {3}");

  /** {0} title, {1} location, {2} the printed value, {3} what is wrong. */
  public static final Messages MALFORMED = Messages.of(
      "{0}：{1}的「{2}」格式不正确（{3}）", "{0}: {1} has a malformed \"{2}\" ({3})");

  /** {0} title, {1} the exception. */
  public static final Messages RULE_FAILURE = Messages.of(
      "{0}：规则执行失败：{1}", "{0}: the rule failed: {1}");
}
