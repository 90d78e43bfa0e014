package org.yusuan.budget.table;

import java.util.EnumSet;
import java.util.List;

/** The structural checks shared by the table types (never business rules: sums are findings). */
final class Structure {
  private Structure() {}

  /** Columns are non-empty and distinct. */
  static void columns(TableId id, String what, List<AmountColumn> columns) {
    if (columns.isEmpty()) {
      throw new IllegalStateException("table " + id + ": " + what + " has no amount columns");
    }
    if (EnumSet.copyOf(columns).size() != columns.size()) {
      throw new IllegalStateException(
          "table " + id + ": " + what + " lists a column twice: " + columns);
    }
  }

  /** Every row has one cell per column. */
  static void width(TableId id, List<AmountColumn> columns, Iterable<? extends AmountRow> rows) {
    for (AmountRow row : rows) {
      width(id, columns, row);
    }
  }

  /** The row has one cell per column. */
  static void width(TableId id, List<AmountColumn> columns, AmountRow row) {
    if (row.cells().size() != columns.size()) {
      throw new IllegalStateException("table " + id + ": row " + row.describe() + " has "
          + row.cells().size() + " amount cells but the table has " + columns.size()
          + " columns " + columns);
    }
  }

  /** Whitespace removed, for comparing a printed code with its parsed form. */
  static String compact(String printed) {
    return printed.replaceAll("\\s+", "");
  }
}
