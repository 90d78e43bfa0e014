package org.yusuan.budget.validation.rules.table;

import static org.yusuan.budget.table.AmountColumn.BASIC;
import static org.yusuan.budget.table.AmountColumn.PROJECT;
import static org.yusuan.budget.table.AmountColumn.TOTAL;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Checks;

/** T3.1 — 表三 合计 = 基本 + 项目: per row of 预算支出总表, 合计 = 基本支出 + 项目支出. */
public final class ExpenditureTableRowTotals extends BudgetRule {
  /**
   * Rule {@code T3.1}, 表三 合计 = 基本 + 项目. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ExpenditureTableRowTotals RULE = new ExpenditureTableRowTotals();

  private ExpenditureTableRowTotals() {
    super(TableDescriptors.of("T3.1", "表三 合计 = 基本 + 项目", "Table 3 total = basic + project",
            "表三, per row: 合计 = 基本支出 + 项目支出."),
        Inputs.table(TableId.T3, FunctionTable.class), Inputs.column(TableId.T3, TOTAL));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionRowIndex f = b.tablesById().functionTable(TableId.T3).orElseThrow().rowIndex();
    Checks.rowSums(ctx, f, TOTAL, BASIC, PROJECT);
  }
}
