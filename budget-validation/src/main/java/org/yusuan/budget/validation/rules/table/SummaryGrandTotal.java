package org.yusuan.budget.validation.rules.table;

import org.yusuan.budget.table.AmountColumn;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/** T1.2 — 表一 收入总计 = 本年收入合计 + 上年结转, and 收入总计 = 支出总计. */
public final class SummaryGrandTotal extends BudgetRule {
  /**
   * Rule {@code T1.2}, 表一 收入总计 = 本年收入合计 + 上年结转. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final SummaryGrandTotal RULE = new SummaryGrandTotal();

  private SummaryGrandTotal() {
    super(TableDescriptors.of("T1.2", "表一 收入总计 = 本年收入合计 + 上年结转",
            "Table 1 grand total = current-year income + carry-over",
            "表一: 本年收入合计 + 上年结转 = 收入总计, and 收入总计 = 支出总计 (合计)."),
        Inputs.table(TableId.T1, SummaryTable.class),
        Inputs.column(TableId.T1, AmountColumn.CURRENT_YEAR), Inputs.column(TableId.T1, AmountColumn.CARRY_OVER));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable t = b.tablesById().summaryTable(TableId.T1).orElseThrow();
    SummaryChecks.grandTotals(t, ctx);
  }
}
