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

  /** The first 款 row printed with the 部门经济科目 name {@code name} (spaces ignored), or -1. */
  public int section(String name) {
    for (int i = 0; i < size(); i++) {
      if (!isClass[i] && compactNames[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
