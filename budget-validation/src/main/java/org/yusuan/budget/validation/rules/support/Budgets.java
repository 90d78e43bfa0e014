package org.yusuan.budget.validation.rules.support;

import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.AmountRow;
import org.yusuan.budget.table.BudgetTable;

/**
 * Small helpers of the rules on a table they looked up ({@code b.tablesById()}, {@code null} for
 * absent): whether it has data, a column's index, a cell (with its printed precision, for the checks)
 * or its amount.
 */
public final class Budgets {
  private Budgets() {}

  /** True if the table is present with data (not absent, not declared empty). */
  public static boolean hasData(BudgetTable t) {
    return t != null && !t.declaredEmpty();
  }

  /** The index of a column, or -1. */
  public static int col(BudgetTable t, AmountColumn c) {
    return t.columns().indexOf(c);
  }

  /** The amount of a cell by column index (0 for empty or a missing column). */
  public static WanYuan amount(AmountRow row, int index) {
    if (index < 0) {
      return WanYuan.ZERO;
    }
    return row.cells().get(index).amountOrZero();
  }

  /** A cell by column index, with its printed precision (the empty cell for a missing column). */
  public static AmountCell cell(AmountRow row, int index) {
    return index < 0 ? AmountCell.empty() : row.cells().get(index);
  }

  /** A table cell by column, the empty cell if the table lacks the column. */
  public static AmountCell cell(BudgetTable t, AmountRow row, AmountColumn c) {
    return cell(row, col(t, c));
  }

  /** The amount of a cell. */
  public static WanYuan amount(AmountCell cell) {
    return cell.amountOrZero();
  }

  /** The amount of a table cell by column, 0 if the table lacks the column. */
  public static WanYuan amount(BudgetTable t, AmountRow row, AmountColumn c) {
    return amount(row, col(t, c));
  }
}
