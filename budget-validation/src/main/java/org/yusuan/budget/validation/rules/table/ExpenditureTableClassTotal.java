package org.yusuan.budget.validation.rules.table;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Checks;

/** T3.3 — 表三 合计 = Σ 类: the 合计 row of 预算支出总表 = Σ of its 类 rows. */
public final class ExpenditureTableClassTotal extends BudgetRule {
  /**
   * Rule {@code T3.3}, 表三 合计 = Σ 类. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ExpenditureTableClassTotal RULE = new ExpenditureTableClassTotal();

  private ExpenditureTableClassTotal() {
    super(TableDescriptors.of("T3.3", "表三 合计 = Σ 类", "Table 3 total row = Σ categories",
            "表三: the 合计 row = Σ of the 类 rows."),
        Inputs.table(TableId.T3, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionRowIndex f = b.tablesById().functionTable(TableId.T3).orElseThrow().rowIndex();
    Checks.classTotal(ctx, f, FunctionColumns.TOTAL_BASIC_PROJECT);
  }
}
