package org.yusuan.budget.validation.rules.table;

import static org.yusuan.budget.table.AmountColumn.TOTAL;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * T12.1 — 表十二 合计 = Σ 资金: per row of 项目支出预算表（本年预算） (department, units, projects), 合计 =
 * Σ the fund columns.
 */
public final class ProjectRowTotals extends BudgetRule {
  /**
   * Rule {@code T12.1}, 表十二 合计 = Σ 资金. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ProjectRowTotals RULE = new ProjectRowTotals();

  private ProjectRowTotals() {
    super(TableDescriptors.of("T12.1", "表十二 合计 = Σ 资金", "Table 12 row total = Σ funds",
            "表十二, per row: 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算 + 财政专户管理资金 + 单位资金."),
        Inputs.table(TableId.T12, ProjectTable.class), Inputs.column(TableId.T12, TOTAL));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    ProjectTable t = b.tablesById().projectTable(TableId.T12).orElseThrow();
    ProjectRowSums.check(t, ctx);
  }
}
