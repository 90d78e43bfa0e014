package org.yusuan.budget.table;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.yusuan.budget.money.WanYuan;

/**
 * What every row index of a table holds (行索引): the rows in printed order, each row's key as findings
 * name it, the printed 合计 row and the amounts by column ({@link AmountGrid}). Rows are numbered
 * {@code 0 … size() - 1}; lookups do not allocate. Immutable and thread-safe.
 *
 * @param <R> the row type
 */
public abstract class RowIndex<R extends AmountRow> {
  private final TableId id;
  private final Object[] rows;
  private final String[] keys;
  private final Optional<TotalRow> total;
  private final AmountGrid grid;

  RowIndex(TableId id, List<AmountColumn> columns, List<R> rowList, Optional<TotalRow> total,
      Function<? super R, String> key) {
    this.id = id;
    this.total = total;
    int n = rowList.size();
    this.rows = rowList.toArray();
    this.keys = new String[n];
    this.grid = new AmountGrid(columns, n, total.isPresent() ? total.get().cells() : null);
    for (int i = 0; i < n; i++) {
      R r = rowList.get(i);
      keys[i] = key.apply(r);
      grid.read(i, r.cells());
    }
  }

  /** {@return the table's id, e.g. {@link TableId#T2}} */
  public final TableId id() {
    return id;
  }

  /**
   * {@return the number of rows, the 合计 row not counted; rows are numbered {@code 0 … size() - 1}}
   */
  public final int size() {
    return rows.length;
  }

  /**
   * {@return row {@code i}, as read}
   *
   * @param i the row's number, in printed order, {@code 0 ≤ i < size()}
   * @throws IndexOutOfBoundsException if {@code i} is outside that range
   */
  @SuppressWarnings("unchecked")
  public final R row(int i) {
    return (R) rows[i];
  }

  /**
   * {@return row {@code i}'s key, as findings name the row: a 功能分类 row's printed code, else its
   * printed name; a 表六 row's {@code 部门经济科目名称|政府经济科目名称}, or the first alone}
   *
   * @param i the row's number, in printed order, {@code 0 ≤ i < size()}
   * @throws IndexOutOfBoundsException if {@code i} is outside that range
   */
  public final String key(int i) {
    return keys[i];
  }

  /** {@return the printed 合计 row; empty when the table prints none} */
  public final Optional<TotalRow> totalRow() {
    return total;
  }

  /** {@return the 合计 row's label as printed, {@code 合计} when the row is absent} */
  public final String totalLabel() {
    return total.isPresent() ? total.get().label() : "合计";
  }

  /** {@return the rows' amounts by column; the grid's totals are the 合计 row's} */
  public final AmountGrid amounts() {
    return grid;
  }

  /**
   * {@return whether the table has {@code column}}
   *
   * @param column the column asked about
   */
  public final boolean has(AmountColumn column) {
    return grid.has(column);
  }

  /**
   * {@return the index of {@code column} among the table's columns (printed order, from 0), or -1
   * when the table lacks it}
   *
   * @param column the column to look for
   */
  public final int index(AmountColumn column) {
    return grid.index(column);
  }

  /**
   * {@return the amount in 万元 of row {@code i} in {@code column}; 0 when the cell is empty or the
   * table lacks the column}
   *
   * @param i the row's number, in printed order, {@code 0 ≤ i < size()}
   * @param column the column to read, whether or not the table has it
   * @throws IndexOutOfBoundsException if the table has {@code column} and {@code i} is out of range
   */
  public final WanYuan amount(int i, AmountColumn column) {
    return grid.amount(i, column);
  }

  /**
   * {@return the cell of row {@code i} in {@code column} (its amount and printed precision); the
   * empty cell when the table lacks the column}
   *
   * @param i the row's number, in printed order, {@code 0 ≤ i < size()}
   * @param column the column to read, whether or not the table has it
   * @throws IndexOutOfBoundsException if the table has {@code column} and {@code i} is out of range
   */
  public final AmountCell cell(int i, AmountColumn column) {
    return grid.cell(i, column);
  }

  /**
   * {@return the 合计 row's cell in {@code column}; the empty cell without that row or column}
   *
   * @param column the column to read, whether or not the table has it
   */
  public final AmountCell totalCell(AmountColumn column) {
    return grid.totalCell(column);
  }

  /**
   * {@return the 合计 row's amount in 万元 in {@code column}; 0 without that row or column or when
   * the cell is empty}
   *
   * @param column the column to read, whether or not the table has it
   */
  public final WanYuan total(AmountColumn column) {
    return grid.total(column);
  }
}
