package org.yusuan.budget.validation.rules.table;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Checks;

/** T3.4 — 表三 编码规范: the 功能分类 codes of 预算支出总表 are well-formed, unique and under a printed parent. */
public final class ExpenditureTableCodes extends BudgetRule {
  /**
   * Rule {@code T3.4}, 表三 编码规范. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ExpenditureTableCodes RULE = new ExpenditureTableCodes();

  private ExpenditureTableCodes() {
    super(TableDescriptors.of("T3.4", "表三 编码规范", "Table 3 codes well-formed",
            "表三: codes have 3/5/7 digits, start with their parent's code whose row is present, and are unique."),
        Inputs.table(TableId.T3, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionRowIndex f = b.tablesById().functionTable(TableId.T3).orElseThrow().rowIndex();
    Checks.codes(ctx, f);
  }
}
