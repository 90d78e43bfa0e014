package org.yusuan.budget.validation.rules;

import java.util.List;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.validation.RuleContext;

/**
 * The rows of 表六 (基本支出 by economic item) unwrapped once per validation call and shared by the
 * T6, X, N and S rules ({@link RuleContext#shared}): names, levels and amounts as plain arrays, so
 * the rules neither unwrap an {@code Optional} nor strip spaces per row and per rule.
 */
final class EconomicFacts {
  /** The table id, {@code T6}. */
  final String tid;
  /** The number of rows. */
  final int size;
  final EconomicRow[] rows;
  /** Whether each row is a class row ({@link CodeLevel#CLASS}). */
  final boolean[] isClass;
  /** The 部门经济科目 name of each row as printed. */
  final String[] departmentNames;
  /** The 部门经济科目 name of each row without spaces. */
  final String[] compactNames;
  /** The 政府经济科目 name of each row as printed, or null. */
  final String[] governmentNames;
  /** The key of each row for an amount check ({@link TableRules#rowKey(EconomicRow)}). */
  final Object[] rowKeys;
  /** The 合计 row, or null. */
  final TotalRow total;
  /** The amounts by column. */
  final AmountGrid grid;

  private EconomicFacts(EconomicTable t) {
    this.tid = t.id().value();
    List<EconomicRow> list = t.rows();
    int n = list.size();
    this.size = n;
    this.rows = list.toArray(new EconomicRow[0]);
    this.isClass = new boolean[n];
    this.departmentNames = new String[n];
    this.compactNames = new String[n];
    this.governmentNames = new String[n];
    this.rowKeys = new Object[n];
    this.total = t.total().orElse(null);
    this.grid = new AmountGrid(t.columns(), n, total == null ? null : total.cells());
    for (int i = 0; i < n; i++) {
      EconomicRow r = rows[i];
      isClass[i] = r.level() == CodeLevel.CLASS;
      departmentNames[i] = r.departmentName();
      compactNames[i] = departmentNames[i].replace(" ", "");
      governmentNames[i] = r.governmentName().orElse(null);
      rowKeys[i] = TableRules.rowKey(r, governmentNames[i]);
      grid.read(i, r.cells());
    }
  }

  /** The facts of 表六, built on first use in this validation. */
  static EconomicFacts of(RuleContext ctx, EconomicTable t) {
    return ctx.shared(t, t, EconomicFacts::new);
  }

  /** The amount of row {@code i} in {@code column}, 0 when the table lacks it. */
  WanYuan amount(int i, AmountColumn column) {
    return grid.amount(i, column);
  }

  /** The 合计 row's amount in {@code column}, 0 without that row or column. */
  WanYuan total(AmountColumn column) {
    return grid.total(column);
  }

  /** The first 款 row printed with the department name {@code name} (spaces ignored), or -1. */
  int section(String name) {
    for (int i = 0; i < size; i++) {
      if (!isClass[i] && compactNames[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
