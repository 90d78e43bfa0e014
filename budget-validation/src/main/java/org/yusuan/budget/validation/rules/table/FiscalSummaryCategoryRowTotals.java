package org.yusuan.budget.validation.rules.table;

import static org.yusuan.budget.table.AmountColumn.GENERAL_BUDGET;
import static org.yusuan.budget.table.AmountColumn.GOVERNMENT_FUND;
import static org.yusuan.budget.table.AmountColumn.STATE_CAPITAL;
import static org.yusuan.budget.table.AmountColumn.TOTAL;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/** T4.3 — 表四 类 小计 = Σ 资金: per 类 row, 小计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算. */
public final class FiscalSummaryCategoryRowTotals extends BudgetRule {
  /**
   * Rule {@code T4.3}, 表四 类 小计 = Σ 资金. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FiscalSummaryCategoryRowTotals RULE = new FiscalSummaryCategoryRowTotals();

  private FiscalSummaryCategoryRowTotals() {
    super(TableDescriptors.of("T4.3", "表四 类 小计 = Σ 资金", "Table 4 category subtotal = Σ funds",
            "表四, per 类 row: 小计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算."),
        Inputs.table(TableId.T4, SummaryTable.class), Inputs.column(TableId.T4, TOTAL));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable t = b.tablesById().summaryTable(TableId.T4).orElseThrow();
    SummaryChecks.categoryRowSums(t, ctx, TOTAL, GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL);
  }
}
