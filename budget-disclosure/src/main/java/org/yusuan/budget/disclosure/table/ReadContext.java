package org.yusuan.budget.disclosure.table;

import java.util.ArrayList;
import java.util.List;
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

  /** A context over {@code ledger} for the budget of {@code departmentName} in {@code budgetYear}. */
  public ReadContext(LineLedger ledger, String departmentName, int budgetYear) {
    this.ledger = ledger;
    this.departmentName = departmentName;
    this.budgetYear = budgetYear;
  }

  /** The ledger every line is accounted in. */
  public LineLedger ledger() {
    return ledger;
  }

  /** The department name from the cover. */
  public String departmentName() {
    return departmentName;
  }

  /** The budget year from the cover or the titles. */
  public int budgetYear() {
    return budgetYear;
  }

  /** Records that {@code line} holds row {@code rowKey} of table {@code table}, and marks it read. */
  public void row(String table, String rowKey, SourceLine line) {
    origins.add(ImmutableRowOrigin.of(table, rowKey, line.number()));
    ledger.read(line, table + " row");
  }

  /**
   * Records that row {@code rowKey} of {@code table} begins on {@code line}, a line another record
   * already accounts for (a performance sheet, found by its label, begins on its first line).
   */
  public void origin(String table, String rowKey, SourceLine line) {
    origins.add(ImmutableRowOrigin.of(table, rowKey, line.number()));
  }

  /** Records a table's title line. */
  public void title(String table, SourceLine line) {
    origins.add(ImmutableRowOrigin.of(table, "", line.number()));
    ledger.read(line, table + " title");
  }

  /** A repair or re-anchoring in table {@code table}. */
  public void info(SourceLine line, String table, ReaderMessage message) {
    ledger.info(line, Optional.of(table), message);
  }

  /** An ambiguity in table {@code table}. */
  public void warn(SourceLine line, String table, ReaderMessage message) {
    ledger.warn(line, Optional.of(table), message);
  }

  /** The first line recorded for row {@code rowKey} of table {@code table}, if any. */
  public Optional<Integer> line(String table, String rowKey) {
    for (Provenance.RowOrigin o : origins) {
      if (o.table().equals(table) && o.rowKey().equals(rowKey)) {
        return Optional.of(o.line());
      }
    }
    return Optional.empty();
  }

  /** The provenance recorded so far. */
  public Provenance provenance() {
    return org.yusuan.budget.disclosure.ImmutableProvenance.builder().addAllRows(origins).build();
  }
}
