package org.yusuan.budget.validation.rules.table;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * T12.2 — 表十二 单位小计 = Σ 项目，部门 = Σ 单位: every column, each unit subtotal = Σ its projects and
 * the department row = Σ unit subtotals.
 */
public final class ProjectSubtotals extends BudgetRule {
  /**
   * Rule {@code T12.2}, 表十二 单位小计 = Σ 项目，部门 = Σ 单位. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ProjectSubtotals RULE = new ProjectSubtotals();

  private ProjectSubtotals() {
    super(TableDescriptors.of("T12.2", "表十二 单位小计 = Σ 项目，部门 = Σ 单位",
            "Table 12 unit subtotal = Σ projects, department = Σ units",
            "表十二, every column: each unit subtotal = Σ of its project rows; the department row = Σ unit subtotals."),
        Inputs.table(TableId.T12, ProjectTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    ProjectTable t = b.tablesById().projectTable(TableId.T12).orElseThrow();
    ProjectGroupSums.check(t, ctx);
  }
}
