package org.yusuan.budget.validation.rules.table;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Checks;

/** T2.2 — 表二 类 = Σ款 = Σ项: rule H in every column of 预算收入总表, 上年结转 included. */
public final class IncomeTableHierarchy extends BudgetRule {
  /**
   * Rule {@code T2.2}, 表二 类 = Σ款 = Σ项. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final IncomeTableHierarchy RULE = new IncomeTableHierarchy();

  private IncomeTableHierarchy() {
    super(TableDescriptors.of("T2.2", "表二 类 = Σ款 = Σ项", "Table 2 hierarchy",
            "表二, every column incl. 上年结转: a 类 row = Σ its 款 rows, a 款 row = Σ its 项 rows (when children exist)."),
        Inputs.table(TableId.T2, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionRowIndex f = b.tablesById().functionTable(TableId.T2).orElseThrow().rowIndex();
    Checks.hierarchy(ctx, f, FunctionColumns.INCOME_TABLE);
  }
}
