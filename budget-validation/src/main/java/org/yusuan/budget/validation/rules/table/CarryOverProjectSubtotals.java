package org.yusuan.budget.validation.rules.table;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * T13.2 — 表十三 单位小计 = Σ 项目，部门 = Σ 单位: as T12.2 and T12.3 on 项目支出预算表（上年结转）,
 * subtotals add up and repeated group rows agree.
 */
public final class CarryOverProjectSubtotals extends BudgetRule {
  /**
   * Rule {@code T13.2}, 表十三 单位小计 = Σ 项目，部门 = Σ 单位. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final CarryOverProjectSubtotals RULE = new CarryOverProjectSubtotals();

  private CarryOverProjectSubtotals() {
    super(TableDescriptors.of("T13.2", "表十三 单位小计 = Σ 项目，部门 = Σ 单位",
            "Table 13 unit subtotal = Σ projects, department = Σ units",
            "表十三, as T12.2 and T12.3: subtotals add up and repeated group rows agree."),
        Inputs.table(TableId.T13, ProjectTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    ProjectTable t = b.tablesById().projectTable(TableId.T13).orElseThrow();
    ProjectGroupSums.check(t, ctx);
    GroupRowRepeats.check(t, ctx);
  }
}
