package org.yusuan.budget.validation.rules.soft;

import static org.yusuan.budget.table.AmountColumn.GOVERNMENT_FUND;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.support.Budgets.cell;
import static org.yusuan.budget.validation.rules.support.Budgets.col;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.RevenueRow;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.support.RowKeys;
import org.yusuan.budget.validation.rules.support.TableAmounts;

/**
 * S4 — 基金收入与对应支出: 表七's land-fund incomes (1030148, 1030147) are about 表二's matching 政府性基金
 * spending (21208, 21211).
 */
public final class LandFundIncomeMatchesExpenditure extends BudgetRule {
  /**
   * Rule {@code S4}, 基金收入与对应支出. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final LandFundIncomeMatchesExpenditure RULE = new LandFundIncomeMatchesExpenditure();

  /** 表七 revenue code and the 表二 类/款 code it funds. */
  private static final String[][] LAND_FUNDS = {{"1030148", "21208"}, {"1030147", "21211"}};

  private LandFundIncomeMatchesExpenditure() {
    super(RuleDescriptor.builder().id("S4").family(RuleFamily.SOFT).severity(Severity.WARNING)
            .titleZh("基金收入与对应支出").titleEn("Fund income vs matching expenditure")
            .statement("表七 1030148 国有土地使用权出让收入 ≈ 表二 21208 政府性基金; 1030147 农业土地开发资金收入 ≈ 21211.")
            .build(),
        SoftInputs.tables(TableId.T7, RevenueTable.class, TableId.T2, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    RevenueTable t7 = b.tablesById().revenueTable(TableId.T7).orElseThrow();
    FunctionTable t2 = b.tablesById().functionTable(TableId.T2).orElseThrow();
    int ri = t7.columns().isEmpty() ? -1 : 0;  // 表七 has one amount column
    int fi = col(t2, GOVERNMENT_FUND);
    for (String[] pair : LAND_FUNDS) {
      RevenueRow r = null;
      for (RevenueRow x : t7.rows()) {
        if (pair[0].equals(RowKeys.code(x))) {
          r = x;
        }
      }
      if (r == null) {
        continue;
      }
      FunctionRow f = TableAmounts.row(ctx, t2, pair[1]);
      ctx.compare("T7", pair[0], TOTAL.chineseName(), cell(r, ri),
          "T2", pair[1], GOVERNMENT_FUND.chineseName(), f == null ? AmountCell.empty() : cell(f, fi));
    }
  }
}
