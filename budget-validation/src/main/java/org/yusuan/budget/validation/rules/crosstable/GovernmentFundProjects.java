package org.yusuan.budget.validation.rules.crosstable;

import static org.yusuan.budget.table.AmountColumn.GOVERNMENT_FUND;
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
 * X12 — 表八项目支出 = 表十二 政府性基金: the 项目支出 of 表八 (政府性基金预算支出表) are the 政府性基金
 * money of the projects in 表十二.
 */
public final class GovernmentFundProjects extends BudgetRule {
  /**
   * Rule {@code X12}, 表八项目支出 = 表十二 政府性基金. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final GovernmentFundProjects RULE = new GovernmentFundProjects();

  private GovernmentFundProjects() {
    super(RuleDescriptor.builder().id("X12").family(RuleFamily.CROSS_TABLE)
            .titleZh("表八项目支出 = 表十二 政府性基金").titleEn("Table 8 project expenditure = Table 12 government funds")
            .statement("表八 项目支出 (合计 row) = 表十二 政府性基金预算 column (department row).")
            .build(),
        printed(TableId.T8, FunctionTable.class), printed(TableId.T12, ProjectTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionTable t8 = b.tablesById().functionTable(TableId.T8).orElseThrow();
    ProjectTable t12 = b.tablesById().projectTable(TableId.T12).orElseThrow();
    ctx.compare("T8", TableAmounts.label(t8.total(), "合计"), PROJECT.chineseName(), TableAmounts.totalCell(t8, PROJECT),
        "T12", TableAmounts.label(t12.total(), "合计"), GOVERNMENT_FUND.chineseName(),
        TableAmounts.totalCell(t12, t12.total(), GOVERNMENT_FUND));
  }
}
