package org.yusuan.budget.disclosure.performance;

import java.util.Map;
import org.yusuan.budget.performance.IndicatorTarget;

import org.yusuan.budget.disclosure.table.ReadContext;
import org.yusuan.budget.disclosure.text.SourceLine;

/**
 * Where one sheet's reader accounts for its lines: read lines are recorded as provenance of the
 * sheet ({@code 绩效目标表#3}), skipped and not-understood lines with their reasons, repairs and
 * doubts as report issues naming the sheet.
 */
final class SheetSink {
  private final ReadContext context;
  private final String sheet;
  private final Map<String, IndicatorTarget> targets;

  /**
   * A sink for {@code sheet}; {@code targets} memoises {@link IndicatorTarget#parse} across the
   * sheets of one read (cells are classified by parsing them, often more than once, and values
   * repeat from sheet to sheet).
   */
  SheetSink(ReadContext context, String sheet, Map<String, IndicatorTarget> targets) {
    this.context = context;
    this.sheet = sheet;
    this.targets = targets;
  }

  /** The parsed target of the printed value {@code raw}. */
  IndicatorTarget target(String raw) {
    IndicatorTarget t = targets.get(raw);
    if (t == null) {
      t = IndicatorTarget.parse(raw);
      targets.put(raw, t);
    }
    return t;
  }

  /** The sheet's id in provenance and report. */
  String sheet() {
    return sheet;
  }

  /** Whether another reader (page marks, running headers) has already accounted for the line. */
  boolean isMarked(SourceLine line) {
    return context.ledger().isMarked(line);
  }

  void read(SourceLine line, String what) {
    context.row(sheet, what, line);
  }

  void skip(SourceLine line, String reason) {
    context.ledger().skip(line, sheet + ": " + reason);
  }

  void notUnderstood(SourceLine line, String reason) {
    context.ledger().notUnderstood(line, java.util.Optional.of(sheet), reason);
  }

  void info(SourceLine line, String message) {
    context.info(line, sheet, message);
  }

  void warn(SourceLine line, String message) {
    context.warn(line, sheet, message);
  }
}
