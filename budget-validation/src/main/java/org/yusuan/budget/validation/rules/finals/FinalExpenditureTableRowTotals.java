package org.yusuan.budget.validation.rules.finals;

import static org.yusuan.budget.table.AmountColumn.*;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Checks;

/** J9 — F3 支出决算表: each row's total is the sum of its five kinds of spending. */
public final class FinalExpenditureTableRowTotals extends BudgetRule {
  /**
   * Rule {@code J9}, 支出决算表 合计 = 基本 + 项目 + 上缴 + 经营 + 对附属. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FinalExpenditureTableRowTotals RULE = new FinalExpenditureTableRowTotals();

  private FinalExpenditureTableRowTotals() {
    super(FinalDescriptors.of("J9", "支出决算表 合计 = 基本 + 项目 + 上缴 + 经营 + 对附属", "Final expenditure table row totals", "F3, every row and 合计: 本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出."),
        Inputs.table(TableId.F3, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionTable t = b.tablesById().functionTable(TableId.F3).orElseThrow();
    FunctionRowIndex f = t.rowIndex();
    Checks.rowSums(ctx, f, TOTAL, BASIC, PROJECT, REMIT_TO_SUPERIOR, OPERATING_EXPENSE, AFFILIATE_SUBSIDY);
  }
}
