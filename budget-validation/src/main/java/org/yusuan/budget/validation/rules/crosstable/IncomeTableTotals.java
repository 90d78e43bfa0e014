package org.yusuan.budget.validation.rules.crosstable;

import org.yusuan.budget.table.AmountColumn;

import org.yusuan.budget.validation.rules.Inputs;

import static org.yusuan.budget.table.AmountColumn.CARRY_OVER;
import static org.yusuan.budget.table.AmountColumn.CURRENT_YEAR;
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
 * X1 — 表二合计 ↔ 表一收入: the 合计 row of 表二 (收入总表) repeats 表一's 本年收入合计, each fund's
 * income row and 上年结转.
 */
public final class IncomeTableTotals extends BudgetRule {
  /**
   * Rule {@code X1}, 表二合计 ↔ 表一收入. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final IncomeTableTotals RULE = new IncomeTableTotals();

  /** The fund columns of 表二, each matched with the 表一 income row of its source. */
  private static final FundSource[] T2_FUNDS = {
    FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND, FundSource.STATE_CAPITAL,
    FundSource.SPECIAL_ACCOUNT, FundSource.UNIT_FUNDS
  };

  private IncomeTableTotals() {
    super(RuleDescriptor.builder().id("X1").family(RuleFamily.CROSS_TABLE)
            .titleZh("表二合计 ↔ 表一收入").titleEn("Table 2 total ↔ Table 1 income")
            .statement("表二 合计 row: 本年收入合计 = 表一 本年收入合计; each fund column = the matching 表一 income row;"
                + " 上年结转 = 表一 上年结转.")
            .build(),
        printed(TableId.T1, SummaryTable.class), printed(TableId.T2, FunctionTable.class),
        Inputs.column(TableId.T2, AmountColumn.GENERAL_BUDGET));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable t1 = b.tablesById().summaryTable(TableId.T1).orElseThrow();
    FunctionTable t2 = b.tablesById().functionTable(TableId.T2).orElseThrow();
    FunctionRowIndex f2 = t2.rowIndex();
    String l2 = f2.totalLabel();
    ctx.compare("T1", "本年收入合计", Checks.INCOME, TableAmounts.lineIncomeCell(t1.currentYearTotal()),
        "T2", l2, CURRENT_YEAR.chineseName(), f2.totalCell(CURRENT_YEAR));
    for (FundSource s : T2_FUNDS) {
      IncomeRow r = TableAmounts.income(t1, s);
      ctx.compare("T1", TableAmounts.incomeLabel(r, s), Checks.INCOME, TableAmounts.incomeCell(t1, r),
          "T2", l2, s.column().chineseName(), f2.totalCell(s.column()));
    }
    ctx.compare("T1", "上年结转", Checks.INCOME, TableAmounts.lineIncomeCell(t1.carryOver()),
        "T2", l2, CARRY_OVER.chineseName(), f2.totalCell(CARRY_OVER));
  }
}
