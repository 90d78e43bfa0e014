package org.yusuan.budget.validation.rules.table;

import static org.yusuan.budget.table.AmountColumn.BASIC;
import static org.yusuan.budget.table.AmountColumn.CARRY_OVER;
import static org.yusuan.budget.table.AmountColumn.CURRENT_YEAR;
import static org.yusuan.budget.table.AmountColumn.GENERAL_BUDGET;
import static org.yusuan.budget.table.AmountColumn.GOVERNMENT_FUND;
import static org.yusuan.budget.table.AmountColumn.PROJECT;
import static org.yusuan.budget.table.AmountColumn.SPECIAL_ACCOUNT;
import static org.yusuan.budget.table.AmountColumn.STATE_CAPITAL;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.table.AmountColumn.UNIT_FUNDS;

import org.yusuan.budget.table.AmountColumn;

/** The columns the 支出功能分类 rules add up by hierarchy (层级校验列); never modified. */
final class FunctionColumns {
  private FunctionColumns() {}

  /** 表二: the current-year sources and 上年结转. */
  static final AmountColumn[] INCOME_TABLE = {
    CURRENT_YEAR, GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL, SPECIAL_ACCOUNT, UNIT_FUNDS, CARRY_OVER
  };

  /** 表三, 五, 八, 九: 合计, 基本支出, 项目支出. */
  static final AmountColumn[] TOTAL_BASIC_PROJECT = {TOTAL, BASIC, PROJECT};
}
