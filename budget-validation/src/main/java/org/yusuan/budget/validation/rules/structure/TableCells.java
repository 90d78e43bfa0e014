package org.yusuan.budget.validation.rules.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
   * Whether {@code t} prints amount cells and every one is blank (an empty grid), read row list by
   * row list without copying rows or cells (the order does not matter to the answer).
   */
  static boolean isBlankGrid(BudgetTable t) {
    int state = NO_CELL;
    if (t instanceof SummaryTable s) {
      state = scan(s.categoryRows(), state);
      List<IncomeRow> income = s.incomeRows();
      for (int i = 0; i < income.size() && state != AMOUNT; i++) {
        state = income.get(i).amount().isEmpty() ? BLANK : AMOUNT;
      }
    } else if (t instanceof FunctionTable f) {
      state = scan(f.rows(), scan(f.total(), state));
    } else if (t instanceof EconomicTable e) {
      state = scan(e.rows(), scan(e.total(), state));
    } else if (t instanceof RevenueTable r) {
      state = scan(r.rows(), scan(r.total(), state));
    } else if (t instanceof StateCapitalTable c) {
      state = scan(c.expenditureRows(), scan(c.revenueRows(), state));
    } else if (t instanceof ThreePublicTable p) {
      state = scan(p.rows(), scan(p.total(), state));
    } else if (t instanceof UnitAmountTable u) {
      state = scan(u.rows(), scan(u.total(), state));
    } else if (t instanceof ProjectTable p) {
      List<ProjectGroup> groups = p.groups();
      for (int g = 0; g < groups.size(); g++) {
        state = scan(groups.get(g).projects(), state);
      }
      state = scan(p.total(), state);
    }
    return state == BLANK;
  }

  /** What {@link #isBlankGrid} has seen so far: no cell, only blank cells, or a printed amount. */
  private static final int NO_CELL = 0;
  private static final int BLANK = 1;
  private static final int AMOUNT = 2;

  private static int scan(Optional<? extends AmountRow> row, int state) {
    return row.isPresent() ? scan(row.get(), state) : state;
  }

  private static int scan(List<? extends AmountRow> rows, int state) {
    for (int r = 0; r < rows.size() && state != AMOUNT; r++) {
      state = scan(rows.get(r), state);
    }
    return state;
  }

  private static int scan(AmountRow row, int state) {
    if (state == AMOUNT) {
      return state;
    }
    List<AmountCell> cells = row.cells();
    for (int i = 0; i < cells.size(); i++) {
      if (!cells.get(i).isEmpty()) {
        return AMOUNT;
      }
      state = BLANK;
    }
    return state;
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
