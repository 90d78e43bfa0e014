package org.yusuan.budget.table;

import java.util.Arrays;
import java.util.List;
import org.yusuan.budget.money.WanYuan;

/**
 * The amounts of a table's rows by column (金额网格; an empty cell reads 0), read from the cells once
 * when a table's row index is built: a rule reads {@code amount(row, column)} without a column
 * lookup or an unmodifiable-list hop per cell. Part of {@link FunctionRowIndex}, {@link
 * SummaryRowIndex} and {@link EconomicRowIndex}.
 *
 * <p>Immutable once built and thread-safe.
 */
public final class AmountGrid {
  private static final int COLUMNS = AmountColumn.values().length;

  private final int rows;
  /** By {@link AmountColumn#ordinal()}: the column's index in the table, or -1. */
  private final int[] columnIndex = new int[COLUMNS];
  /** By ordinal: the column's amounts per row, or null when the table lacks it. */
  private final WanYuan[][] amounts = new WanYuan[COLUMNS][];
  /** By ordinal: the column's cells per row (their printed precision), or null when the table lacks it. */
  private final AmountCell[][] cells = new AmountCell[COLUMNS][];
  /** By ordinal: the total row's amount, 0 without that row or column. */
  private final WanYuan[] totals = new WanYuan[COLUMNS];
  /** By ordinal: the total row's cell, empty without that row or column. */
  private final AmountCell[] totalCells = new AmountCell[COLUMNS];
  /** By position in the table: the column's ordinal. */
  private final int[] ordinals;

  /**
   * A grid of {@code rows} rows in {@code columns}; {@code totalRow} are the cells of the table's
   * total row, or null. The rows are filled by {@link #read} before the grid is published.
   */
  AmountGrid(List<AmountColumn> columns, int rows, List<AmountCell> totalRow) {
    this.rows = rows;
    Arrays.fill(columnIndex, -1);
    Arrays.fill(totals, WanYuan.ZERO);
    Arrays.fill(totalCells, AmountCell.empty());
    ordinals = new int[columns.size()];
    for (int c = 0; c < ordinals.length; c++) {
      int o = columns.get(c).ordinal();
      ordinals[c] = o;
      columnIndex[o] = c;
      amounts[o] = new WanYuan[rows];
      cells[o] = new AmountCell[rows];
      if (totalRow != null) {
        totalCells[o] = totalRow.get(c);
        totals[o] = totalCells[o].amountOrZero();
      }
    }
  }

  /** Reads the cells of row {@code row}. */
  void read(int row, List<AmountCell> rowCells) {
    for (int c = 0; c < ordinals.length; c++) {
      AmountCell cell = rowCells.get(c);
      cells[ordinals[c]][row] = cell;
      amounts[ordinals[c]][row] = cell.amountOrZero();
    }
  }

  /** {@return the number of rows; the valid row positions are {@code 0 … size() - 1}} */
  public int size() {
    return rows;
  }

  /**
   * {@return the index of {@code column} in the table's columns (printed order, from 0), or -1
   * when the table lacks it}
   *
   * @param column the column to look for
   */
  public int index(AmountColumn column) {
    return columnIndex[column.ordinal()];
  }

  /**
   * {@return whether the table has {@code column}}
   *
   * @param column the column asked about
   */
  public boolean has(AmountColumn column) {
    return amounts[column.ordinal()] != null;
  }

  /**
   * {@return the amount in 万元 of row {@code row} in {@code column}; 0 for an empty cell or a
   * column the table lacks}
   *
   * @param row the row's position in the grid, in printed order, {@code 0 ≤ row < size()}
   * @param column the column to read, whether or not the table has it
   * @throws IndexOutOfBoundsException if the table has {@code column} and {@code row} is out of
   *     range
   */
  public WanYuan amount(int row, AmountColumn column) {
    WanYuan[] a = amounts[column.ordinal()];
    return a == null ? WanYuan.ZERO : a[row];
  }

  /**
   * {@return the cell of row {@code row} in {@code column}, with its printed precision; the empty
   * cell for a column the table lacks}
   *
   * @param row the row's position in the grid, in printed order, {@code 0 ≤ row < size()}
   * @param column the column to read, whether or not the table has it
   * @throws IndexOutOfBoundsException if the table has {@code column} and {@code row} is out of
   *     range
   */
  public AmountCell cell(int row, AmountColumn column) {
    AmountCell[] a = cells[column.ordinal()];
    return a == null ? AmountCell.empty() : a[row];
  }

  /**
   * {@return the total row's cell in {@code column}; the empty cell without that row or column}
   *
   * @param column the column to read, whether or not the table has it
   */
  public AmountCell totalCell(AmountColumn column) {
    return totalCells[column.ordinal()];
  }

  /**
   * {@return the total row's amount in 万元 in {@code column}; 0 without that row or column or when
   * the cell is empty}
   *
   * @param column the column to read, whether or not the table has it
   */
  public WanYuan total(AmountColumn column) {
    return totals[column.ordinal()];
  }

  /**
   * {@return Σ of {@code column} over all rows, in 万元, exact (empty cells count 0); 0 when the
   * table lacks the column} The total row is not among the rows.
   *
   * @param column the column to add up
   * @throws ArithmeticException if the sum overflows a {@code long} of fen
   */
  public WanYuan sum(AmountColumn column) {
    WanYuan[] a = amounts[column.ordinal()];
    if (a == null) {
      return WanYuan.ZERO;
    }
    long fen = 0;
    for (WanYuan v : a) {
      fen = Math.addExact(fen, v.fen());
    }
    return WanYuan.ofFen(fen);
  }
}
