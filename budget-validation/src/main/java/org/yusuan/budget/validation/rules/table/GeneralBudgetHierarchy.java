package org.yusuan.budget.validation.rules.table;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Checks;

/** T5.2 — 表五 类 = Σ款 = Σ项: rule H in every column of 一般公共预算支出预算表; zero rows count as 0. */
public final class GeneralBudgetHierarchy extends BudgetRule {
  /**
   * Rule {@code T5.2}, 表五 类 = Σ款 = Σ项. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final GeneralBudgetHierarchy RULE = new GeneralBudgetHierarchy();

  private GeneralBudgetHierarchy() {
    super(TableDescriptors.of("T5.2", "表五 类 = Σ款 = Σ项", "Table 5 hierarchy",
            "表五: rule H in every column; zero rows count as 0."),
        Inputs.table(TableId.T5, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionRowIndex f = b.tablesById().functionTable(TableId.T5).orElseThrow().rowIndex();
    Checks.hierarchy(ctx, f, FunctionColumns.TOTAL_BASIC_PROJECT);
  }
}
