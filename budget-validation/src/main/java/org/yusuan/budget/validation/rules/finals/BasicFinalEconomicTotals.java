package org.yusuan.budget.validation.rules.finals;

import static org.yusuan.budget.table.AmountColumn.BASIC;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.EconomicRowIndex;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Checks;

/**
 * J18 — F6 类 = Σ款，人员经费 + 公用经费 = F5 基本支出: in 一般公共预算财政拨款基本支出决算表 each class row is
 * the sum of its 款, a printed 合计 the sum of the classes, and the classes together (人员经费 = 301 + 303,
 * 公用经费 = 302 + 310 + …) are F5's 基本支出 合计. The printed 人员经费合计 / 公用经费合计 footer has no place in
 * the model: the rule adds the class rows.
 */
public final class BasicFinalEconomicTotals extends BudgetRule {
  /**
   * Rule {@code J18}, 基本支出决算表 类 = Σ款，人员 + 公用 = 基本支出. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final BasicFinalEconomicTotals RULE = new BasicFinalEconomicTotals();

  private BasicFinalEconomicTotals() {
    super(FinalDescriptors.of("J18", "基本支出决算表 类 = Σ款，人员 + 公用 = 基本支出", "Final basic expenditure by economic item",
            "F6, every column: a class row = Σ its 款 rows, a printed 合计 = Σ classes; Σ classes (人员经费 + 公用经费)"
                + " = F5 合计 基本支出 when F5 is printed with data."),
        Inputs.table(TableId.F6, EconomicTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    EconomicTable t = b.tablesById().economicTable(TableId.F6).orElseThrow();
    EconomicRowIndex f = t.rowIndex();
    int n = f.size();
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
      for (AmountColumn c : t.columns()) {
        String col = c.chineseName();
        SumCheck s = ctx.total("F6", f.key(i), col, f.cell(i, c));
        for (int j = i + 1; j < end; j++) {
          s.plus(f.key(j), col, f.cell(j, c));
        }
        s.verify();
      }
    }
    AmountColumn first = t.columns().get(0);
    if (f.totalRow().isPresent()) {
      for (AmountColumn c : t.columns()) {
        SumCheck s = ctx.total("F6", f.totalLabel(), c.chineseName(), f.totalCell(c));
        for (int i = 0; i < n; i++) {
          if (f.isClass(i)) {
            s.plus(f.key(i), c.chineseName(), f.cell(i, c));
          }
        }
        s.verify();
      }
    }
    FunctionTable t5 = b.tablesById().functionTable(TableId.F5).orElse(null);
    if (t5 == null || t5.declaredEmpty() || t5.rowsNotRead() > 0 || !t5.hasColumn(BASIC)) {
      return;
    }
    FunctionRowIndex f5 = t5.rowIndex();
    if (f5.totalRow().isEmpty()) {
      return;
    }
    long sum = 0;
    for (int i = 0; i < n; i++) {
      if (f.isClass(i)) {
        sum = Checks.plus(sum, f.amount(i, first));
      }
    }
    if (sum == f5.total(BASIC).fen()) {
      return;
    }
    SumCheck s = ctx.total("F5", f5.totalLabel(), BASIC.chineseName(), f5.totalCell(BASIC));
    for (int i = 0; i < n; i++) {
      if (f.isClass(i)) {
        s.plus("F6", f.key(i), first.chineseName(), f.cell(i, first));
      }
    }
    s.verify();
  }
}
