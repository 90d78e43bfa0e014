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

/** J8 — F2 收入决算表: rule H in every column, and the 合计 row = Σ 类 rows. */
public final class FinalIncomeTableHierarchy extends BudgetRule {
  /**
   * Rule {@code J8}, 收入决算表 类 = Σ款 = Σ项，合计 = Σ类. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FinalIncomeTableHierarchy RULE = new FinalIncomeTableHierarchy();

  private FinalIncomeTableHierarchy() {
    super(FinalDescriptors.of("J8", "收入决算表 类 = Σ款 = Σ项，合计 = Σ类", "Final income table hierarchy", "F2, every column: rule H (类 = Σ款, 款 = Σ项, by code) and 合计 = Σ 类."),
        Inputs.table(TableId.F2, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionTable t = b.tablesById().functionTable(TableId.F2).orElseThrow();
    FunctionRowIndex f = t.rowIndex();
    FinalFunctionChecks.hierarchy(ctx, f, t.columns());
  }
}
