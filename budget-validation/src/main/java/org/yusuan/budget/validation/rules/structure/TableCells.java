package org.yusuan.budget.validation.rules.structure;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountRow;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.ProjectGroup;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.StateCapitalTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.UnitAmountTable;

/** Every amount cell a table prints (表中金额单元格), total first where it has one. */
final class TableCells {
  private TableCells() {}

  /** The cells of {@code t}'s rows (and a summary table's income rows). */
  static List<AmountCell> cells(BudgetTable t) {
    List<AmountCell> cells = new ArrayList<>();
    for (AmountRow row : rows(t)) {
      cells.addAll(row.cells());
    }
    if (t instanceof SummaryTable s) {
      for (IncomeRow r : s.incomeRows()) {
        cells.add(r.amount());
      }
    }
    return cells;
  }

  /**
   * Whether {@code t} prints amount cells and every one is blank (an empty grid), read without
   * copying them into a list as {@link #cells} does.
   */
  static boolean isBlankGrid(BudgetTable t) {
    boolean any = false;
    for (AmountRow row : rows(t)) {
      List<AmountCell> cells = row.cells();
      for (int i = 0; i < cells.size(); i++) {
        if (cells.get(i).amount().isPresent()) {
          return false;
        }
        any = true;
      }
    }
    if (t instanceof SummaryTable s) {
      for (IncomeRow r : s.incomeRows()) {
        if (r.amount().amount().isPresent()) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  private static List<AmountRow> rows(BudgetTable t) {
    List<AmountRow> rows = new ArrayList<>();
    if (t instanceof SummaryTable s) {
      rows.addAll(s.categoryRows());
    } else if (t instanceof FunctionTable f) {
      f.total().ifPresent(rows::add);
      rows.addAll(f.rows());
    } else if (t instanceof EconomicTable e) {
      e.total().ifPresent(rows::add);
      rows.addAll(e.rows());
    } else if (t instanceof RevenueTable r) {
      r.total().ifPresent(rows::add);
      rows.addAll(r.rows());
    } else if (t instanceof StateCapitalTable c) {
      rows.addAll(c.revenueRows());
      rows.addAll(c.expenditureRows());
    } else if (t instanceof ThreePublicTable p) {
      p.total().ifPresent(rows::add);
      rows.addAll(p.rows());
    } else if (t instanceof UnitAmountTable u) {
      u.total().ifPresent(rows::add);
      rows.addAll(u.rows());
    } else if (t instanceof ProjectTable p) {
      for (ProjectGroup g : p.groups()) {
        rows.addAll(g.projects());
      }
      p.total().ifPresent(rows::add);
    }
    return rows;
  }
}
