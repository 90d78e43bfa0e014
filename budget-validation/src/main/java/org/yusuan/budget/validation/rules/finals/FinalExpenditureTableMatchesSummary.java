package org.yusuan.budget.validation.rules.finals;

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

/** J15 — F1 支出 = F3: F1 本年支出合计 = F3 合计, and each F1 类 line = the F3 类 row of its code. */
public final class FinalExpenditureTableMatchesSummary extends BudgetRule {
  /**
   * Rule {@code J15}, 收入支出决算总表 支出 = 支出决算表. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FinalExpenditureTableMatchesSummary RULE = new FinalExpenditureTableMatchesSummary();

  private FinalExpenditureTableMatchesSummary() {
    super(FinalDescriptors.of("J15", "收入支出决算总表 支出 = 支出决算表", "Final summary expenditure = final expenditure table",
            "F1 本年支出合计 = F3 合计 本年支出合计; each F1 类 line = F3's 类 row of that code (a 类 one table lacks is 0)."),
        Inputs.table(TableId.F1, SummaryTable.class), Inputs.table(TableId.F3, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable f1 = b.tablesById().summaryTable(TableId.F1).orElseThrow();
    FunctionRowIndex f3 = b.tablesById().functionTable(TableId.F3).orElseThrow().rowIndex();
    String col = f1.columns().get(0).chineseName();
    SummaryLine cy = f1.currentYearTotal().orElse(null);
    if (cy != null && f3.totalRow().isPresent()) {
      ctx.compare("F1", cy.expenditureLabel(), col, cy.cells().get(0),
          "F3", f3.totalLabel(), TOTAL.chineseName(), f3.totalCell(TOTAL));
    }
    Set<String> seen = new HashSet<>();
    for (CategoryRow r : f1.categoryRows()) {
      if (r.code().isEmpty()) {
        continue;
      }
      String code = r.code().get().value();
      seen.add(code);
      int i = f3.indexOfCode(code);
      AmountCell other = i < 0 ? AmountCell.empty() : f3.cell(i, TOTAL);
      ctx.compare("F1", r.printedName(), col, r.cells().get(0), "F3", code, TOTAL.chineseName(), other);
    }
    for (int i = 0; i < f3.size(); i++) {
      String code = f3.code(i);
      if (code.length() == 3 && !seen.contains(code)) {
        ctx.compare("F1", code, col, AmountCell.empty(), "F3", f3.key(i), TOTAL.chineseName(), f3.cell(i, TOTAL));
      }
    }
  }
}
