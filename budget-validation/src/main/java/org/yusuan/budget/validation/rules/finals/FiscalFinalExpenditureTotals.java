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

/** J13 — F10 财政拨款支出决算表 (all 财政拨款 by function, as a university prints it): row totals, 基建 within 项目, rule H, 合计. */
public final class FiscalFinalExpenditureTotals extends BudgetRule {
  /**
   * Rule {@code J13}, 财政拨款支出决算表 合计 = 基本 + 项目，类 = Σ款 = Σ项. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FiscalFinalExpenditureTotals RULE = new FiscalFinalExpenditureTotals();

  private FiscalFinalExpenditureTotals() {
    super(FinalDescriptors.of("J13", "财政拨款支出决算表 合计 = 基本 + 项目，类 = Σ款 = Σ项", "Final fiscal expenditure table totals", "F10: every row and 合计: 合计 = 基本支出 + 项目支出, 其中：基本建设资金支出 ≤ 项目支出; every column: rule H and 合计 = Σ 类."),
        Inputs.table(TableId.F10, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionTable t = b.tablesById().functionTable(TableId.F10).orElseThrow();
    FunctionRowIndex f = t.rowIndex();
    Checks.rowSums(ctx, f, TOTAL, BASIC, PROJECT);
    FinalFunctionChecks.atMost(ctx, f, CAPITAL_CONSTRUCTION, PROJECT);
    FinalFunctionChecks.hierarchy(ctx, f, t.columns());
  }
}
