package org.yusuan.budget.table;

import java.util.List;
import java.util.Optional;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.money.WanYuan;

/**
 * The rows of 表六 (基本支出 by economic item) unwrapped once (经济分类行索引): class flags, names (as
 * printed and without spaces) and amounts ({@link AmountGrid}), so rules neither unwrap an {@code
 * Optional} nor strip spaces per row and per rule. Built lazily, once per table: {@link
 * EconomicTable#rowIndex()}. Lookups do not allocate.
 *
 * <p>Immutable and thread-safe.
 */
public final class EconomicRowIndex {
  private final TableId id;
  private final int size;
  private final EconomicRow[] rows;
  private final boolean[] isClass;
  private final String[] departmentNames;
  private final String[] compactNames;
  private final Optional<String>[] governmentNames;
  private final String[] keys;
  private final Optional<TotalRow> total;
  private final AmountGrid grid;

  EconomicRowIndex(EconomicTable t) {
    this.id = t.id();
    List<EconomicRow> list = t.rows();
    int n = list.size();
    this.size = n;
    this.rows = list.toArray(new EconomicRow[0]);
    this.isClass = new boolean[n];
    this.departmentNames = new String[n];
    this.compactNames = new String[n];
    this.keys = new String[n];
    this.total = t.total();
    this.grid = new AmountGrid(t.columns(), n, total.isPresent() ? total.get().cells() : null);
    @SuppressWarnings("unchecked")
    Optional<String>[] government = new Optional[n];
    for (int i = 0; i < n; i++) {
      EconomicRow r = rows[i];
      isClass[i] = r.level() == CodeLevel.CLASS;
      departmentNames[i] = r.departmentName();
      compactNames[i] = departmentNames[i].replace(" ", "");
      government[i] = r.governmentName();
      keys[i] = government[i].isPresent() ? departmentNames[i] + "|" + government[i].get() : departmentNames[i];
      grid.read(i, r.cells());
    }
    this.governmentNames = government;
  }

  /** The table's id, {@link TableId#T6}. */
  public TableId id() {
    return id;
  }

  /** The number of rows (the 合计 row not counted). */
  public int size() {
    return size;
  }

  /** Row {@code i}. */
  public EconomicRow row(int i) {
    return rows[i];
  }

  /** Whether row {@code i} is a class row ({@link CodeLevel#CLASS}), not a 款 row. */
  public boolean isClass(int i) {
    return isClass[i];
  }

  /** Row {@code i}'s 部门经济科目 name as printed. */
  public String departmentName(int i) {
    return departmentNames[i];
  }

  /** Row {@code i}'s 部门经济科目 name without spaces. */
  public String compactName(int i) {
    return compactNames[i];
  }

  /** Row {@code i}'s 政府经济科目 name as printed. */
  public Optional<String> governmentName(int i) {
    return governmentNames[i];
  }

  /**
   * Row {@code i}'s key, as findings name the row: the 部门经济科目 name, with {@code |} and the
   * 政府经济科目 name when printed.
   */
  public String key(int i) {
    return keys[i];
  }

  /** The printed 合计 row. */
  public Optional<TotalRow> totalRow() {
    return total;
  }

  /** The 合计 row's label, {@code 合计} when it is absent. */
  public String totalLabel() {
    return total.isPresent() ? total.get().label() : "合计";
  }

  /** The amounts by column; the grid's totals are the 合计 row's. */
  public AmountGrid amounts() {
    return grid;
  }

  /** Whether the table has {@code column}. */
  public boolean has(AmountColumn column) {
    return grid.has(column);
  }

  /** The amount of row {@code i} in {@code column}, 0 when empty or the table lacks the column. */
  public WanYuan amount(int i, AmountColumn column) {
    return grid.amount(i, column);
  }

  /** The 合计 row's amount in {@code column}, 0 without that row or column. */
  public WanYuan total(AmountColumn column) {
    return grid.total(column);
  }

  /** The first 款 row printed with the 部门经济科目 name {@code name} (spaces ignored), or -1. */
  public int section(String name) {
    for (int i = 0; i < size; i++) {
      if (!isClass[i] && compactNames[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
