package org.yusuan.budget.validation.rules.finals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ImmutableCategoryRow;
import org.yusuan.budget.table.ImmutableEconomicRow;
import org.yusuan.budget.table.ImmutableEconomicTable;
import org.yusuan.budget.table.ImmutableFunctionRow;
import org.yusuan.budget.table.ImmutableFunctionTable;
import org.yusuan.budget.table.ImmutableIncomeRow;
import org.yusuan.budget.table.ImmutableSummaryLine;
import org.yusuan.budget.table.ImmutableSummaryTable;
import org.yusuan.budget.table.ImmutableThreePublicTable;
import org.yusuan.budget.table.ImmutableTotalRow;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.TotalRow;

/** Edits of a 决算 model for the tests: one printed cell changed, a table declared empty. */
public final class FinalEdits {
  private FinalEdits() {}

  public static List<AmountCell> set(List<AmountCell> cells, int i, String value) {
    List<AmountCell> out = new ArrayList<>(cells);
    out.set(i, AmountCell.parse(value));
    return out;
  }

  public static UnaryOperator<DepartmentBudget> summary(TableId id, UnaryOperator<SummaryTable> change) {
    return b -> {
      List<SummaryTable> out = new ArrayList<>();
      for (SummaryTable t : b.summaryTables()) {
        out.add(t.id().equals(id) ? change.apply(t) : t);
      }
      return ImmutableDepartmentBudget.copyOf(b).withSummaryTables(out);
    };
  }

  /** The income line {@code label} of F1 / F4 (or its 年初 by fund line when {@code byFund}). */
  public static UnaryOperator<DepartmentBudget> income(TableId id, String label, boolean byFund, String value) {
    return summary(id, t -> {
      List<IncomeRow> rows = new ArrayList<>();
      for (IncomeRow r : byFund ? t.carryOverByFund() : t.incomeRows()) {
        rows.add(r.printedLabel().equals(label) ? ImmutableIncomeRow.copyOf(r).withAmount(AmountCell.parse(value)) : r);
      }
      return byFund ? ImmutableSummaryTable.copyOf(t).withCarryOverByFund(rows)
          : ImmutableSummaryTable.copyOf(t).withIncomeRows(rows);
    });
  }

  public static UnaryOperator<DepartmentBudget> category(TableId id, String name, AmountColumn column, String value) {
    return summary(id, t -> {
      List<CategoryRow> rows = new ArrayList<>();
      int ci = t.columns().indexOf(column);
      for (CategoryRow r : t.categoryRows()) {
        rows.add(r.printedName().equals(name) ? ImmutableCategoryRow.copyOf(r).withCells(set(r.cells(), ci, value)) : r);
      }
      return ImmutableSummaryTable.copyOf(t).withCategoryRows(rows);
    });
  }

  /** Footer line {@code which} (0 本年合计, 1 年初/年末, 2 总计): its income amount (column null) or a cell. */
  public static UnaryOperator<DepartmentBudget> line(TableId id, int which, AmountColumn column, String value) {
    return summary(id, t -> {
      SummaryLine l = (which == 0 ? t.currentYearTotal() : which == 1 ? t.carryOver() : t.grandTotal()).orElseThrow();
      SummaryLine n = column == null ? ImmutableSummaryLine.copyOf(l).withIncomeAmount(AmountCell.parse(value))
          : ImmutableSummaryLine.copyOf(l).withCells(set(l.cells(), t.columns().indexOf(column), value));
      ImmutableSummaryTable c = ImmutableSummaryTable.copyOf(t);
      return which == 0 ? c.withCurrentYearTotal(n) : which == 1 ? c.withCarryOver(n) : c.withGrandTotal(n);
    });
  }

  public static UnaryOperator<DepartmentBudget> function(TableId id, UnaryOperator<FunctionTable> change) {
    return b -> {
      List<FunctionTable> out = new ArrayList<>();
      for (FunctionTable t : b.functionTables()) {
        out.add(t.id().equals(id) ? change.apply(t) : t);
      }
      return ImmutableDepartmentBudget.copyOf(b).withFunctionTables(out);
    };
  }

  /** Function table {@code id}, row {@code code} (合计: the total row), column {@code column} set to {@code value}. */
  public static UnaryOperator<DepartmentBudget> fn(TableId id, String code, AmountColumn column, String value) {
    return function(id, t -> {
      int ci = t.columns().indexOf(column);
      if (code.equals("合计")) {
        TotalRow r = t.total().orElseThrow();
        return ImmutableFunctionTable.copyOf(t).withTotal(ImmutableTotalRow.copyOf(r).withCells(set(r.cells(), ci, value)));
      }
      List<FunctionRow> rows = new ArrayList<>();
      for (FunctionRow r : t.rows()) {
        rows.add(r.printedCode().equals(code) ? ImmutableFunctionRow.copyOf(r).withCells(set(r.cells(), ci, value)) : r);
      }
      return ImmutableFunctionTable.copyOf(t).withRows(rows);
    });
  }

  public static UnaryOperator<DepartmentBudget> declaredEmpty(TableId id) {
    return function(id, t -> ImmutableFunctionTable.copyOf(t).withDeclaredEmpty(true));
  }

  public static UnaryOperator<DepartmentBudget> econ(String code, String value) {
    return b -> {
      EconomicTable t = b.tablesById().economicTable(TableId.F6).orElseThrow();
      List<EconomicRow> rows = new ArrayList<>();
      for (EconomicRow r : t.rows()) {
        boolean hit = r.departmentCode().map(c -> c.value().equals(code)).orElse(false);
        rows.add(hit ? ImmutableEconomicRow.copyOf(r).withCells(set(r.cells(), 0, value)) : r);
      }
      return ImmutableDepartmentBudget.copyOf(b).withEconomicTables(ImmutableEconomicTable.copyOf(t).withRows(rows));
    };
  }

  public static UnaryOperator<DepartmentBudget> threePublicTotal(AmountColumn column, String value) {
    return b -> {
      ThreePublicTable t = b.tablesById().threePublicTable(TableId.F7).orElseThrow();
      TotalRow r = t.total().orElseThrow();
      return ImmutableDepartmentBudget.copyOf(b).withThreePublicTables(ImmutableThreePublicTable.copyOf(t)
          .withTotal(ImmutableTotalRow.copyOf(r).withCells(set(r.cells(), t.columns().indexOf(column), value))));
    };
  }

  @SafeVarargs
  public static UnaryOperator<DepartmentBudget> all(UnaryOperator<DepartmentBudget>... edits) {
    return b -> {
      DepartmentBudget x = b;
      for (UnaryOperator<DepartmentBudget> e : edits) {
        x = e.apply(x);
      }
      return x;
    };
  }
}
