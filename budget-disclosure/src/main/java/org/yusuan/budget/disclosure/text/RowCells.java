package org.yusuan.budget.disclosure.text;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yusuan.budget.text.WhiteSpace;

/**
 * How a line splits into cells (docs/domain/parsing.md §10): at tabs and at {@code <td …>}
 * boundaries, every piece kept. A plain row (tabs, nothing to strip) is split and its cells
 * compacted in one pass over the line: sheets and tables are most of a document's lines.
 */
final class RowCells {
  private static final Pattern TD_START = Pattern.compile("<td(?:\\s[^>]*)?>");
  private static final Pattern TD_END = Pattern.compile("</td>");

  /** The cells as printed, and cleaned: {@link TextNormalizer#compact} of each. */
  final String[] printed;
  final String[] cleaned;

  private RowCells(String[] printed, String[] cleaned) {
    this.printed = printed;
    this.cleaned = cleaned;
  }

  /**
   * {@code withoutMarks} split at tabs and {@code <td …>} boundaries, every piece kept (like {@code
   * split("\t", -1)}); a line with neither is the one piece {@code withoutMarks} itself.
   */
  static String[] split(String withoutMarks) {
    String tabbed = withoutMarks.indexOf('<') >= 0
        ? TD_END.matcher(TD_START.matcher(withoutMarks).replaceAll("\t")).replaceAll("")
        : withoutMarks;
    int tabs = 0;
    for (int at = tabbed.indexOf('\t'); at >= 0; at = tabbed.indexOf('\t', at + 1)) {
      tabs++;
    }
    if (tabs == 0) {
      return new String[] {tabbed};
    }
    String[] parts = new String[tabs + 1];
    int start = 0;
    for (int i = 0; i < tabs; i++) {
      int end = tabbed.indexOf('\t', start);
      parts[i] = tabbed.substring(start, end);
      start = end + 1;
    }
    parts[tabs] = tabbed.substring(start);
    return parts;
  }

  /**
   * The cells of a plain row, printed and compacted, or null when {@code line} is no plain row: it
   * has no tab, or something {@link TextNormalizer#stripMarkup} may change (a character that may
   * open markup, an {@code and}: {@link TextNormalizer#nothingToStrip}). One pass over the line
   * finds the cells and, for each, its first and last characters that are not white space and
   * whether white space sits between them: a cell without compacts to its trimmed self, no cell
   * is scanned again.
   *
   * @param line a line without inline page marks
   * @param pool the read's cell strings and scratch arrays, or null to copy every cell
   */
  static @Nullable RowCells plain(String line, @Nullable CellPool pool) {
    if (line.indexOf('\t') < 0) {
      return null; // most lines of prose: let go without a scan of their own
    }
    int n = line.length();
    char[] cs = pool == null ? line.toCharArray() : pool.chars(line);
    int[] b = pool == null ? new int[5 * n + 5] : pool.bounds(5 * n + 5); // 5 per cell, <= n + 1 cells
    int cells = 0;
    int start = 0;
    int first = -1; // the cell's first and last characters that are not white space
    int last = -1;
    int inner = 0; // 1: white space between them
    int hash = 0; // String.hashCode of the characters from first to last, when inner is 0
    boolean pending = false; // white space after the last one so far
    for (int i = 0; i <= n; i++) {
      char c = i < n ? cs[i] : '\t';
      if (c > '\u3000' && c != '\ufeff') {
        // CJK text, most of a sheet's characters: neither white space nor markup, one test
      } else if (c == '\t') {
        b[5 * cells] = start;
        b[5 * cells + 1] = first;
        b[5 * cells + 2] = last;
        b[5 * cells + 3] = inner;
        b[5 * cells + 4] = hash;
        cells++;
        start = i + 1;
        first = -1;
        inner = 0;
        hash = 0;
        pending = false;
        continue;
      } else if (WhiteSpace.isWhiteSpace(c)) {
        pending = first >= 0;
        continue;
      } else if (TextNormalizer.mayStripAt(c, i >= 1 ? cs[i - 1] : 0, i >= 2 ? cs[i - 2] : 0)) {
        return null;
      }
      if (first < 0) {
        first = i;
      } else if (pending) {
        inner = 1;
      }
      pending = false;
      last = i;
      hash = 31 * hash + c;
    }
    String[] printed = new String[cells];
    String[] cleaned = new String[cells];
    for (int k = 0; k < cells; k++) {
      int from = b[5 * k];
      int to = k + 1 < cells ? b[5 * k + 5] - 1 : n;
      int f = b[5 * k + 1];
      int l = b[5 * k + 2] + 1;
      int h = b[5 * k + 4];
      if (from == to) {
        printed[k] = "";
        cleaned[k] = printed[k];
      } else if (f < 0) {
        printed[k] = line.substring(from, to);
        cleaned[k] = "";
      } else if (b[5 * k + 3] != 0) {
        printed[k] = line.substring(from, to);
        cleaned[k] = TextNormalizer.compact(printed[k]);
      } else if (f == from && l == to) {
        printed[k] = pool == null ? line.substring(from, to) : pool.substring(line, cs, from, to, h);
        cleaned[k] = printed[k]; // printed clean: one string serves as both
      } else {
        printed[k] = line.substring(from, to);
        cleaned[k] = pool == null ? line.substring(f, l) : pool.substring(line, cs, f, l, h);
      }
    }
    return new RowCells(printed, cleaned);
  }
}
