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

/** J10 — F3 支出决算表: rule H in every column, and the 合计 row = Σ 类 rows. */
public final class FinalExpenditureTableHierarchy extends BudgetRule {
  /**
   * Rule {@code J10}, 支出决算表 类 = Σ款 = Σ项，合计 = Σ类. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FinalExpenditureTableHierarchy RULE = new FinalExpenditureTableHierarchy();

  private FinalExpenditureTableHierarchy() {
    super(FinalDescriptors.of("J10", "支出决算表 类 = Σ款 = Σ项，合计 = Σ类", "Final expenditure table hierarchy", "F3, every column: rule H (类 = Σ款, 款 = Σ项, by code) and 合计 = Σ 类."),
        Inputs.table(TableId.F3, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionTable t = b.tablesById().functionTable(TableId.F3).orElseThrow();
    FunctionRowIndex f = t.rowIndex();
    FinalFunctionChecks.hierarchy(ctx, f, t.columns());
  }
}
