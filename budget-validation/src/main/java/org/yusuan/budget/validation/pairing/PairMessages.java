package org.yusuan.budget.validation.pairing;

import org.yusuan.budget.validation.Messages;

/** The message templates of the pairing rules (zh, en; positional arguments). */
final class PairMessages {
  private PairMessages() {}

  /** {0} title, {1} the 预算's department, {2} the 决算's department. */
  static final Messages OTHER_DEPARTMENT = Messages.named("PairMessages.OTHER_DEPARTMENT");

  /** {0} title, {1} the 决算's year, {2} the 预算's year. */
  static final Messages OTHER_YEAR = Messages.named("PairMessages.OTHER_YEAR");

  /** {0} title, {1} the location in the 决算, {2} the code, {3} the name, {4} the amount spent. */
  static final Messages UNBUDGETED = Messages.named("PairMessages.UNBUDGETED");

  /** {0} title, {1} the location in the 决算, {2} the code, {3} the 预算 amount. */
  static final Messages BUDGETED_MISSING = Messages.named("PairMessages.BUDGETED_MISSING");
}
