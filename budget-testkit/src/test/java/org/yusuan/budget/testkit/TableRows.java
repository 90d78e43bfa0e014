package org.yusuan.budget.testkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.ThreePublicTable;

/**
 * A table as one line per row — labels, codes and exact amounts — for comparing a table as generated
 * with the same table as read back: what a template prints of it, nothing the reader may legitimately
 * spell otherwise (a 元 table's cells carry another quantum, so amounts only).
 */
final class TableRows {
  private TableRows() {}

  static List<String> of(BudgetTable t) {
    List<String> out = new ArrayList<>();
    out.add("columns " + t.columns() + (t.declaredEmpty() ? " declared empty" : ""));
    if (t instanceof FunctionTable f) {
      f.total().ifPresent(total -> out.add("total " + amounts(total.cells())));
      for (FunctionRow r : f.rows()) {
        out.add(r.code().map(Object::toString).orElse("?" + r.printedCode()) + " " + r.printedName() + " "
            + amounts(r.cells()));
      }
    } else if (t instanceof EconomicTable e) {
      e.total().ifPresent(total -> out.add("total " + amounts(total.cells())));
      for (EconomicRow r : e.rows()) {
        out.add(r.departmentCode().map(Object::toString).orElse("?") + " " + r.departmentName() + " "
            + amounts(r.cells()));
      }
    } else if (t instanceof SummaryTable s) {
      for (IncomeRow r : s.incomeRows()) {
        out.add("income " + r.printedLabel() + " " + r.source() + " " + r.amount().amount());
      }
      for (CategoryRow r : s.categoryRows()) {
        out.add("class " + r.printedName() + " " + r.code() + " " + amounts(r.cells()));
      }
      s.currentYearTotal().ifPresent(l -> out.add("current " + line(l)));
      s.carryOver().ifPresent(l -> out.add("carry " + line(l)));
      for (IncomeRow r : s.carryOverByFund()) {
        out.add("carry by fund " + r.printedLabel() + " " + r.amount().amount());
      }
      s.grandTotal().ifPresent(l -> out.add("grand " + line(l)));
    } else if (t instanceof ThreePublicTable p) {
      p.total().ifPresent(total -> out.add("total " + amounts(total.cells())));
      p.rows().stream().sorted(Comparator.comparing(r -> r.item().map(Enum::ordinal).orElse(-1)))
          .forEach(r -> out.add(r.item().map(Enum::name).orElse("?" + r.printedLabel()) + " "
              + amounts(r.cells())));
    } else {
      throw new IllegalArgumentException("no rows for " + t.getClass().getSimpleName());
    }
    return out;
  }

  private static String line(SummaryLine l) {
    return l.incomeLabel() + " " + l.incomeAmount().amount() + " | " + l.expenditureLabel() + " "
        + amounts(l.cells());
  }

  private static List<String> amounts(List<AmountCell> cells) {
    return cells.stream().map(c -> c.amount().map(Object::toString).orElse("-")).toList();
  }
}
