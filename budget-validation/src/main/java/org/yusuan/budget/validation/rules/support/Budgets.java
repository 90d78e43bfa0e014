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

  /**
   * {@return true if the table is present with data (not absent, not declared empty 本表无数据)}
   *
   * @param t the table as looked up, {@code null} when the document does not print it
   */
  public static boolean hasData(BudgetTable t) {
    return t != null && !t.declaredEmpty();
  }

  /**
   * {@return the index of column {@code c} among {@code t}'s columns, or -1 when {@code t} lacks it}
   *
   * @param t the table
   * @param c the column to find
   */
  public static int col(BudgetTable t, AmountColumn c) {
    return t.columns().indexOf(c);
  }

  /**
   * {@return the amount of a cell by column index (0 for an empty cell or a missing column)}
   *
   * @param row the row
   * @param index the column index, as from {@link #col}; -1 for a missing column
   */
  public static WanYuan amount(AmountRow row, int index) {
    if (index < 0) {
      return WanYuan.ZERO;
    }
    return row.cells().get(index).amountOrZero();
  }

  /**
   * {@return a cell by column index, with its printed precision (the empty cell for a missing column)}
   *
   * @param row the row
   * @param index the column index, as from {@link #col}; -1 for a missing column
   */
  public static AmountCell cell(AmountRow row, int index) {
    return index < 0 ? AmountCell.empty() : row.cells().get(index);
  }

  /**
   * {@return a table cell by column, the empty cell if the table lacks the column}
   *
   * @param t the table {@code row} belongs to
   * @param row the row
   * @param c the column
   */
  public static AmountCell cell(BudgetTable t, AmountRow row, AmountColumn c) {
    return cell(row, col(t, c));
  }

  /**
   * {@return the amount of a cell, 0 for an empty cell}
   *
   * @param cell the cell as printed
   */
  public static WanYuan amount(AmountCell cell) {
    return cell.amountOrZero();
  }

  /**
   * {@return the amount of a table cell by column, 0 if the cell is empty or the table lacks the column}
   *
   * @param t the table {@code row} belongs to
   * @param row the row
   * @param c the column
   */
  public static WanYuan amount(BudgetTable t, AmountRow row, AmountColumn c) {
    return amount(row, col(t, c));
  }
}
