package org.yusuan.budget.table;

import java.util.List;
import java.util.Optional;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.text.WhiteSpace;

/**
 * The rows of 表六 (基本支出 by economic item) unwrapped once (经济分类行索引): class flags, names (as
 * printed and without spaces) and amounts ({@link AmountGrid}), so rules neither unwrap an {@code
 * Optional} nor strip spaces per row and per rule. Built lazily, once per table: {@link
 * EconomicTable#rowIndex()}. Lookups do not allocate.
 *
 * <p>Immutable and thread-safe.
 */
public final class EconomicRowIndex extends RowIndex<EconomicRow> {
  private final boolean[] isClass;
  private final String[] departmentNames;
  private final String[] compactNames;
  private final Optional<String>[] governmentNames;

  EconomicRowIndex(EconomicTable t) {
    // A row's key: the 部门经济科目 name, with | and the 政府经济科目 name when printed.
    super(t.id(), t.columns(), t.rows(), t.total(),
        r -> r.governmentName().isPresent() ? r.departmentName() + "|" + r.governmentName().get() : r.departmentName());
    List<EconomicRow> list = t.rows();
    int n = list.size();
    this.isClass = new boolean[n];
    this.departmentNames = new String[n];
    this.compactNames = new String[n];
    @SuppressWarnings("unchecked")
    Optional<String>[] government = new Optional[n];
    for (int i = 0; i < n; i++) {
      EconomicRow r = list.get(i);
      isClass[i] = r.level() == CodeLevel.CLASS;
      departmentNames[i] = r.departmentName();
      compactNames[i] = WhiteSpace.removeAll(departmentNames[i]);
      government[i] = r.governmentName();
    }
    this.governmentNames = government;
  }

  /**
   * {@return whether row {@code i} is a class row ({@link CodeLevel#CLASS}, e.g. {@code
   * 工资福利支出}), not a 款 row}
   *
   * @param i the row's number, in printed order, {@code 0 ≤ i < size()}
   * @throws IndexOutOfBoundsException if {@code i} is outside that range
   */
  public boolean isClass(int i) {
    return isClass[i];
  }

  /**
   * {@return row {@code i}'s 部门经济科目 name as printed, spaces kept}
   *
   * @param i the row's number, in printed order, {@code 0 ≤ i < size()}
   * @throws IndexOutOfBoundsException if {@code i} is outside that range
   */
  public String departmentName(int i) {
    return departmentNames[i];
  }

  /**
   * {@return row {@code i}'s 部门经济科目 name with all white space removed ({@code 基 本 工 资} →
   * {@code 基本工资})}
   *
   * @param i the row's number, in printed order, {@code 0 ≤ i < size()}
   * @throws IndexOutOfBoundsException if {@code i} is outside that range
   */
  public String compactName(int i) {
    return compactNames[i];
  }

  /**
   * {@return row {@code i}'s 政府经济科目 name as printed; empty when the cell is empty, as on a
   * class row}
   *
   * @param i the row's number, in printed order, {@code 0 ≤ i < size()}
   * @throws IndexOutOfBoundsException if {@code i} is outside that range
   */
  public Optional<String> governmentName(int i) {
    return governmentNames[i];
  }

  /**
   * {@return the number of the first 款 row printed with the 部门经济科目 name {@code name}, or -1
   * when there is none} Class rows are not searched.
   *
   * @param name the name without spaces ({@code 基本工资}), compared with {@link #compactName(int)}
   */
  public int section(String name) {
    for (int i = 0; i < size(); i++) {
      if (!isClass[i] && compactNames[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
