package org.yusuan.budget.validation.pairing;

import java.util.Optional;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.validation.RuleContext;

/** What the pairing rules share: comparing a 决算 cell with a 预算 cell, totals of declared-empty tables. */
final class PairSupport {
  private PairSupport() {}

  /**
   * Compares the 决算's cell (where the finding goes) with the 预算's (the authority), skipped when
   * they print the same amount. The tolerance is half the quantum of each: a 预算 in 元 against a
   * 决算 in 万元 is allowed the 万元 rounding.
   */
  static void compare(RuleContext ctx, String finalTable, Object row, AmountColumn finalColumn, AmountCell finalCell,
      String budgetTable, Object budgetRow, AmountColumn budgetColumn, AmountCell budgetCell) {
    if (finalCell.amountOrZero().fen() != budgetCell.amountOrZero().fen()) {
      ctx.compare(finalTable, row, finalColumn.chineseName(), finalCell,
          budgetTable, budgetRow, budgetColumn.chineseName(), budgetCell);
    }
  }

  /**
   * The total row's cell in {@code column}: the empty cell (zero) for a table declared 本表无数据, empty
   * when the table prints no total row.
   */
  static Optional<AmountCell> totalCell(BudgetTable t, Optional<TotalRow> total, AmountColumn column) {
    if (t.declaredEmpty()) {
      return Optional.of(AmountCell.empty());
    }
    if (total.isEmpty()) {
      return Optional.empty();
    }
    int i = t.columns().indexOf(column);
    return i < 0 ? Optional.empty() : Optional.of(total.get().cells().get(i));
  }

  /** Whether {@code f} prints any row whose well-formed code has {@code length} digits (类 3, 款 5, 项 7). */
  static boolean printsLevel(FunctionRowIndex f, int length) {
    for (int i = 0; i < f.size(); i++) {
      if (f.code(i).length() == length) {
        return true;
      }
    }
    return false;
  }
}
