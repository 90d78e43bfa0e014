package org.yusuan.budget.testkit.mutation.finals;

import static org.yusuan.budget.testkit.mutation.finals.FinalEdits.add;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.table.ImmutableCategoryRow;
import org.yusuan.budget.table.ImmutableIncomeRow;
import org.yusuan.budget.table.ImmutableSummaryLine;
import org.yusuan.budget.table.ImmutableSummaryTable;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;

/** Edits of the 决算 summaries F1 / F4 (决算总表编辑): add an amount to one printed line or cell. */
final class SummaryEdits {
  private SummaryEdits() {}

  static AmountCell plus(AmountCell c, long fen) {
    return AmountCell.of(WanYuan.ofFen(c.amountOrZero().fen() + fen));
  }

  /** Income line {@code index} (or, {@code byFund}, 年初 line by fund) + {@code fen}. */
  static SummaryTable income(SummaryTable t, int index, boolean byFund, long fen) {
    List<IncomeRow> rows = new ArrayList<>(byFund ? t.carryOverByFund() : t.incomeRows());
    IncomeRow r = rows.get(index);
    rows.set(index, ImmutableIncomeRow.copyOf(r).withAmount(plus(r.amount(), fen)));
    return byFund ? ImmutableSummaryTable.copyOf(t).withCarryOverByFund(rows)
        : ImmutableSummaryTable.copyOf(t).withIncomeRows(rows);
  }

  /** 类 line {@code index}, {@code column} + {@code fen}. */
  static SummaryTable category(SummaryTable t, int index, AmountColumn column, long fen) {
    List<CategoryRow> rows = new ArrayList<>(t.categoryRows());
    CategoryRow r = rows.get(index);
    rows.set(index, ImmutableCategoryRow.copyOf(r).withCells(add(r.cells(), t.columns().indexOf(column), fen)));
    return ImmutableSummaryTable.copyOf(t).withCategoryRows(rows);
  }

  /** Footer line {@code which} (0 本年合计, 1 年初/年末, 2 总计): its income amount + {@code fen}. */
  static SummaryTable lineIncome(SummaryTable t, int which, long fen) {
    SummaryLine l = line(t, which);
    return with(t, which, ImmutableSummaryLine.copyOf(l).withIncomeAmount(plus(l.incomeAmount(), fen)));
  }

  static SummaryLine line(SummaryTable t, int which) {
    return (which == 0 ? t.currentYearTotal() : which == 1 ? t.carryOver() : t.grandTotal()).orElseThrow();
  }

  static SummaryTable with(SummaryTable t, int which, SummaryLine n) {
    ImmutableSummaryTable c = ImmutableSummaryTable.copyOf(t);
    return which == 0 ? c.withCurrentYearTotal(n) : which == 1 ? c.withCarryOver(n) : c.withGrandTotal(n);
  }

  /** The index of the first income line whose label contains {@code word}, or -1. */
  static int incomeIndex(List<IncomeRow> rows, String word) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).printedLabel().contains(word)) {
        return i;
      }
    }
    return -1;
  }
}
