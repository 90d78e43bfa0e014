package org.yusuan.budget.validation.rules.table;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/** T12.3 — 表十二 重复单位行一致: a unit row printed twice carries the same amounts both times. */
public final class ProjectRepeatedGroupRows extends BudgetRule {
  /**
   * Rule {@code T12.3}, 表十二 重复单位行一致. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ProjectRepeatedGroupRows RULE = new ProjectRepeatedGroupRows();

  private ProjectRepeatedGroupRows() {
    super(TableDescriptors.of("T12.3", "表十二 重复单位行一致", "Table 12 repeated group rows agree",
            "表十二: a unit row printed twice carries the same amounts both times; a group row that differs is an error,"
                + " never silently reclassified as a project."),
        Inputs.table(TableId.T12, ProjectTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    ProjectTable t = b.tablesById().projectTable(TableId.T12).orElseThrow();
    GroupRowRepeats.check(t, ctx);
  }
}
