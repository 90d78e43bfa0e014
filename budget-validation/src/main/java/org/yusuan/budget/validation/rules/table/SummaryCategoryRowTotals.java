package org.yusuan.budget.validation.rules.table;

import org.yusuan.budget.table.AmountColumn;

import static org.yusuan.budget.table.AmountColumn.CARRY_OVER;
import static org.yusuan.budget.table.AmountColumn.CURRENT_YEAR;
import static org.yusuan.budget.table.AmountColumn.TOTAL;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/** T1.3 — 表一 类 合计 = 当年 + 结转: per 类 row, 合计 = 当年预算安排 + 上年结转安排. */
public final class SummaryCategoryRowTotals extends BudgetRule {
  /**
   * Rule {@code T1.3}, 表一 类 合计 = 当年 + 结转. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final SummaryCategoryRowTotals RULE = new SummaryCategoryRowTotals();

  private SummaryCategoryRowTotals() {
    super(TableDescriptors.of("T1.3", "表一 类 合计 = 当年 + 结转", "Table 1 category total = current year + carry-over",
            "表一, per 类 row: 合计 = 当年预算安排 + 上年结转安排."),
        Inputs.table(TableId.T1, SummaryTable.class), Inputs.column(TableId.T1, TOTAL),
        Inputs.column(TableId.T1, AmountColumn.CURRENT_YEAR), Inputs.column(TableId.T1, AmountColumn.CARRY_OVER));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable t = b.tablesById().summaryTable(TableId.T1).orElseThrow();
    SummaryChecks.categoryRowSums(t, ctx, TOTAL, CURRENT_YEAR, CARRY_OVER);
  }
}
