package org.yusuan.budget.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ImmutableCategoryRow;
import org.yusuan.budget.table.ImmutableEconomicRow;
import org.yusuan.budget.table.ImmutableEconomicTable;
import org.yusuan.budget.table.ImmutableFunctionRow;
import org.yusuan.budget.table.ImmutableFunctionTable;
import org.yusuan.budget.table.ImmutableSummaryLine;
import org.yusuan.budget.table.ImmutableSummaryTable;
import org.yusuan.budget.table.ImmutableThreePublicRow;
import org.yusuan.budget.table.ImmutableThreePublicTable;
import org.yusuan.budget.table.ImmutableTotalRow;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableLayout;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.template.TableSpec;

/**
 * A generated table as another template prints it (投影): the same rows with only the amount columns the
 * template's table prints, in its order — a Shanghai 部门财务收支预算总表 prints one 预算数 column where
 * the generated 收支总表 holds three. Empty when the template prints a column the table does not hold
 * or a layout the testkit does not print that way; the renderer then leaves the table out.
 */
final class TableProjection {
  private static final AmountCell ZERO = AmountCell.parse("0");

  private TableProjection() {}

  /**
   * {@code t} with the columns of {@code spec}, or empty when it cannot fill them; with {@code zeros},
   * an empty cell printed as 0 (the Shanghai 预算 print 0 where the national set leaves a cell blank).
   */
  static Optional<BudgetTable> onto(BudgetTable t, TableSpec spec, boolean zeros) {
    if (t.rowsNotRead() > 0) {
      return Optional.empty();
    }
    int[] index = new int[spec.columns().size()];
    for (int i = 0; i < index.length; i++) {
      index[i] = t.columns().indexOf(spec.columns().get(i));
      if (index[i] < 0) {
        return Optional.empty();
      }
    }
    List<AmountColumn> columns = spec.columns();
    return project(t, spec, columns, zeros ? zeroFilled(index) : index);
  }

  private static Optional<BudgetTable> project(BudgetTable t, TableSpec spec, List<AmountColumn> columns,
      int[] index) {
    if (spec.layout() == TableLayout.FUNCTION && t instanceof FunctionTable f) {
      return Optional.of(ImmutableFunctionTable.builder().from(f).columns(columns)
          .total(f.total().map(r -> total(r, index)))
          .rows(f.rows().stream().map(r -> ImmutableFunctionRow.copyOf(r).withCells(pick(r.cells(), index)))
              .toList()).build());
    }
    if (spec.layout() == TableLayout.SUMMARY && t instanceof SummaryTable s) {
      return Optional.of(ImmutableSummaryTable.builder().from(s).columns(columns)
          .categoryRows(s.categoryRows().stream()
              .map(r -> ImmutableCategoryRow.copyOf(r).withCells(pick(r.cells(), index))).toList())
          .currentYearTotal(s.currentYearTotal().map(l -> line(l, index)))
          .carryOver(s.carryOver().map(l -> line(l, index)))
          .grandTotal(s.grandTotal().map(l -> line(l, index))).build());
    }
    if (spec.layout() == TableLayout.ECONOMIC && t instanceof EconomicTable e) {
      return Optional.of(ImmutableEconomicTable.builder().from(e).columns(columns)
          .total(e.total().map(r -> total(r, index)))
          .rows(e.rows().stream().map(r -> ImmutableEconomicRow.copyOf(r).withCells(pick(r.cells(), index)))
              .toList()).build());
    }
    if (spec.layout() == TableLayout.THREE_PUBLIC && t instanceof ThreePublicTable p) {
      return Optional.of(ImmutableThreePublicTable.builder().from(p).columns(columns)
          .total(p.total().map(r -> total(r, index)))
          .rows(p.rows().stream().map(r -> ImmutableThreePublicRow.copyOf(r).withCells(pick(r.cells(), index)))
              .toList()).build());
    }
    return Optional.empty();
  }

  private static TotalRow total(TotalRow r, int[] index) {
    return ImmutableTotalRow.copyOf(r).withCells(pick(r.cells(), index));
  }

  private static SummaryLine line(SummaryLine l, int[] index) {
    return ImmutableSummaryLine.copyOf(l).withCells(pick(l.cells(), index));
  }

  /** The index of each column to pick, negated minus one where an empty cell is to be printed 0. */
  private static int[] zeroFilled(int[] index) {
    int[] out = new int[index.length];
    for (int i = 0; i < index.length; i++) {
      out[i] = -index[i] - 1;
    }
    return out;
  }

  private static List<AmountCell> pick(List<AmountCell> cells, int[] index) {
    List<AmountCell> out = new ArrayList<>(index.length);
    for (int i : index) {
      AmountCell c = cells.get(i < 0 ? -i - 1 : i);
      out.add(i < 0 && c.amount().isEmpty() ? ZERO : c);
    }
    return out;
  }
}
