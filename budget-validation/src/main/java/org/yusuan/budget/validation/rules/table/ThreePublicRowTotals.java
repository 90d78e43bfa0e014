package org.yusuan.budget.validation.rules.table;

import static org.yusuan.budget.table.AmountColumn.GENERAL_BUDGET;
import static org.yusuan.budget.table.AmountColumn.GOVERNMENT_FUND;
import static org.yusuan.budget.table.AmountColumn.STATE_CAPITAL;
import static org.yusuan.budget.table.AmountColumn.TOTAL;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Checks;

/** T10.1 — 表十 合计 = Σ 资金: per 三公 row, 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算. */
public final class ThreePublicRowTotals extends BudgetRule {
  /**
   * Rule {@code T10.1}, 表十 合计 = Σ 资金. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ThreePublicRowTotals RULE = new ThreePublicRowTotals();

  private ThreePublicRowTotals() {
    super(TableDescriptors.of("T10.1", "表十 合计 = Σ 资金", "Table 10 row total = Σ funds",
            "表十, per row: 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算."),
        Inputs.table(TableId.T10, ThreePublicTable.class), Inputs.column(TableId.T10, TOTAL));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    ThreePublicTable t = b.tablesById().threePublicTable(TableId.T10).orElseThrow();
    Checks.rowSums(ctx, t, t.rows(), t.total().orElse(null), TOTAL, GENERAL_BUDGET, GOVERNMENT_FUND,
        STATE_CAPITAL);
  }
}
