package org.yusuan.budget.validation.rules;

import java.util.Arrays;
import java.util.List;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;

/**
 * The amounts of a table's rows by column (empty cell = 0), read from the cells once for the
 * shared table facts: a rule then reads {@code column(c)[row]} without a column lookup per row.
 */
final class AmountGrid {
  private static final int COLUMNS = AmountColumn.values().length;

  /** By {@link AmountColumn#ordinal()}: the column's index in the table, or -1. */
  private final int[] columnIndex = new int[COLUMNS];
  /** By ordinal: the column's amounts per row, or null when the table lacks it. */
  private final WanYuan[][] amounts = new WanYuan[COLUMNS][];
  /** By ordinal: the 合计 row's amount, 0 without that row or column. */
  private final WanYuan[] totals = new WanYuan[COLUMNS];
  /** By position in the table: the column's ordinal. */
  private final int[] ordinals;

  /** A grid of {@code rows} rows; {@code totalCells} are the cells of the table's 合计 row, or null. */
  AmountGrid(List<AmountColumn> columns, int rows, List<AmountCell> totalCells) {
    Arrays.fill(columnIndex, -1);
    Arrays.fill(totals, WanYuan.ZERO);
    ordinals = new int[columns.size()];
    for (int c = 0; c < ordinals.length; c++) {
      int o = columns.get(c).ordinal();
      ordinals[c] = o;
      columnIndex[o] = c;
      amounts[o] = new WanYuan[rows];
      if (totalCells != null) {
        totals[o] = totalCells.get(c).amountOrZero();
      }
    }
  }

  /** Reads the cells of row {@code row}. */
  void read(int row, List<AmountCell> cells) {
    for (int c = 0; c < ordinals.length; c++) {
      amounts[ordinals[c]][row] = cells.get(c).amountOrZero();
    }
  }

  /** The index of {@code column} in the table, or -1. */
  int index(AmountColumn column) {
    return columnIndex[column.ordinal()];
  }

  /** The amounts of {@code column} per row, or null when the table lacks it. */
  WanYuan[] column(AmountColumn column) {
    return amounts[column.ordinal()];
  }

  /** The amount of row {@code i} in {@code column}, 0 when the table lacks it. */
  WanYuan amount(int i, AmountColumn column) {
    WanYuan[] a = amounts[column.ordinal()];
    return a == null ? WanYuan.ZERO : a[i];
  }

  /** The 合计 row's amount in {@code column}, 0 without that row or column. */
  WanYuan total(AmountColumn column) {
    return totals[column.ordinal()];
  }
}
