package org.yusuan.budget.validation.rules.crosstable;

import static org.yusuan.budget.table.AmountColumn.GOVERNMENT_FUND;
import static org.yusuan.budget.validation.rules.crosstable.PrintedTables.printed;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.FundSource;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.support.Checks;
import org.yusuan.budget.validation.rules.support.TableAmounts;

/**
 * X8 — 表七合计 = 表一、表二 政府性基金: 表七 (政府性基金预算收入表) totals the 政府性基金 income of 表一
 * and of 表二.
 */
public final class GovernmentFundRevenue extends BudgetRule {
  /**
   * Rule {@code X8}, 表七合计 = 表一、表二 政府性基金. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final GovernmentFundRevenue RULE = new GovernmentFundRevenue();

  private GovernmentFundRevenue() {
    super(RuleDescriptor.builder().id("X8").family(RuleFamily.CROSS_TABLE)
            .titleZh("表七合计 = 表一、表二 政府性基金").titleEn("Table 7 total = government funds in Tables 1 and 2")
            .statement("表七 合计 = 表一 政府性基金预算 = 表二 政府性基金 total; a 表七 declared 本表无数据 against 基金 money"
                + " elsewhere is an error of 表七.")
            .build(),
        printed(TableId.T7, RevenueTable.class), printed(TableId.T1, SummaryTable.class),
        printed(TableId.T2, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    RevenueTable t7 = b.tablesById().revenueTable(TableId.T7).orElseThrow();
    SummaryTable t1 = b.tablesById().summaryTable(TableId.T1).orElseThrow();
    FunctionTable t2 = b.tablesById().functionTable(TableId.T2).orElseThrow();
    AmountCell v7 = TableAmounts.totalCell(t7, t7.total(), AmountColumn.AMOUNT);
    String l7 = TableAmounts.label(t7.total(), "合计");
    IncomeRow f = TableAmounts.income(t1, FundSource.GOVERNMENT_FUND);
    ctx.compare("T7", l7, AmountColumn.AMOUNT.chineseName(), v7,
        "T1", TableAmounts.incomeLabel(f, FundSource.GOVERNMENT_FUND), Checks.INCOME, TableAmounts.incomeCell(t1, f));
    ctx.compare("T7", l7, AmountColumn.AMOUNT.chineseName(), v7,
        "T2", TableAmounts.label(t2.total(), "合计"), GOVERNMENT_FUND.chineseName(),
        TableAmounts.totalCell(t2, GOVERNMENT_FUND));
  }
}
