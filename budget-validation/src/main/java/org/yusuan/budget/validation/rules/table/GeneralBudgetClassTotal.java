package org.yusuan.budget.validation.rules.table;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Checks;

/** T5.3 — 表五 合计 = Σ 类: the 合计 row of 一般公共预算支出预算表 = Σ of its 类 rows. */
public final class GeneralBudgetClassTotal extends BudgetRule {
  /**
   * Rule {@code T5.3}, 表五 合计 = Σ 类. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final GeneralBudgetClassTotal RULE = new GeneralBudgetClassTotal();

  private GeneralBudgetClassTotal() {
    super(TableDescriptors.of("T5.3", "表五 合计 = Σ 类", "Table 5 total row = Σ categories",
            "表五: the 合计 row = Σ of the 类 rows."),
        Inputs.table(TableId.T5, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionRowIndex f = b.tablesById().functionTable(TableId.T5).orElseThrow().rowIndex();
    Checks.classTotal(ctx, f, FunctionColumns.TOTAL_BASIC_PROJECT);
  }
}
