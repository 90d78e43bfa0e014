package org.yusuan.budget.validation;

/** The message templates shared by many rules. Argument {0} is always the rule title. */
public final class StandardMessages {
  private StandardMessages() {}

  /** {0} title. */
  public static final Messages VIOLATED = Messages.named("StandardMessages.VIOLATED");

  /** {0} title, {1} location, {2} printed total, {3} sum, {4} n, {5} difference, {6} allowance. */
  public static final Messages SUM_ROUNDING = Messages.named("StandardMessages.SUM_ROUNDING");

  /** As {@link #SUM_ROUNDING}. */
  public static final Messages SUM_MISMATCH = Messages.named("StandardMessages.SUM_MISMATCH");

  /**
   * Two prints of one quantity: {0} title, {1} location, {2} value there, {3} the other value, {4}
   * n, {5} difference, {6} allowance, {7} the other location.
   */
  public static final Messages COMPARE_ROUNDING = Messages.named("StandardMessages.COMPARE_ROUNDING");

  /** As {@link #COMPARE_ROUNDING}. */
  public static final Messages COMPARE_MISMATCH = Messages.named("StandardMessages.COMPARE_MISMATCH");

  /** An inequality total ≤ Σ: arguments as {@link #SUM_MISMATCH}. */
  public static final Messages AT_MOST_MISMATCH = Messages.named("StandardMessages.AT_MOST_MISMATCH");

  /** An inequality total ≥ Σ: arguments as {@link #SUM_MISMATCH}. */
  public static final Messages AT_LEAST_MISMATCH = Messages.named("StandardMessages.AT_LEAST_MISMATCH");

  /** {0} title, {1} location, {2} what is missing (a code or name). */
  public static final Messages MISSING = Messages.named("StandardMessages.MISSING");

  /** {0} title, {1} location, {2} the unexpected item. */
  public static final Messages UNEXPECTED = Messages.named("StandardMessages.UNEXPECTED");

  /** {0} title, {1} location, {2} the printed value, {3} the expected value. */
  public static final Messages VALUE_MISMATCH = Messages.named("StandardMessages.VALUE_MISMATCH");

  /** {0} title, {1} location, {2} the printed value, {3} what is wrong. */
  public static final Messages MALFORMED = Messages.named("StandardMessages.MALFORMED");

  /** {0} title, {1} the exception. */
  public static final Messages RULE_FAILURE = Messages.named("StandardMessages.RULE_FAILURE");
}
