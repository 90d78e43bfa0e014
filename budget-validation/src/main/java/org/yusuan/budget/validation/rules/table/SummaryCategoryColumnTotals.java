package org.yusuan.budget.validation.rules.table;

import org.yusuan.budget.table.AmountColumn;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/** T1.4 — 表一 Σ 类 = 本年支出合计: per expenditure column, the 类 rows add up to 本年支出合计. */
public final class SummaryCategoryColumnTotals extends BudgetRule {
  /**
   * Rule {@code T1.4}, 表一 Σ 类 = 本年支出合计. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final SummaryCategoryColumnTotals RULE = new SummaryCategoryColumnTotals();

  private SummaryCategoryColumnTotals() {
    super(TableDescriptors.of("T1.4", "表一 Σ 类 = 本年支出合计", "Table 1 Σ categories = current-year expenditure total",
            "表一, per expenditure column: Σ of the 类 rows = 本年支出合计."),
        Inputs.table(TableId.T1, SummaryTable.class),
        Inputs.column(TableId.T1, AmountColumn.CURRENT_YEAR), Inputs.column(TableId.T1, AmountColumn.CARRY_OVER));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable t = b.tablesById().summaryTable(TableId.T1).orElseThrow();
    SummaryChecks.categoryColumns(t, ctx);
  }
}
