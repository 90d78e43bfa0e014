package org.yusuan.budget.validation.rules.table;

import static org.yusuan.budget.table.AmountColumn.PERSONNEL;
import static org.yusuan.budget.table.AmountColumn.PUBLIC_EXPENSES;
import static org.yusuan.budget.table.AmountColumn.TOTAL;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.EconomicRowIndex;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Checks;

/** T6.1 — 表六 合计 = 人员经费 + 公用经费: per row of 一般公共预算基本支出表, and its 合计 row. */
public final class EconomicRowTotals extends BudgetRule {
  /**
   * Rule {@code T6.1}, 表六 合计 = 人员经费 + 公用经费. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final EconomicRowTotals RULE = new EconomicRowTotals();

  private EconomicRowTotals() {
    super(TableDescriptors.of("T6.1", "表六 合计 = 人员经费 + 公用经费", "Table 6 total = personnel + public expenses",
            "表六, per row: 合计 = 人员经费 + 公用经费."),
        Inputs.table(TableId.T6, EconomicTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    EconomicRowIndex f = b.tablesById().economicTable(TableId.T6).orElseThrow().rowIndex();
    String tid = f.id().value();
    if (f.totalRow().isPresent()) {
      String label = f.totalLabel();
      ctx.total(tid, label, TOTAL.chineseName(), f.totalCell(TOTAL))
          .plus(label, PERSONNEL.chineseName(), f.totalCell(PERSONNEL))
          .plus(label, PUBLIC_EXPENSES.chineseName(), f.totalCell(PUBLIC_EXPENSES)).verify();
    }
    for (int i = 0; i < f.size(); i++) {
      if (f.amount(i, TOTAL).fen()
          == Checks.plus(Checks.plus(0, f.amount(i, PERSONNEL)), f.amount(i, PUBLIC_EXPENSES))) {
        continue;
      }
      Object k = f.key(i);
      ctx.total(tid, k, TOTAL.chineseName(), f.cell(i, TOTAL))
          .plus(k, PERSONNEL.chineseName(), f.cell(i, PERSONNEL))
          .plus(k, PUBLIC_EXPENSES.chineseName(), f.cell(i, PUBLIC_EXPENSES)).verify();
    }
  }
}
