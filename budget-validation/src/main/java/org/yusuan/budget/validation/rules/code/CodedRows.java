package org.yusuan.budget.validation.rules.code;

import org.yusuan.budget.classification.BudgetCode;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.RevenueRow;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.rules.support.Checks;
import org.yusuan.budget.validation.rules.support.RowKeys;

/** The coded rows of 表一–表八 (带编码的行): visiting them, and where a finding on one is located. */
final class CodedRows {
  private CodedRows() {}

  /** Visits a coded row: its table id, the row (turned into a {@link Location} only when reported), its code. */
  interface CodeVisitor {
    void visit(String table, Object row, BudgetCode code);
  }

  /** The location of a row visited by {@link #forEachCode}. */
  static Location rowLocation(String table, Object row) {
    if (row instanceof CategoryRow) {
      return Location.row(table, ((CategoryRow) row).printedName());
    } else if (row instanceof FunctionRow) {
      return Location.row(table, Checks.key((FunctionRow) row));
    } else if (row instanceof RevenueRow) {
      return Location.row(table, RowKeys.key((RevenueRow) row));
    }
    return Location.row(table, RowKeys.key((EconomicRow) row));
  }

  /** Calls {@code visit} with the row location and code of every coded row of 表一–表八. */
  static void forEachCode(DepartmentBudget b, CodeVisitor visit) {
    for (SummaryTable t : b.summaryTables()) {
      for (CategoryRow r : t.categoryRows()) {
        if (r.code().isPresent()) {
          visit.visit(t.id().value(), r, r.code().get());
        }
      }
    }
    for (FunctionTable t : b.functionTables()) {
      for (FunctionRow r : t.rows()) {
        if (r.code().isPresent()) {
          visit.visit(t.id().value(), r, r.code().get());
        }
      }
    }
    for (RevenueTable t : b.revenueTables()) {
      for (RevenueRow r : t.rows()) {
        if (r.code().isPresent()) {
          visit.visit(t.id().value(), r, r.code().get());
        }
      }
    }
    for (EconomicTable t : b.economicTables()) {
      for (EconomicRow r : t.rows()) {
        if (r.departmentCode().isPresent()) {
          visit.visit(t.id().value(), r, r.departmentCode().get());
        }
        if (r.governmentCode().isPresent()) {
          visit.visit(t.id().value(), r, r.governmentCode().get());
        }
      }
    }
  }
}
