package org.yusuan.budget.validation.rules.finals;

import static org.yusuan.budget.table.AmountColumn.*;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * J17 — F5 ≤ F3 按科目: the 一般公共预算财政拨款 spent under a code is part of all that is spent under it, in
 * 合计, 基本支出 and 项目支出 (and for the 合计 rows).
 */
public final class GeneralBudgetWithinExpenditure extends BudgetRule {
  /**
   * Rule {@code J17}, 一般公共预算财政拨款支出 ≤ 支出决算. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final GeneralBudgetWithinExpenditure RULE = new GeneralBudgetWithinExpenditure();

  private static final AmountColumn[] COLUMNS = {TOTAL, BASIC, PROJECT};

  private GeneralBudgetWithinExpenditure() {
    super(FinalDescriptors.of("J17", "一般公共预算财政拨款支出 ≤ 支出决算", "Final general budget within all expenditure",
            "Per code of F5 and its 合计 row, in 合计, 基本支出 and 项目支出: F5 ≤ F3 (a code F3 lacks counts 0 there)."),
        Inputs.table(TableId.F5, FunctionTable.class), Inputs.table(TableId.F3, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionRowIndex f5 = b.tablesById().functionTable(TableId.F5).orElseThrow().rowIndex();
    FunctionRowIndex f3 = b.tablesById().functionTable(TableId.F3).orElseThrow().rowIndex();
    for (AmountColumn c : COLUMNS) {
      if (!f5.has(c) || !f3.has(c)) {
        continue;
      }
      String col = c.chineseName();
      if (f5.totalRow().isPresent() && f3.totalRow().isPresent()
          && f5.total(c).compareTo(f3.total(c)) > 0) {
        ctx.total("F5", f5.totalLabel(), col, f5.totalCell(c)).plus("F3", f3.totalLabel(), col, f3.totalCell(c))
            .verifyAtMost();
      }
      for (int i = 0; i < f5.size(); i++) {
        String code = f5.code(i);
        if (code.isEmpty()) {
          continue;
        }
        int j = f3.indexOfCode(code);
        AmountCell other = j < 0 ? AmountCell.empty() : f3.cell(j, c);
        if (f5.amount(i, c).compareTo(other.amountOrZero()) > 0) {
          ctx.total("F5", f5.key(i), col, f5.cell(i, c)).plus("F3", code, col, other).verifyAtMost();
        }
      }
    }
  }
}
