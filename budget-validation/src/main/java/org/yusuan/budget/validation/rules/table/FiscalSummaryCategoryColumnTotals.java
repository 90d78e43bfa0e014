package org.yusuan.budget.validation.rules.table;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/** T4.4 — 表四 Σ 类 = 本年支出合计: per column, the 类 rows add up to 本年支出合计. */
public final class FiscalSummaryCategoryColumnTotals extends BudgetRule {
  /**
   * Rule {@code T4.4}, 表四 Σ 类 = 本年支出合计. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FiscalSummaryCategoryColumnTotals RULE = new FiscalSummaryCategoryColumnTotals();

  private FiscalSummaryCategoryColumnTotals() {
    super(TableDescriptors.of("T4.4", "表四 Σ 类 = 本年支出合计", "Table 4 Σ categories = current-year expenditure total",
            "表四, per column: Σ of the 类 rows = 本年支出合计."),
        Inputs.table(TableId.T4, SummaryTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable t = b.tablesById().summaryTable(TableId.T4).orElseThrow();
    SummaryChecks.categoryColumns(t, ctx);
  }
}
