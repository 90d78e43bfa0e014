package org.yusuan.budget.validation.rules.crosstable;

import static org.yusuan.budget.table.AmountColumn.PROJECT;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.crosstable.PrintedTables.printed;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.support.TableAmounts;

/**
 * X10 — 表三项目支出 = 表十二 + 表十三: the 项目支出 of 表三 (支出总表) are this year's projects (表十二)
 * and, when printed, the carried-over ones (表十三).
 */
public final class ProjectExpenditure extends BudgetRule {
  /**
   * Rule {@code X10}, 表三项目支出 = 表十二 + 表十三. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ProjectExpenditure RULE = new ProjectExpenditure();

  private ProjectExpenditure() {
    super(RuleDescriptor.builder().id("X10").family(RuleFamily.CROSS_TABLE)
            .titleZh("表三项目支出 = 表十二 + 表十三").titleEn("Table 3 project expenditure = Tables 12 + 13")
            .statement("表三 项目支出 (合计 row) = 表十二 合计 + 表十三 合计.")
            .build(),
        printed(TableId.T3, FunctionTable.class), printed(TableId.T12, ProjectTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionTable t3 = b.tablesById().functionTable(TableId.T3).orElseThrow();
    ProjectTable t12 = b.tablesById().projectTable(TableId.T12).orElseThrow();
    ProjectTable t13 = b.tablesById().projectTable(TableId.T13).orElse(null);
    SumCheck c = ctx.total("T3", TableAmounts.label(t3.total(), "合计"), PROJECT.chineseName(),
            TableAmounts.totalCell(t3, PROJECT))
        .plus("T12", TableAmounts.label(t12.total(), "合计"), TOTAL.chineseName(),
            TableAmounts.totalCell(t12, t12.total(), TOTAL));
    if (t13 != null) {
      c.plus("T13", TableAmounts.label(t13.total(), "合计"), TOTAL.chineseName(),
          TableAmounts.totalCell(t13, t13.total(), TOTAL));
    }
    c.verify();
  }
}
