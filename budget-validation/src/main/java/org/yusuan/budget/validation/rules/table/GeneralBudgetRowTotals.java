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

/** T5.1 — 表五 合计 = 基本 + 项目: per row of 一般公共预算支出预算表, 合计 = 基本支出 + 项目支出. */
public final class GeneralBudgetRowTotals extends BudgetRule {
  /**
   * Rule {@code T5.1}, 表五 合计 = 基本 + 项目. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final GeneralBudgetRowTotals RULE = new GeneralBudgetRowTotals();

  private GeneralBudgetRowTotals() {
    super(TableDescriptors.of("T5.1", "表五 合计 = 基本 + 项目", "Table 5 total = basic + project",
            "表五, per row: 合计 = 基本支出 + 项目支出."),
        Inputs.table(TableId.T5, FunctionTable.class), Inputs.column(TableId.T5, TOTAL));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionRowIndex f = b.tablesById().functionTable(TableId.T5).orElseThrow().rowIndex();
    Checks.rowSums(ctx, f, TOTAL, BASIC, PROJECT);
  }
}
