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

  /**
   * A ledger over {@code lines} of {@code source}, every line unmarked.
   *
   * @param source the source's name as the report shows it (a file name)
   * @param lines all lines read from the source, as {@link SourceText#lines} gives them; each line's
   *     {@link SourceLine#index()} must be its position in this list
   */
  public LineLedger(String source, List<SourceLine> lines) {
    this.source = source;
    this.lines = List.copyOf(lines);
    this.dispositions = new LineDisposition[lines.size()];
    this.reasons = new String[lines.size()];
  }

  /** {@return the source lines, in order; unmodifiable} */
  public List<SourceLine> lines() {
    return lines;
  }

  /** {@return the source's name as given to the constructor} */
  public String source() {
    return source;
  }

  /**
   * Marks {@code line} as read into the model, for {@code reason}. A later mark replaces an earlier
   * one.
   *
   * @param line a line of this ledger
   * @param reason what the line was read as, in English (e.g. {@code "T2 row"})
   */
  public void read(SourceLine line, String reason) {
    mark(line, LineDisposition.READ, reason);
  }

  /**
   * Marks {@code line} as skipped, for {@code reason}: understood, but carrying nothing for the model
   * (a page number, a caption). A later mark replaces an earlier one.
   *
   * @param line a line of this ledger
   * @param reason why the line is skipped, in English
   */
  public void skip(SourceLine line, String reason) {
    mark(line, LineDisposition.SKIPPED, reason);
  }

  /**
   * Marks {@code line} as not understood, with a warning saying {@code reason}; the ledger keeps its
   * English text.
   *
   * @param line a line of this ledger
   * @param table the name of the table the line was found in, or empty outside tables
   * @param reason the message of the warning, in both languages
   */
  public void notUnderstood(SourceLine line, Optional<String> table, ReaderMessage reason) {
    mark(line, LineDisposition.NOT_UNDERSTOOD, reason.english());
    warn(line, table, reason);
  }

  /**
   * {@return whether a reader has already marked {@code line}}
   *
   * @param line a line of this ledger
   */
  public boolean isMarked(SourceLine line) {
    return dispositions[line.index()] != null;
  }

  /**
   * {@return how {@code line} has been marked so far; empty while it is unmarked}
   *
   * @param line a line of this ledger
   */
  public Optional<LineDisposition> disposition(SourceLine line) {
    return Optional.ofNullable(dispositions[line.index()]);
  }

  /**
   * {@return the reason given with the latest mark of {@code line}; empty while it is unmarked}
   *
   * @param line a line of this ledger
   */
  public Optional<String> reason(SourceLine line) {
    return Optional.ofNullable(reasons[line.index()]);
  }

  /** {@return the indexes of the lines marked so far (a copy: later marks do not change it)} */
  public java.util.BitSet marked() {
    java.util.BitSet set = new java.util.BitSet(dispositions.length);
    for (int i = 0; i < dispositions.length; i++) {
      if (dispositions[i] != null) {
        set.set(i);
      }
    }
    return set;
  }

  /**
   * Records a repair or re-anchoring made with evidence, as an INFO issue; the line's mark is not
   * changed.
   *
   * @param line the line the repair concerns
   * @param table the name of the table the line was found in, or empty outside tables
   * @param message what was repaired, in both languages
   */
  public void info(SourceLine line, Optional<String> table, ReaderMessage message) {
    issue(ReadIssue.Level.INFO, line, table, message);
  }

  /**
   * Records an ambiguity or a doubt, keeping the printed reading, as a WARNING issue; the line's mark
   * is not changed.
   *
   * @param line the line the doubt concerns
   * @param table the name of the table the line was found in, or empty outside tables
   * @param message the doubt, in both languages
   */
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

  /**
   * Closes the account: unmarked lines become NOT_UNDERSTOOD warnings (blank ones are SKIPPED as
   * {@code "blank"}). Call once, when every reader is done.
   *
   * @return every line with its disposition and reason, and the issues sorted by line number
   */
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
