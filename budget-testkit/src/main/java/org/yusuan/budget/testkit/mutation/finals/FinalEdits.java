package org.yusuan.budget.testkit.mutation.finals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ImmutableFunctionRow;
import org.yusuan.budget.table.ImmutableFunctionTable;
import org.yusuan.budget.table.ImmutableTotalRow;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TotalRow;

/** Edits of the 决算 function tables (决算表编辑): add an amount to cells, find two sibling 项. */
final class FinalEdits {
  private FinalEdits() {}

  static final long BUMP = WanYuan.of(1).fen();

  static List<AmountCell> add(List<AmountCell> cells, int i, long fen) {
    List<AmountCell> out = new ArrayList<>(cells);
    out.set(i, AmountCell.of(WanYuan.ofFen(cells.get(i).amountOrZero().fen() + fen)));
    return out;
  }

  /** {@code t} with {@code fen} added to row {@code code} ({@code 合计}: the total row) in {@code column}. */
  static FunctionTable add(FunctionTable t, String code, AmountColumn column, long fen) {
    int ci = t.columns().indexOf(column);
    if (code.equals("合计")) {
      TotalRow r = t.total().orElseThrow();
      return ImmutableFunctionTable.copyOf(t).withTotal(ImmutableTotalRow.copyOf(r).withCells(add(r.cells(), ci, fen)));
    }
    List<FunctionRow> rows = new ArrayList<>();
    for (FunctionRow r : t.rows()) {
      rows.add(r.printedCode().equals(code) ? ImmutableFunctionRow.copyOf(r).withCells(add(r.cells(), ci, fen)) : r);
    }
    return ImmutableFunctionTable.copyOf(t).withRows(rows);
  }

  /** {@code fen} added to 项 {@code code}, its 款, 类 and the 合计 row: the table still adds up. */
  static FunctionTable addPath(FunctionTable t, String code, AmountColumn column, long fen) {
    FunctionTable x = add(t, code, column, fen);
    x = add(x, code.substring(0, 5), column, fen);
    x = add(x, code.substring(0, 3), column, fen);
    return add(x, "合计", column, fen);
  }

  /** The first two 项 of one 款 ({@code [R, S]}), if the table has them. */
  static Optional<String[]> siblings(FunctionTable t) {
    List<FunctionRow> rows = t.rows();
    for (int i = 0; i + 1 < rows.size(); i++) {
      String a = rows.get(i).printedCode();
      String b = rows.get(i + 1).printedCode();
      if (a.length() == 7 && b.length() == 7 && a.startsWith(b.substring(0, 5))) {
        return Optional.of(new String[] {a, b});
      }
    }
    return Optional.empty();
  }

  static Optional<FunctionTable> table(DepartmentBudget b, TableId id) {
    return b.tablesById().functionTable(id).filter(t -> !t.declaredEmpty() && t.total().isPresent());
  }

  static long amount(FunctionTable t, String code, AmountColumn column) {
    int ci = t.columns().indexOf(column);
    return t.rows().stream().filter(r -> r.printedCode().equals(code)).findFirst()
        .map(r -> r.cells().get(ci).amountOrZero().fen()).orElse(0L);
  }
}
