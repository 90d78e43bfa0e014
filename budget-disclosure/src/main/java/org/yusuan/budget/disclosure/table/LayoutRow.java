package org.yusuan.budget.disclosure.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.LayoutTokens.Token;
import org.yusuan.budget.disclosure.text.SourceLine;

/**
 * One line of a table section without tabs, as {@link LayoutCells} reads it: its tokens, then its
 * label cells and its amount tokens by side, then its amount cells once placed in their columns.
 */
final class LayoutRow {
  /** What the line turned out to be. */
  enum Kind {
    /** A row of the table's shape: it gets cells. */
    ROW,
    /** No row of the shape and no amount in it (a header, a note): left as it is for the reader. */
    OTHER,
    /** Amounts the stage could not place: NOT_UNDERSTOOD, with {@link #problem}. */
    UNPLACED,
    /** A page number printed on its own at the foot of a page. */
    PAGE_NUMBER,
    /** A wrapped part of another row's label or amounts, joined to that row ({@link #host}). */
    JOINED
  }

  final SourceLine line;
  /** The position of the line in the section body: lines next to each other differ by one. */
  final int position;
  /** The page (form-feed delimited) the line is on, counted within the section. */
  final int page;
  final List<Token> tokens;
  Kind kind = Kind.OTHER;
  ReaderMessage problem;
  /** The label cells, {@link RowShape#labels()} of them (SUMMARY: income label, expenditure label). */
  String[] labels;
  /** The start of each label cell's text, -1 when empty. */
  int[] labelStarts;
  boolean hasCode;
  /** Amount tokens by group: one group, or for SUMMARY the income side and the expenditure side. */
  final List<List<Token>> amounts = new ArrayList<>();
  /** The amount cells once placed: N, or for SUMMARY 1 + N (income first). */
  String[] cells;
  LayoutRow host;
  /** Label parts joined from wrapped lines: before (above) and after (below) each label cell. */
  final List<List<String>> before = new ArrayList<>();
  final List<List<String>> after = new ArrayList<>();

  LayoutRow(SourceLine line, int position, int page, List<Token> tokens) {
    this.line = line;
    this.position = position;
    this.page = page;
    this.tokens = tokens;
  }

  /** Sets the label cells: {@code n} of them, empty. */
  void labels(int n) {
    labels = new String[n];
    labelStarts = new int[n];
    Arrays.fill(labels, "");
    Arrays.fill(labelStarts, -1);
    for (int i = 0; i < n; i++) {
      before.add(new ArrayList<>());
      after.add(new ArrayList<>());
    }
  }

  /** Puts {@code t} in label cell {@code i}. */
  void label(int i, Token t) {
    labels[i] = t.text();
    labelStarts[i] = t.start();
  }

  /** Whether the row prints any amount. */
  boolean hasAmounts() {
    for (List<Token> g : amounts) {
      if (!g.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the row prints any label text. */
  boolean hasLabel() {
    for (String l : labels) {
      if (!l.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Marks the row UNPLACED for {@code why}. */
  void unplaced(ReaderMessage why) {
    kind = Kind.UNPLACED;
    problem = why;
  }

  /** The label cell {@code i} with the parts joined from wrapped lines, in printed order. */
  String fullLabel(int i) {
    StringBuilder sb = new StringBuilder();
    for (String p : before.get(i)) {
      sb.append(p);
    }
    sb.append(labels[i]);
    for (String p : after.get(i)) {
      sb.append(p);
    }
    return sb.toString();
  }

  /** The cells the layout's reader expects (the shape's order, every amount column present). */
  List<String> cells(RowShape shape) {
    List<String> out = new ArrayList<>();
    if (shape == RowShape.SUMMARY) {
      out.add(fullLabel(0));
      out.add(cells[0]);
      out.add(fullLabel(1));
      out.addAll(Arrays.asList(cells).subList(1, cells.length));
      return out;
    }
    for (int i = 0; i < labels.length; i++) {
      out.add(fullLabel(i));
    }
    out.addAll(Arrays.asList(cells));
    return out;
  }

  /** The amounts of group {@code g} as printed, for messages. */
  ReaderMessage printed(int g) {
    return printed(amounts.get(g));
  }

  /** All the amounts of the row as printed, for messages. */
  ReaderMessage printedAll() {
    List<Token> all = new ArrayList<>();
    amounts.forEach(all::addAll);
    return printed(all);
  }

  private static ReaderMessage printed(List<Token> tokens) {
    ReaderMessage list = null;
    for (Token t : tokens) {
      ReaderMessage one = ReaderMessage.of("layout.amountAt", t.text(), t.end());
      list = list == null ? one : ReaderMessage.of("layout.amountList", list, one);
    }
    return list != null ? list : ReaderMessage.of("layout.amountsNone");
  }
}
