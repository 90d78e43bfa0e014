package org.yusuan.budget.validation.rules.table;

import org.yusuan.budget.table.AmountColumn;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/** T1.1 — 表一 收入合计 = Σ 五项收入: the five income rows add up to 本年收入合计. */
public final class SummaryIncomeTotal extends BudgetRule {
  /**
   * Rule {@code T1.1}, 表一 收入合计 = Σ 五项收入. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final SummaryIncomeTotal RULE = new SummaryIncomeTotal();

  private SummaryIncomeTotal() {
    super(TableDescriptors.of("T1.1", "表一 收入合计 = Σ 五项收入", "Table 1 income total = Σ income rows",
            "表一: 一般公共预算 + 政府性基金预算 + 国有资本经营预算 + 财政专户管理资金 + 单位资金 = 本年收入合计."),
        Inputs.table(TableId.T1, SummaryTable.class),
        Inputs.column(TableId.T1, AmountColumn.CURRENT_YEAR), Inputs.column(TableId.T1, AmountColumn.CARRY_OVER));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable t = b.tablesById().summaryTable(TableId.T1).orElseThrow();
    SummaryChecks.incomeRowsSum(t, ctx);
  }
}
