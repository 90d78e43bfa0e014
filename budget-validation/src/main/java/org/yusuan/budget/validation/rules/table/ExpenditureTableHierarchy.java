package org.yusuan.budget.validation.rules.table;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Checks;

/** T3.2 — 表三 类 = Σ款 = Σ项: rule H in every column of 预算支出总表. */
public final class ExpenditureTableHierarchy extends BudgetRule {
  /**
   * Rule {@code T3.2}, 表三 类 = Σ款 = Σ项. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ExpenditureTableHierarchy RULE = new ExpenditureTableHierarchy();

  private ExpenditureTableHierarchy() {
    super(TableDescriptors.of("T3.2", "表三 类 = Σ款 = Σ项", "Table 3 hierarchy", "表三: rule H in every column."),
        Inputs.table(TableId.T3, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionRowIndex f = b.tablesById().functionTable(TableId.T3).orElseThrow().rowIndex();
    Checks.hierarchy(ctx, f, FunctionColumns.TOTAL_BASIC_PROJECT);
  }
}
