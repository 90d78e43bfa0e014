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

/** J11 — F5 一般公共预算财政拨款支出决算表: row totals, rule H and the 合计 row. */
public final class GeneralBudgetFinalTotals extends BudgetRule {
  /**
   * Rule {@code J11}, 一般公共预算财政拨款支出决算表 合计 = 基本 + 项目，类 = Σ款 = Σ项. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final GeneralBudgetFinalTotals RULE = new GeneralBudgetFinalTotals();

  private GeneralBudgetFinalTotals() {
    super(FinalDescriptors.of("J11", "一般公共预算财政拨款支出决算表 合计 = 基本 + 项目，类 = Σ款 = Σ项", "Final general-budget table totals", "F5: every row and 合计: 合计 = 基本支出 + 项目支出; every column: rule H and 合计 = Σ 类."),
        Inputs.table(TableId.F5, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionTable t = b.tablesById().functionTable(TableId.F5).orElseThrow();
    FunctionRowIndex f = t.rowIndex();
    Checks.rowSums(ctx, f, TOTAL, BASIC, PROJECT);
    FinalFunctionChecks.hierarchy(ctx, f, t.columns());
  }
}
