package org.yusuan.budget.disclosure.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.disclosure.ImmutableLineRecord;
import org.yusuan.budget.disclosure.ImmutableReadIssue;
import org.yusuan.budget.disclosure.ImmutableReadReport;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.disclosure.ReadIssue;
import org.yusuan.budget.disclosure.ReadReport;
import org.yusuan.budget.disclosure.ReaderMessage;

/**
 * The running account of a read: every reader marks the lines it consumes or skips, and at the end
 * every line nobody marked becomes NOT_UNDERSTOOD with a warning. This is what makes "nothing is
 * dropped silently" a property of the reader rather than a hope. One per read; not thread-safe.
 */
public final class LineLedger {
  private final String source;
  private final List<SourceLine> lines;
  private final LineDisposition[] dispositions;
  private final String[] reasons;
  private final List<ReadIssue> issues = new ArrayList<>();

  /** A ledger over {@code lines} of {@code source}. */
  public LineLedger(String source, List<SourceLine> lines) {
    this.source = source;
    this.lines = List.copyOf(lines);
    this.dispositions = new LineDisposition[lines.size()];
    this.reasons = new String[lines.size()];
  }

  /** The source lines. */
  public List<SourceLine> lines() {
    return lines;
  }

  /** The source's name. */
  public String source() {
    return source;
  }

  /** Marks {@code line} as read into the model, for {@code reason}. */
  public void read(SourceLine line, String reason) {
    mark(line, LineDisposition.READ, reason);
  }

  /** Marks {@code line} as skipped, for {@code reason}. */
  public void skip(SourceLine line, String reason) {
    mark(line, LineDisposition.SKIPPED, reason);
  }

  /**
   * Marks {@code line} as not understood, with a warning saying {@code reason}; the ledger keeps its
   * English text.
   */
  public void notUnderstood(SourceLine line, Optional<String> table, ReaderMessage reason) {
    mark(line, LineDisposition.NOT_UNDERSTOOD, reason.english());
    warn(line, table, reason);
  }

  /** Whether a reader has already marked {@code line}. */
  public boolean isMarked(SourceLine line) {
    return dispositions[line.index()] != null;
  }

  /** How {@code line} has been marked so far, if it has. */
  public Optional<LineDisposition> disposition(SourceLine line) {
    return Optional.ofNullable(dispositions[line.index()]);
  }

  /** Why {@code line} was marked so far, if it was. */
  public Optional<String> reason(SourceLine line) {
    return Optional.ofNullable(reasons[line.index()]);
  }

  /** The indexes of the lines marked so far (a copy). */
  public java.util.BitSet marked() {
    java.util.BitSet set = new java.util.BitSet(dispositions.length);
    for (int i = 0; i < dispositions.length; i++) {
      if (dispositions[i] != null) {
        set.set(i);
      }
    }
    return set;
  }

  /** Records a repair or re-anchoring made with evidence. */
  public void info(SourceLine line, Optional<String> table, ReaderMessage message) {
    issue(ReadIssue.Level.INFO, line, table, message);
  }

  /** Records an ambiguity or a doubt, keeping the printed reading. */
  public void warn(SourceLine line, Optional<String> table, ReaderMessage message) {
    issue(ReadIssue.Level.WARNING, line, table, message);
  }

  private void issue(ReadIssue.Level level, SourceLine line, Optional<String> table, ReaderMessage m) {
    issues.add(ImmutableReadIssue.builder().level(level).line(line.number()).table(table)
        .message(m.english()).messageZh(m.chinese()).text(line.raw()).build());
  }

  private void mark(SourceLine line, LineDisposition disposition, String reason) {
    int i = line.index();
    // a later, more specific reader may re-mark a line (e.g. a table row after a skip as caption)
    dispositions[i] = disposition;
    reasons[i] = reason;
  }

  /** Closes the account: unmarked lines become NOT_UNDERSTOOD warnings. */
  public ReadReport report() {
    ImmutableReadReport.Builder b = ImmutableReadReport.builder().source(source);
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (dispositions[i] == null) {
        if (line.isBlank()) {
          dispositions[i] = LineDisposition.SKIPPED;
          reasons[i] = "blank";
        } else {
          dispositions[i] = LineDisposition.NOT_UNDERSTOOD;
          ReaderMessage m = ReaderMessage.of("line.untaken");
          reasons[i] = m.english();
          warn(line, Optional.empty(), m);
        }
      }
      b.addLines(ImmutableLineRecord.of(line.number(), dispositions[i], reasons[i], line.raw()));
    }
    issues.sort(java.util.Comparator.comparingInt(ReadIssue::line));
    return b.addAllIssues(issues).build();
  }
}
