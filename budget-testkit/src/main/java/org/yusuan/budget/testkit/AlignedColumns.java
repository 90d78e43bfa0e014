package org.yusuan.budget.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of cells placed in space-aligned columns as {@code pdftotext -layout} extracts a ruled table:
 * text columns left-aligned, amount columns right-aligned, three spaces between columns.
 */
final class AlignedColumns {
  static final String GAP = "   ";

  private AlignedColumns() {}

  /**
   * The lines of {@code rows} (the header first, if any), {@code text[i]} telling whether column i holds
   * text (left-aligned) or amounts (right-aligned); trailing spaces stripped.
   */
  static List<String> lines(List<List<String>> rows, boolean[] text) {
    int n = text.length;
    int[] width = new int[n];
    for (List<String> r : rows) {
      if (r.size() != n) {
        throw new IllegalArgumentException("a row of " + r.size() + " cells in a table of " + n + ": " + r);
      }
      for (int i = 0; i < n; i++) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    List<String> out = new ArrayList<>(rows.size());
    for (List<String> r : rows) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        String cell = r.get(i);
        String pad = " ".repeat(width[i] - cell.length());
        sb.append(text[i] ? cell + pad : pad + cell);
        if (i < n - 1) {
          sb.append(GAP);
        }
      }
      out.add(sb.toString().stripTrailing());
    }
    return out;
  }

  /** Flags for {@code labels} text columns followed by {@code amounts} amount columns. */
  static boolean[] textThenAmounts(int labels, int amounts) {
    boolean[] out = new boolean[labels + amounts];
    for (int i = 0; i < labels; i++) {
      out[i] = true;
    }
    return out;
  }
}
