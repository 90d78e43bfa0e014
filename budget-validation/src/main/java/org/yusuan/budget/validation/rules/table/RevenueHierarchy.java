package org.yusuan.budget.validation.rules.table;

import static org.yusuan.budget.validation.rules.support.Budgets.cell;

import java.util.List;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.RevenueRow;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.rules.support.Checks;
import org.yusuan.budget.validation.rules.support.RowKeys;

/** The 收入分类 rows of 表七 and 表九 (收入科目层级): the total = Σ 类 rows; rule H on revenue codes. */
final class RevenueHierarchy {
  private RevenueHierarchy() {}

  /** Revenue rows: total = Σ 类 rows; H on revenue codes. */
  static void check(RuleContext ctx, BudgetTable t, List<AmountColumn> cols, TotalRow total,
      List<RevenueRow> rows) {
    String tid = t.id().value();
    // Codes and keys unwrapped once, not per column and per parent.
    int n = rows.size();
    RevenueRow[] rs = rows.toArray(new RevenueRow[0]);
    String[] codes = new String[n];
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      codes[i] = RowKeys.code(rs[i]);
      keys[i] = RowKeys.key(rs[i]);
    }
    for (int ci = 0; ci < cols.size(); ci++) {
      String colName = cols.get(ci).chineseName();
      if (total != null) {
        SumCheck c = ctx.total(tid, total.label(), colName, cell(total, ci));
        for (int i = 0; i < n; i++) {
          if (codes[i] != null && codes[i].length() == 3) {
            c.plus(keys[i], colName, cell(rs[i], ci));
          }
        }
        c.verify();
      }
      for (int p = 0; p < n; p++) {
        String pv = codes[p];
        if (pv == null) {
          continue;
        }
        SumCheck c = null;
        for (int i = 0; i < n; i++) {
          if (codes[i] != null && Checks.isChild(pv, codes[i])) {
            if (c == null) {
              // Started lazily: a leaf has no identity to check.
              c = ctx.total(tid, keys[p], colName, cell(rs[p], ci));
            }
            c.plus(keys[i], colName, cell(rs[i], ci));
          }
        }
        if (c != null) {
          c.verify();
        }
      }
    }
  }
}
