package org.yusuan.budget.table;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.yusuan.budget.classification.BudgetCode;
import org.yusuan.budget.classification.CodeFormatException;
import org.yusuan.budget.text.WhiteSpace;

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

  /** The code {@code parser} reads from {@code printed} without white space, if it is well formed. */
  static <C> Optional<C> parsedCode(String printed, Function<String, C> parser) {
    try {
      return Optional.of(parser.apply(WhiteSpace.removeAll(printed)));
    } catch (CodeFormatException e) {
      return Optional.empty();
    }
  }

  /** Checks that a row's parsed {@code code}, when present, is its {@code printed} code. */
  static void printedCode(String row, Optional<? extends BudgetCode> code, String printed) {
    if (code.isPresent() && !code.get().value().equals(WhiteSpace.removeAll(printed))) {
      throw new IllegalStateException("row " + row + ": code " + code.get().value()
          + " is not the printed code \"" + printed + "\"");
    }
  }
}
