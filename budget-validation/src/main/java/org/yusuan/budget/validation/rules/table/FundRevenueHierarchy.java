package org.yusuan.budget.validation.rules.table;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * T7.1 — 表七 合计 = 类 = 款 = Σ项: 政府性基金预算收入表's 合计 row = Σ 类 rows, and each revenue code
 * row = Σ its child code rows.
 */
public final class FundRevenueHierarchy extends BudgetRule {
  /**
   * Rule {@code T7.1}, 表七 合计 = 类 = 款 = Σ项. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FundRevenueHierarchy RULE = new FundRevenueHierarchy();

  private FundRevenueHierarchy() {
    super(TableDescriptors.of("T7.1", "表七 合计 = 类 = 款 = Σ项", "Table 7 total = class = section = Σ items",
            "表七: the 合计 row = Σ 类 rows (103); each revenue code row = Σ of its child code rows (10301 = Σ 10301xx)."),
        Inputs.table(TableId.T7, RevenueTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    RevenueTable t = b.tablesById().revenueTable(TableId.T7).orElseThrow();
    RevenueHierarchy.check(ctx, t, t.columns(), t.total().orElse(null), t.rows());
  }
}
