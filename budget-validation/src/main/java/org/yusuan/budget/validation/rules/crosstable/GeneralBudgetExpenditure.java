package org.yusuan.budget.validation.rules.crosstable;

import org.yusuan.budget.table.AmountColumn;

import org.yusuan.budget.validation.rules.Inputs;

import static org.yusuan.budget.table.AmountColumn.GENERAL_BUDGET;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.crosstable.CodeComparisons.perCode;
import static org.yusuan.budget.validation.rules.crosstable.PrintedTables.printed;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.FundSource;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.support.Checks;
import org.yusuan.budget.validation.rules.support.TableAmounts;

/**
 * X6 — 表五 ↔ 表一、表二 一般公共预算: 表五 (一般公共预算支出表) spends the 一般公共预算 income of 表一,
 * in total and per code as 表二 lists it.
 */
public final class GeneralBudgetExpenditure extends BudgetRule {
  /**
   * Rule {@code X6}, 表五 ↔ 表一、表二 一般公共预算. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final GeneralBudgetExpenditure RULE = new GeneralBudgetExpenditure();

  private GeneralBudgetExpenditure() {
    super(RuleDescriptor.builder().id("X6").family(RuleFamily.CROSS_TABLE)
            .titleZh("表五 ↔ 表一、表二 一般公共预算").titleEn("Table 5 ↔ general budget in Tables 1 and 2")
            .statement("表五 合计 = 表一 一般公共预算 = 表二 一般公共预算 total; per code 表五 合计 = 表二 一般公共预算;"
                + " every 表二 code with 一般公共预算 money appears in 表五.")
            .build(),
        printed(TableId.T1, SummaryTable.class), printed(TableId.T2, FunctionTable.class),
        printed(TableId.T5, FunctionTable.class), Inputs.column(TableId.T2, AmountColumn.GENERAL_BUDGET));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable t1 = b.tablesById().summaryTable(TableId.T1).orElseThrow();
    FunctionRowIndex f2 = b.tablesById().functionTable(TableId.T2).orElseThrow().rowIndex();
    FunctionRowIndex f5 = b.tablesById().functionTable(TableId.T5).orElseThrow().rowIndex();
    IncomeRow g = TableAmounts.income(t1, FundSource.GENERAL_BUDGET);
    ctx.compare("T5", f5.totalLabel(), TOTAL.chineseName(), f5.totalCell(TOTAL),
        "T1", TableAmounts.incomeLabel(g, FundSource.GENERAL_BUDGET), Checks.INCOME, TableAmounts.incomeCell(t1, g));
    ctx.compare("T5", f5.totalLabel(), TOTAL.chineseName(), f5.totalCell(TOTAL),
        "T2", f2.totalLabel(), GENERAL_BUDGET.chineseName(), f2.totalCell(GENERAL_BUDGET));
    perCode(ctx, f5, TOTAL, f2, GENERAL_BUDGET);
  }
}
