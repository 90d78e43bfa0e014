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

/** J7 — F2 收入决算表: each row's 本年收入合计 is the sum of its sources; 其中：教育收费 is part of 事业收入. */
public final class FinalIncomeTableRowTotals extends BudgetRule {
  /**
   * Rule {@code J7}, 收入决算表 合计 = Σ 来源. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FinalIncomeTableRowTotals RULE = new FinalIncomeTableRowTotals();

  private FinalIncomeTableRowTotals() {
    super(FinalDescriptors.of("J7", "收入决算表 合计 = Σ 来源", "Final income table row totals", "F2, every row and 合计: 本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入 (其中：教育收费 is not added, and is at most 事业收入)."),
        Inputs.table(TableId.F2, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionTable t = b.tablesById().functionTable(TableId.F2).orElseThrow();
    FunctionRowIndex f = t.rowIndex();
    Checks.rowSums(ctx, f, TOTAL, FISCAL_APPROPRIATION, GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL,
        SUPERIOR_SUBSIDY, BUSINESS_INCOME, OPERATING_INCOME, AFFILIATE_REMITTANCE, OTHER_INCOME);
    FinalFunctionChecks.atMost(ctx, f, TUITION, BUSINESS_INCOME);
  }
}
