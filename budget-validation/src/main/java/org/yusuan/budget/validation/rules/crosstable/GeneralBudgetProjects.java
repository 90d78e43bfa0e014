package org.yusuan.budget.validation.rules.crosstable;

import static org.yusuan.budget.table.AmountColumn.GENERAL_BUDGET;
import static org.yusuan.budget.table.AmountColumn.PROJECT;
import static org.yusuan.budget.validation.rules.crosstable.PrintedTables.printed;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.support.TableAmounts;

/**
 * X11 — 表五项目支出 = 表十二 一般公共预算: the 项目支出 of 表五 (一般公共预算支出表) are the 一般公共预算
 * money of the projects in 表十二.
 */
public final class GeneralBudgetProjects extends BudgetRule {
  /**
   * Rule {@code X11}, 表五项目支出 = 表十二 一般公共预算. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final GeneralBudgetProjects RULE = new GeneralBudgetProjects();

  private GeneralBudgetProjects() {
    super(RuleDescriptor.builder().id("X11").family(RuleFamily.CROSS_TABLE)
            .titleZh("表五项目支出 = 表十二 一般公共预算").titleEn("Table 5 project expenditure = Table 12 general budget")
            .statement("表五 项目支出 (合计 row) = 表十二 一般公共预算 column (department row).")
            .build(),
        printed(TableId.T5, FunctionTable.class), printed(TableId.T12, ProjectTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionTable t5 = b.tablesById().functionTable(TableId.T5).orElseThrow();
    ProjectTable t12 = b.tablesById().projectTable(TableId.T12).orElseThrow();
    ctx.compare("T5", TableAmounts.label(t5.total(), "合计"), PROJECT.chineseName(), TableAmounts.totalCell(t5, PROJECT),
        "T12", TableAmounts.label(t12.total(), "合计"), GENERAL_BUDGET.chineseName(),
        TableAmounts.totalCell(t12, t12.total(), GENERAL_BUDGET));
  }
}
