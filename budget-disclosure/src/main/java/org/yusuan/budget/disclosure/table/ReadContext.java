package org.yusuan.budget.disclosure.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.budget.disclosure.ImmutableRowOrigin;
import org.yusuan.budget.disclosure.Provenance;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.LineLedger;
import org.yusuan.budget.disclosure.text.SourceLine;

/** What table readers share during one read: the ledger, the document's facts, the provenance. */
public final class ReadContext {
  private final LineLedger ledger;
  private final String departmentName;
  private final int budgetYear;
  private final List<Provenance.RowOrigin> origins = new ArrayList<>();
  /** The ledger's reason for a row of each table, made once per table rather than once per row. */
  private final Map<String, String> rowReasons = new HashMap<>();

  /**
   * A context over {@code ledger} for the budget of {@code departmentName} in {@code budgetYear}.
   *
   * @param ledger the ledger of the whole read, shared by every reader
   * @param departmentName the department (部门) or unit (单位) name as the cover prints it
   * @param budgetYear the four-digit budget year (预算年度), e.g. 2024
   */
  public ReadContext(LineLedger ledger, String departmentName, int budgetYear) {
    this.ledger = ledger;
    this.departmentName = departmentName;
    this.budgetYear = budgetYear;
  }

  /** {@return the ledger every line is accounted in} */
  public LineLedger ledger() {
    return ledger;
  }

  /** {@return the department name from the cover} */
  public String departmentName() {
    return departmentName;
  }

  /** {@return the budget year from the cover or the titles, four digits} */
  public int budgetYear() {
    return budgetYear;
  }

  /**
   * Records that {@code line} holds row {@code rowKey} of table {@code table}, and marks it read.
   *
   * @param table the table id as text, e.g. {@code T2}
   * @param rowKey the row's key in the model (a classification code or a footer label)
   * @param line the line the row is printed on
   */
  public void row(String table, String rowKey, SourceLine line) {
    origins.add(ImmutableRowOrigin.of(table, rowKey, line.number()));
    ledger.read(line, rowReasons.computeIfAbsent(table, t -> t + " row"));
  }

  /**
   * Records that row {@code rowKey} of {@code table} begins on {@code line}, a line another record
   * already accounts for (a performance sheet, found by its label, begins on its first line).
   * The ledger is not changed.
   *
   * @param table the table id as text, e.g. {@code T2}
   * @param rowKey the row's key in the model
   * @param line the line the row begins on
   */
  public void origin(String table, String rowKey, SourceLine line) {
    origins.add(ImmutableRowOrigin.of(table, rowKey, line.number()));
  }

  /**
   * Records a table's title line (as row key {@code ""}) and marks it read.
   *
   * @param table the table id as text, e.g. {@code T2}
   * @param line the title line
   */
  public void title(String table, SourceLine line) {
    origins.add(ImmutableRowOrigin.of(table, "", line.number()));
    ledger.read(line, table + " title");
  }

  /**
   * Records a repair or re-anchoring in table {@code table}, as an INFO issue.
   *
   * @param line the line repaired
   * @param table the table id as text, e.g. {@code T2}
   * @param message what was repaired, in both languages
   */
  public void info(SourceLine line, String table, ReaderMessage message) {
    ledger.info(line, Optional.of(table), message);
  }

  /**
   * Records an ambiguity in table {@code table}, as a WARNING issue; the printed reading is kept.
   *
   * @param line the line in doubt
   * @param table the table id as text, e.g. {@code T2}
   * @param message the doubt, in both languages
   */
  public void warn(SourceLine line, String table, ReaderMessage message) {
    ledger.warn(line, Optional.of(table), message);
  }

  /**
   * {@return the 1-based number of the first line recorded for row {@code rowKey} of table {@code
   * table}; empty when none was}
   *
   * @param table the table id as text, e.g. {@code T2}
   * @param rowKey the row's key as recorded; {@code ""} for the title line
   */
  public Optional<Integer> line(String table, String rowKey) {
    for (Provenance.RowOrigin o : origins) {
      if (o.table().equals(table) && o.rowKey().equals(rowKey)) {
        return Optional.of(o.line());
      }
    }
    return Optional.empty();
  }

  /** {@return the provenance recorded so far: where each row and title was printed} */
  public Provenance provenance() {
    return org.yusuan.budget.disclosure.ImmutableProvenance.builder().addAllRows(origins).build();
  }
}
