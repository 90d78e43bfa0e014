package org.yusuan.budget.validation.rules.table;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * T4.1 — 表四 收入合计与总计: Σ income rows = 本年收入合计; 本年收入合计 + 上年财政拨款结转 = 收入总计 =
 * 支出总计.
 */
public final class FiscalSummaryIncomeTotals extends BudgetRule {
  /**
   * Rule {@code T4.1}, 表四 收入合计与总计. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FiscalSummaryIncomeTotals RULE = new FiscalSummaryIncomeTotals();

  private FiscalSummaryIncomeTotals() {
    super(TableDescriptors.of("T4.1", "表四 收入合计与总计", "Table 4 income totals",
            "表四: Σ income rows = 本年收入合计; 本年收入合计 + 上年财政拨款结转 = 收入总计 = 支出总计 (小计)."),
        Inputs.table(TableId.T4, SummaryTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable t = b.tablesById().summaryTable(TableId.T4).orElseThrow();
    SummaryChecks.incomeRowsSum(t, ctx);
    SummaryChecks.grandTotals(t, ctx);
  }
}
