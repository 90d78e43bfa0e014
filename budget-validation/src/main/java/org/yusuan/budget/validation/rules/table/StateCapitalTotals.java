package org.yusuan.budget.validation.rules.table;

import static org.yusuan.budget.table.AmountColumn.BASIC;
import static org.yusuan.budget.table.AmountColumn.PROJECT;
import static org.yusuan.budget.table.AmountColumn.TOTAL;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.StateCapitalTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Checks;

/**
 * T9.1 — 表九 收入与支出: 国有资本经营预算收支预算表's income by code hierarchy, its expenditure per row
 * 合计 = 基本支出 + 项目支出, rule H and 合计 = Σ 类.
 */
public final class StateCapitalTotals extends BudgetRule {
  /**
   * Rule {@code T9.1}, 表九 收入与支出. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final StateCapitalTotals RULE = new StateCapitalTotals();

  private StateCapitalTotals() {
    super(TableDescriptors.of("T9.1", "表九 收入与支出", "Table 9 income and expenditure",
            "表九: income 合计 = Σ 收入 rows (by code hierarchy); expenditure per row 合计 = 基本支出 + 项目支出, rule H,"
                + " 合计 = Σ 类."),
        Inputs.table(TableId.T9, StateCapitalTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    StateCapitalTable t = b.tablesById().stateCapitalTable(TableId.T9).orElseThrow();
    RevenueHierarchy.check(ctx, t, t.revenueColumns(), t.revenueTotal().orElse(null), t.revenueRows());
    FunctionRowIndex f = t.expenditureIndex();
    Checks.rowSums(ctx, f, TOTAL, BASIC, PROJECT);
    Checks.hierarchy(ctx, f, FunctionColumns.TOTAL_BASIC_PROJECT);
    if (f.totalRow().isPresent()) {
      Checks.classTotal(ctx, f, FunctionColumns.TOTAL_BASIC_PROJECT);
    }
  }
}
