package org.yusuan.budget.validation.rules.table;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Checks;

/** T2.3 — 表二 合计 = Σ 类: the 合计 row of 预算收入总表 = Σ of its 类 rows, every column. */
public final class IncomeTableClassTotal extends BudgetRule {
  /**
   * Rule {@code T2.3}, 表二 合计 = Σ 类. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final IncomeTableClassTotal RULE = new IncomeTableClassTotal();

  private IncomeTableClassTotal() {
    super(TableDescriptors.of("T2.3", "表二 合计 = Σ 类", "Table 2 total row = Σ categories",
            "表二: the 合计 row = Σ of the 类 rows, every column."),
        Inputs.table(TableId.T2, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionRowIndex f = b.tablesById().functionTable(TableId.T2).orElseThrow().rowIndex();
    Checks.classTotal(ctx, f, FunctionColumns.INCOME_TABLE);
  }
}
