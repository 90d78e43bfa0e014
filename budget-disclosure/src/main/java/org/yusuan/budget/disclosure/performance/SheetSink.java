package org.yusuan.budget.disclosure.performance;

import java.util.List;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.performance.IndicatorTarget;

import org.yusuan.budget.disclosure.table.ReadContext;
import org.yusuan.budget.disclosure.text.SourceLine;

/**
 * Where one sheet's reader accounts for its lines: read lines are recorded as provenance of the
 * sheet ({@code 绩效目标表#3}), skipped and not-understood lines with their reasons, repairs and
 * doubts as report issues naming the sheet. Cells the reader does not know are gathered and reported
 * once per sheet with their count ({@link #unrecognized}, {@link #close}): a sheet of another
 * template may have hundreds, and one warning per cell would bury the rest of the report.
 */
final class SheetSink {
  /** Unrecognised cells named in the sheet's one warning; the rest are counted. */
  private static final int NAMED = 8;
  /** Characters of a cell quoted in that warning. */
  private static final int QUOTED = 20;

  private final ReadContext context;
  private final String sheet;
  private final SheetCache cache;
  private final java.util.List<String> unrecognized = new java.util.ArrayList<>();
  private SourceLine firstUnrecognized;
  /** The ledger's reasons by the reader's, made once per sheet: most of a sheet's skips share a few. */
  private final java.util.Map<String, String> skipReasons = new java.util.HashMap<>();

  /** A sink for {@code sheet}; {@code cache} is shared by the sheets of one read. */
  SheetSink(ReadContext context, String sheet, SheetCache cache) {
    this.context = context;
    this.sheet = sheet;
    this.cache = cache;
  }

  /** The non-empty cells of {@code line} ({@link Token#of}), their texts' meanings shared by the read. */
  List<Token> tokens(SourceLine line) {
    return Token.of(line, cache);
  }

  /** The parsed target of the printed value {@code raw}. */
  IndicatorTarget target(String raw) {
    return cache.target(raw);
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
    String r = skipReasons.get(reason);
    if (r == null) {
      r = sheet + ": " + reason;
      skipReasons.put(reason, r);
    }
    context.ledger().skip(line, r);
  }

  void notUnderstood(SourceLine line, ReaderMessage reason) {
    context.ledger().notUnderstood(line, java.util.Optional.of(sheet), reason);
  }

  void info(SourceLine line, ReaderMessage message) {
    context.info(line, sheet, message);
  }

  void warn(SourceLine line, ReaderMessage message) {
    context.warn(line, sheet, message);
  }

  /**
   * Notes a cell the sheet's reader does not know and keeps in the sheet's unrecognized values (the
   * caller adds it to the model); reported by {@link #close}, not here.
   */
  void unrecognized(SourceLine line, String cell) {
    if (firstUnrecognized == null) {
      firstUnrecognized = line;
    }
    unrecognized.add(cell);
  }

  /** How many cells {@link #unrecognized} has noted. */
  int unrecognizedCount() {
    return unrecognized.size();
  }

  /**
   * Ends the sheet: one warning, on the line of the first unrecognised cell, naming the sheet, the
   * count and the first {@value #NAMED} distinct cells.
   */
  void close() {
    if (unrecognized.isEmpty()) {
      return;
    }
    java.util.Set<String> distinct = new java.util.LinkedHashSet<>();
    for (String c : unrecognized) {
      distinct.add(c.length() > QUOTED ? c.substring(0, QUOTED) + "…" : c);
    }
    StringBuilder named = new StringBuilder();
    int n = 0;
    for (String c : distinct) {
      if (n++ == NAMED) {
        named.append(", …");
        break;
      }
      named.append(n == 1 ? "" : ", ").append('\'').append(c).append('\'');
    }
    context.warn(firstUnrecognized, sheet,
        ReaderMessage.of("sheet.unrecognized", unrecognized.size(), named));
    unrecognized.clear();
    firstUnrecognized = null;
  }
}
