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

  /** The table's id, e.g. {@link TableId#T2}. */
  public final TableId id() {
    return id;
  }

  /** The number of rows (the 合计 row not counted). */
  public final int size() {
    return rows.length;
  }

  /** Row {@code i}. */
  @SuppressWarnings("unchecked")
  public final R row(int i) {
    return (R) rows[i];
  }

  /** Row {@code i}'s key, as findings name the row. */
  public final String key(int i) {
    return keys[i];
  }

  /** The printed 合计 row. */
  public final Optional<TotalRow> totalRow() {
    return total;
  }

  /** The 合计 row's label, {@code 合计} when it is absent. */
  public final String totalLabel() {
    return total.isPresent() ? total.get().label() : "合计";
  }

  /** The amounts by column; the grid's totals are the 合计 row's. */
  public final AmountGrid amounts() {
    return grid;
  }

  /** Whether the table has {@code column}. */
  public final boolean has(AmountColumn column) {
    return grid.has(column);
  }

  /** The index of {@code column} in the table, or -1. */
  public final int index(AmountColumn column) {
    return grid.index(column);
  }

  /** The amount of row {@code i} in {@code column}, 0 when empty or the table lacks the column. */
  public final WanYuan amount(int i, AmountColumn column) {
    return grid.amount(i, column);
  }

  /** The cell of row {@code i} in {@code column} (its amount and printed precision); empty when the table lacks the column. */
  public final AmountCell cell(int i, AmountColumn column) {
    return grid.cell(i, column);
  }

  /** The 合计 row's cell in {@code column}; empty without that row or column. */
  public final AmountCell totalCell(AmountColumn column) {
    return grid.totalCell(column);
  }

  /** The 合计 row's amount in {@code column}, 0 without that row or column. */
  public final WanYuan total(AmountColumn column) {
    return grid.total(column);
  }
}
