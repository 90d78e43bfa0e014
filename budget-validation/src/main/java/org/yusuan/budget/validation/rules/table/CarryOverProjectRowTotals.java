package org.yusuan.budget.validation.rules.table;

import static org.yusuan.budget.table.AmountColumn.TOTAL;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * T13.1 — 表十三 合计 = Σ 资金: per row of 项目支出预算表（上年结转）, 合计 = 一般公共预算 + 政府性基金预算 +
 * 国有资本经营预算.
 */
public final class CarryOverProjectRowTotals extends BudgetRule {
  /**
   * Rule {@code T13.1}, 表十三 合计 = Σ 资金. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final CarryOverProjectRowTotals RULE = new CarryOverProjectRowTotals();

  private CarryOverProjectRowTotals() {
    super(TableDescriptors.of("T13.1", "表十三 合计 = Σ 资金", "Table 13 row total = Σ funds",
            "表十三, per row: 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算."),
        Inputs.table(TableId.T13, ProjectTable.class), Inputs.column(TableId.T13, TOTAL));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    ProjectTable t = b.tablesById().projectTable(TableId.T13).orElseThrow();
    ProjectRowSums.check(t, ctx);
  }
}
