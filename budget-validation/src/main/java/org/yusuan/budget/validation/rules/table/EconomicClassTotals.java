package org.yusuan.budget.validation.rules.table;

import java.util.List;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.EconomicRowIndex;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Checks;

/** T6.2 — 表六 类 = Σ款，合计 = Σ类: every column, a class row = Σ its 款 rows; the 合计 row = Σ classes. */
public final class EconomicClassTotals extends BudgetRule {
  /**
   * Rule {@code T6.2}, 表六 类 = Σ款，合计 = Σ类. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final EconomicClassTotals RULE = new EconomicClassTotals();

  private EconomicClassTotals() {
    super(TableDescriptors.of("T6.2", "表六 类 = Σ款，合计 = Σ类", "Table 6 class = Σ items, total = Σ classes",
            "表六, every column: a class row = Σ of its 款 rows; the 合计 row = Σ of the class rows."),
        Inputs.table(TableId.T6, EconomicTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    EconomicTable t = b.tablesById().economicTable(TableId.T6).orElseThrow();
    EconomicRowIndex f = t.rowIndex();
    String tid = f.id().value();
    int n = f.size();
    List<AmountColumn> cols = t.columns();
    for (int i = 0; i < n; i++) {
      if (!f.isClass(i)) {
        continue;
      }
      int end = i + 1;
      while (end < n && !f.isClass(end)) {
        end++;
      }
      if (end == i + 1) {
        continue;
      }
      for (int ci = 0; ci < cols.size(); ci++) {
        AmountColumn column = cols.get(ci);
        String colName = column.chineseName();
        long sum = 0;
        for (int j = i + 1; j < end; j++) {
          sum = Checks.plus(sum, f.amount(j, column));
        }
        if (sum == f.amount(i, column).fen()) {
          continue;
        }
        SumCheck c = ctx.total(tid, f.key(i), colName, f.cell(i, column));
        for (int j = i + 1; j < end; j++) {
          c.plus(f.key(j), colName, f.cell(j, column));
        }
        c.verify();
      }
    }
    if (f.totalRow().isEmpty()) {
      return;
    }
    String label = f.totalLabel();
    for (int ci = 0; ci < cols.size(); ci++) {
      AmountColumn column = cols.get(ci);
      String colName = column.chineseName();
      long sum = 0;
      for (int i = 0; i < n; i++) {
        if (f.isClass(i)) {
          sum = Checks.plus(sum, f.amount(i, column));
        }
      }
      if (sum == f.total(column).fen()) {
        continue;
      }
      SumCheck c = ctx.total(tid, label, colName, f.totalCell(column));
      for (int i = 0; i < n; i++) {
        if (f.isClass(i)) {
          c.plus(f.key(i), colName, f.cell(i, column));
        }
      }
      c.verify();
    }
  }
}
