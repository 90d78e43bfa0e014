package org.yusuan.budget.validation.pairing;

import org.yusuan.budget.validation.Messages;

/** The message templates of the pairing rules (zh, en; positional arguments). */
final class PairMessages {
  private PairMessages() {}

  /** {0} title, {1} the 预算's department, {2} the 决算's department. */
  static final Messages OTHER_DEPARTMENT = Messages.of(
      "{0}：预算是「{1}」的，决算是「{2}」的，不是同一部门",
      "{0}: the budget is of \"{1}\", the final accounts of \"{2}\": not the same department");

  /** {0} title, {1} the 决算's year, {2} the 预算's year. */
  static final Messages OTHER_YEAR = Messages.of(
      "{0}：{1}年度决算应与{1}年预算对照，所给预算是{2}年的；金额不作对照",
      "{0}: the final accounts of {1} pair with the budget of {1}, but the budget given is of {2};"
          + " no amount is compared");

  /** {0} title, {1} the location in the 决算, {2} the code, {3} the name, {4} the amount spent. */
  static final Messages UNBUDGETED = Messages.of(
      "{0}：决算{1}支出{4}，而预算表五未安排「{2} {3}」",
      "{0}: the final accounts spend {4} at {1}, but the budget's Table 5 budgets nothing for \"{2} {3}\"");

  /** {0} title, {1} the location in the 决算, {2} the code, {3} the 预算 amount. */
  static final Messages BUDGETED_MISSING = Messages.of(
      "{0}：预算表五为「{2}」安排{3}，决算{1}未列其预算数",
      "{0}: the budget's Table 5 budgets {3} for \"{2}\", but {1} of the final accounts prints no 预算数 for it");
}
