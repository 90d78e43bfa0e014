package org.yusuan.budget.validation.rules.crosstable;

import static org.yusuan.budget.table.AmountColumn.CARRY_OVER;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.crosstable.PrintedTables.printed;
import static org.yusuan.budget.validation.rules.support.Budgets.col;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.FundSource;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.SummaryRowIndex;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.support.Checks;
import org.yusuan.budget.validation.rules.support.TableAmounts;

/**
 * X14 — 表十三 ↔ 结转: the carried-over projects (表十三) spend the 上年结转 of 表一 and 表二, and per
 * fund the 结转 rows of 表四.
 */
public final class CarryOverProjects extends BudgetRule {
  /**
   * Rule {@code X14}, 表十三 ↔ 结转. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final CarryOverProjects RULE = new CarryOverProjects();

  private CarryOverProjects() {
    super(RuleDescriptor.builder().id("X14").family(RuleFamily.CROSS_TABLE)
            .titleZh("表十三 ↔ 结转").titleEn("Table 13 ↔ carry-over")
            .statement("表十三 合计 = 表一 上年结转 = 表二 上年结转 total; 表十三 一般/基金 columns = 表四 结转 fund rows.")
            .build(),
        printed(TableId.T13, ProjectTable.class), printed(TableId.T1, SummaryTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    ProjectTable t13 = b.tablesById().projectTable(TableId.T13).orElseThrow();
    SummaryTable t1 = b.tablesById().summaryTable(TableId.T1).orElseThrow();
    String l13 = TableAmounts.label(t13.total(), "合计");
    ctx.compare("T13", l13, TOTAL.chineseName(), TableAmounts.totalCell(t13, t13.total(), TOTAL),
        "T1", "上年结转", Checks.INCOME, TableAmounts.lineIncomeCell(t1.carryOver()));
    FunctionTable t2 = b.tablesById().functionTable(TableId.T2).orElse(null);
    if (t2 != null) {
      ctx.compare("T13", l13, TOTAL.chineseName(), TableAmounts.totalCell(t13, t13.total(), TOTAL),
          "T2", TableAmounts.label(t2.total(), "合计"), CARRY_OVER.chineseName(), TableAmounts.totalCell(t2, CARRY_OVER));
    }
    SummaryTable t4 = b.tablesById().summaryTable(TableId.T4).orElse(null);
    if (t4 != null) {
      SummaryRowIndex f4 = t4.rowIndex();
      for (int k = 0; k < f4.fundCarryOverCount(); k++) {
        FundSource s = f4.fundCarryOverSource(k).orElse(null);
        if (s == null || col(t13, s.column()) < 0) {
          continue;
        }
        AmountColumn c = s.column();
        ctx.compare("T13", l13, c.chineseName(), TableAmounts.totalCell(t13, t13.total(), c),
            "T4", f4.fundCarryOverKey(k), Checks.INCOME, f4.fundCarryOver(k).amount());
      }
    }
  }
}
