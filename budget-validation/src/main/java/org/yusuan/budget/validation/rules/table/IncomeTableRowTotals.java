package org.yusuan.budget.validation.rules.table;

import static org.yusuan.budget.table.AmountColumn.CURRENT_YEAR;
import static org.yusuan.budget.table.AmountColumn.GENERAL_BUDGET;
import static org.yusuan.budget.table.AmountColumn.GOVERNMENT_FUND;
import static org.yusuan.budget.table.AmountColumn.SPECIAL_ACCOUNT;
import static org.yusuan.budget.table.AmountColumn.STATE_CAPITAL;
import static org.yusuan.budget.table.AmountColumn.UNIT_FUNDS;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Checks;

/**
 * T2.1 — 表二 本年合计 = Σ 资金来源: per row of 预算收入总表, 本年收入合计 = the sum of its five
 * sources.
 */
public final class IncomeTableRowTotals extends BudgetRule {
  /**
   * Rule {@code T2.1}, 表二 本年合计 = Σ 资金来源. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final IncomeTableRowTotals RULE = new IncomeTableRowTotals();

  private IncomeTableRowTotals() {
    super(TableDescriptors.of("T2.1", "表二 本年合计 = Σ 资金来源", "Table 2 current-year total = Σ sources",
            "表二, per row: 本年收入合计 = 一般公共预算 + 政府性基金 + 国有资本经营预算 + 财政专户管理资金 + 单位资金."),
        Inputs.table(TableId.T2, FunctionTable.class), Inputs.column(TableId.T2, CURRENT_YEAR));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionRowIndex f = b.tablesById().functionTable(TableId.T2).orElseThrow().rowIndex();
    Checks.rowSums(ctx, f, CURRENT_YEAR, GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL, SPECIAL_ACCOUNT, UNIT_FUNDS);
  }
}
