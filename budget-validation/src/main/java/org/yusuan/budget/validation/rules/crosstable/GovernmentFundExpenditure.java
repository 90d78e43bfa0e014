package org.yusuan.budget.validation.rules.crosstable;

import static org.yusuan.budget.table.AmountColumn.GOVERNMENT_FUND;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.crosstable.CodeComparisons.perCode;
import static org.yusuan.budget.validation.rules.crosstable.PrintedTables.printed;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.support.TableAmounts;

/**
 * X9 — 表八 ↔ 表七、表二 政府性基金: 表八 (政府性基金预算支出表) spends 表七's revenue (when printed), and
 * per code the 政府性基金 column of 表二.
 */
public final class GovernmentFundExpenditure extends BudgetRule {
  /**
   * Rule {@code X9}, 表八 ↔ 表七、表二 政府性基金. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final GovernmentFundExpenditure RULE = new GovernmentFundExpenditure();

  private GovernmentFundExpenditure() {
    super(RuleDescriptor.builder().id("X9").family(RuleFamily.CROSS_TABLE)
            .titleZh("表八 ↔ 表七、表二 政府性基金").titleEn("Table 8 ↔ Table 7 and Table 2 government funds")
            .statement("表八 合计 = 表七 合计; per code 表八 合计 = 表二 政府性基金; the code sets agree. A 表八 declared"
                + " 本表无数据 while other tables carry 基金 money is an error of 表八.")
            .build(),
        printed(TableId.T8, FunctionTable.class), printed(TableId.T2, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionRowIndex f8 = b.tablesById().functionTable(TableId.T8).orElseThrow().rowIndex();
    RevenueTable t7 = b.tablesById().revenueTable(TableId.T7).orElse(null);
    FunctionTable t2 = b.tablesById().functionTable(TableId.T2).orElseThrow();
    if (t7 != null) {
      ctx.compare("T8", f8.totalLabel(), TOTAL.chineseName(), f8.totalCell(TOTAL),
          "T7", TableAmounts.label(t7.total(), "合计"), AmountColumn.AMOUNT.chineseName(),
          TableAmounts.totalCell(t7, t7.total(), AmountColumn.AMOUNT));
    }
    perCode(ctx, f8, TOTAL, t2.rowIndex(), GOVERNMENT_FUND);
  }
}
