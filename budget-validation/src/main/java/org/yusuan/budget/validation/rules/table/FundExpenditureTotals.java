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

/**
 * T8.1 — 表八 行、层级与合计: 政府性基金预算支出表 per row 合计 = 基本支出 + 项目支出, rule H, and the
 * 合计 row = Σ 类.
 */
public final class FundExpenditureTotals extends BudgetRule {
  /**
   * Rule {@code T8.1}, 表八 行、层级与合计. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FundExpenditureTotals RULE = new FundExpenditureTotals();

  private FundExpenditureTotals() {
    super(TableDescriptors.of("T8.1", "表八 行、层级与合计", "Table 8 rows, hierarchy and total",
            "表八: per row 合计 = 基本支出 + 项目支出; rule H; the 合计 row = Σ 类."),
        Inputs.table(TableId.T8, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionRowIndex f = b.tablesById().functionTable(TableId.T8).orElseThrow().rowIndex();
    // Each part reports on its own: a missing column or 合计 row stops only its part.
    Checks.rowSums(ctx, f, TOTAL, BASIC, PROJECT);
    Checks.hierarchy(ctx, f, FunctionColumns.TOTAL_BASIC_PROJECT);
    Checks.classTotal(ctx, f, FunctionColumns.TOTAL_BASIC_PROJECT);
  }
}
