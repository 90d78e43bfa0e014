package org.yusuan.budget.validation.rules.finals;

import static org.yusuan.budget.table.AmountColumn.GENERAL_BUDGET;
import static org.yusuan.budget.table.AmountColumn.TOTAL;

import java.util.HashSet;
import java.util.Set;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * J16 — F4 一般公共预算 = F5: F4's 本年支出合计 in the 一般公共预算 column = F5 合计, and each F4 类 line's
 * 一般公共预算 cell = F5's 类 row of that code.
 */
public final class GeneralBudgetFinalMatchesFiscalSummary extends BudgetRule {
  /**
   * Rule {@code J16}, 财政拨款收入支出决算总表 一般公共预算 = 一般公共预算财政拨款支出决算表. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final GeneralBudgetFinalMatchesFiscalSummary RULE = new GeneralBudgetFinalMatchesFiscalSummary();

  private GeneralBudgetFinalMatchesFiscalSummary() {
    super(FinalDescriptors.of("J16", "财政拨款收入支出决算总表 一般公共预算 = 一般公共预算财政拨款支出决算表",
            "Final fiscal summary general budget = final general-budget table",
            "F4 本年支出合计.一般公共预算 = F5 合计; each F4 类 line's 一般公共预算 cell = F5's 类 row of that code"
                + " (a 类 one table lacks is 0)."),
        Inputs.table(TableId.F4, SummaryTable.class), Inputs.column(TableId.F4, GENERAL_BUDGET),
        Inputs.table(TableId.F5, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable f4 = b.tablesById().summaryTable(TableId.F4).orElseThrow();
    FunctionRowIndex f5 = b.tablesById().functionTable(TableId.F5).orElseThrow().rowIndex();
    int gi = f4.columns().indexOf(GENERAL_BUDGET);
    String col = GENERAL_BUDGET.chineseName();
    SummaryLine cy = f4.currentYearTotal().orElse(null);
    if (cy != null && f5.totalRow().isPresent()) {
      ctx.compare("F4", cy.expenditureLabel(), col, cy.cells().get(gi),
          "F5", f5.totalLabel(), TOTAL.chineseName(), f5.totalCell(TOTAL));
    }
    Set<String> seen = new HashSet<>();
    for (CategoryRow r : f4.categoryRows()) {
      if (r.code().isEmpty()) {
        continue;
      }
      String code = r.code().get().value();
      seen.add(code);
      int i = f5.indexOfCode(code);
      AmountCell other = i < 0 ? AmountCell.empty() : f5.cell(i, TOTAL);
      ctx.compare("F4", r.printedName(), col, r.cells().get(gi), "F5", code, TOTAL.chineseName(), other);
    }
    for (int i = 0; i < f5.size(); i++) {
      String code = f5.code(i);
      if (code.length() == 3 && !seen.contains(code)) {
        ctx.compare("F4", code, col, AmountCell.empty(), "F5", f5.key(i), TOTAL.chineseName(), f5.cell(i, TOTAL));
      }
    }
  }
}
