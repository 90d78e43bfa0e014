package org.yusuan.budget.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Test-only: renders a table model back to the printed rows of the standard template (cells as
 * text, empty cell = {@code ""}), in printed order, so a model can be compared cell by cell with the
 * seed text.
 */
final class PrintedRows {
  private PrintedRows() {}

  static List<List<String>> of(BudgetTable table) {
    List<List<String>> out = new ArrayList<>();
    if (table instanceof SummaryTable t) {
      int n = Math.max(t.incomeRows().size(), t.categoryRows().size());
      for (int i = 0; i < n; i++) {
        List<String> r = new ArrayList<>();
        if (i < t.incomeRows().size()) {
          r.add(t.incomeRows().get(i).printedLabel());
          r.add(t.incomeRows().get(i).amount().toString());
        } else {
          r.add("");
          r.add("");
        }
        if (i < t.categoryRows().size()) {
          r.add(t.categoryRows().get(i).printedName());
          r.addAll(text(t.categoryRows().get(i).cells()));
        } else {
          pad(r, 1 + t.columns().size());
        }
        out.add(r);
      }
      t.currentYearTotal().ifPresent(l -> out.add(line(l)));
      t.carryOver().ifPresent(l -> out.add(line(l)));
      for (IncomeRow f : t.carryOverByFund()) {
        List<String> r = new ArrayList<>(List.of(f.printedLabel(), f.amount().toString()));
        pad(r, 1 + t.columns().size());
        out.add(r);
      }
      t.grandTotal().ifPresent(l -> out.add(line(l)));
    } else if (table instanceof FunctionTable t) {
      t.total().ifPresent(r -> out.add(total(t.id(), r)));
      for (FunctionRow r : t.rows()) {
        out.add(row(List.of(r.printedCode(), r.printedName()), r));
      }
    } else if (table instanceof RevenueTable t) {
      t.total().ifPresent(r -> out.add(total(t.id(), r)));
      for (RevenueRow r : t.rows()) {
        out.add(row(List.of(r.printedCode(), r.printedName()), r));
      }
    } else if (table instanceof EconomicTable t) {
      t.total().ifPresent(r -> out.add(row(List.of(r.label(), ""), r)));
      for (EconomicRow r : t.rows()) {
        out.add(row(List.of(r.departmentName(), r.governmentName().orElse("")), r));
      }
    } else if (table instanceof StateCapitalTable t) {
      int n = Math.max(t.revenueRows().size(), t.expenditureRows().size());
      if (t.revenueTotal().isPresent() || t.expenditureTotal().isPresent()) {
        List<String> r = new ArrayList<>();
        r.add(t.revenueTotal().map(TotalRow::label).orElse(""));
        r.add("");
        r.add(t.revenueTotal().map(x -> x.cells().get(0).toString()).orElse(""));
        r.add("");
        r.add(t.expenditureTotal().map(TotalRow::label).orElse(""));
        t.expenditureTotal().ifPresent(x -> r.addAll(text(x.cells())));
        out.add(r);
      }
      for (int i = 0; i < n; i++) {
        List<String> r = new ArrayList<>();
        if (i < t.revenueRows().size()) {
          RevenueRow v = t.revenueRows().get(i);
          r.addAll(List.of(v.printedCode(), v.printedName(), v.cells().get(0).toString()));
        } else {
          pad(r, 3);
        }
        if (i < t.expenditureRows().size()) {
          FunctionRow f = t.expenditureRows().get(i);
          r.add(f.printedCode());
          r.add(f.printedName());
          r.addAll(text(f.cells()));
        }
        out.add(r);
      }
    } else if (table instanceof ThreePublicTable t) {
      for (ThreePublicRow r : t.rows()) {
        out.add(row(List.of(r.printedLabel()), r));
      }
      t.total().ifPresent(r -> out.add(row(List.of(r.label()), r)));
    } else if (table instanceof UnitAmountTable t) {
      t.total().ifPresent(r -> out.add(row(List.of(r.label()), r)));
      for (UnitAmountRow r : t.rows()) {
        out.add(row(List.of(r.printedUnitName()), r));
      }
    } else if (table instanceof ProjectTable t) {
      t.total().ifPresent(r -> out.add(row(List.of(r.label()), r)));
      for (ProjectGroup g : t.groups()) {
        for (TotalRow r : g.subtotalRows()) {
          out.add(row(List.of(r.label()), r));
        }
        for (ProjectRow r : g.projects()) {
          out.add(row(List.of(r.printedName()), r));
        }
      }
    } else {
      throw new IllegalArgumentException("unknown table type " + table.getClass());
    }
    return out;
  }

  /** The standard template prints 合计 in the code column, except 表八 in the name column (003). */
  private static List<String> total(TableId id, TotalRow r) {
    return row(List.of(r.label(), ""), r);
  }

  private static List<String> line(SummaryLine l) {
    List<String> r = new ArrayList<>(List.of(l.incomeLabel(), l.incomeAmount().toString(),
        l.expenditureLabel()));
    r.addAll(text(l.cells()));
    return r;
  }

  private static List<String> row(List<String> labels, AmountRow r) {
    List<String> out = new ArrayList<>(labels);
    out.addAll(text(r.cells()));
    return out;
  }

  private static List<String> text(List<AmountCell> cells) {
    List<String> out = new ArrayList<>();
    for (AmountCell c : cells) {
      out.add(c.toString());
    }
    return out;
  }

  private static void pad(List<String> r, int n) {
    for (int i = 0; i < n; i++) {
      r.add("");
    }
  }

  /** Drops trailing empty cells (the extractor drops some; they carry nothing). */
  static List<String> trimmed(List<String> cells) {
    int n = cells.size();
    while (n > 0 && cells.get(n - 1).isEmpty()) {
      n--;
    }
    return cells.subList(0, n);
  }
}
