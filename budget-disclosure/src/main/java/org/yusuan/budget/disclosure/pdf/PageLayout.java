package org.yusuan.budget.disclosure.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Lays the glyphs of one page out as lines of space-aligned text, the form {@code pdftotext -layout}
 * gives (docs/domain/parsing.md §14), so the one reader of aligned text reads PDFs too.
 *
 * <p>Glyphs on one baseline are a line; a vertical gap between lines shows as blank lines. Within a
 * line, glyphs closer than a word gap are a word; a wider gap is one space; a gap of a cell (about an
 * em or more, or a ruling line between) is at least two spaces, the separator of cells. Cells are
 * placed on one scale per page, the width of a digit: a cell starts at its left edge's column, and a
 * number, right-aligned as amounts are, ends at its right edge's column, so the amounts of one column
 * end at one index on every line of the page. Chinese text is narrower in characters than on paper, so
 * the next cell's column is usually ahead of the line; where it is not, the cell follows after two
 * spaces. Linear in glyphs after one sort.
 */
final class PageLayout {
  /** A gap of more than this many ems between glyphs is a space (a space glyph is about 0.25 em). */
  private static final double WORD_GAP = 0.15;
  /** A gap of at least this many ems is a cell boundary. */
  private static final double CELL_GAP = 0.9;
  /** Glyphs whose baselines differ by less than this many ems are on one line. */
  private static final double SAME_LINE = 0.45;
  /** At most this many blank lines stand for one vertical gap. */
  private static final int MAX_BLANK = 8;

  private PageLayout() {}

  /** The lines of a page: its glyphs laid out, top to bottom; no line for an empty page. */
  static List<String> lines(List<Glyph> glyphs, Rulings rulings) {
    List<Glyph> shown = new ArrayList<>(glyphs.size());
    for (Glyph g : glyphs) {
      if (!g.isSpace() && g.size() > 0) {
        shown.add(g);
      }
    }
    if (shown.isEmpty()) {
      return List.of();
    }
    shown.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
    double unit = unit(shown);
    double left = Double.MAX_VALUE;
    for (Glyph g : shown) {
      left = Math.min(left, g.x());
    }
    List<String> out = new ArrayList<>();
    List<Glyph> line = new ArrayList<>();
    double baseline = shown.get(0).y();
    for (Glyph g : shown) {
      if (!line.isEmpty() && g.y() - baseline > SAME_LINE * Math.min(g.size(), line.get(0).size())) {
        out.add(render(line, rulings, unit, left));
        int blank = blankLines(g.y() - baseline, Math.max(g.size(), line.get(0).size()));
        for (int k = 0; k < blank; k++) {
          out.add("");
        }
        line.clear();
      }
      if (line.isEmpty()) {
        baseline = g.y();
      }
      line.add(g);
    }
    out.add(render(line, rulings, unit, left));
    return out;
  }

  /**
   * The blank lines that show a vertical gap of {@code gap} points between baselines of text of
   * {@code size}: one per em beyond the first two, as {@code pdftotext -layout} shows them. They carry
   * meaning: an amount on a line of its own belongs to the row it is nearer to.
   */
  static int blankLines(double gap, double size) {
    return (int) Math.min(MAX_BLANK, Math.max(0, Math.floor(gap / size) - 1));
  }

  /** The column width: the median width of a digit, else half the median glyph (a Chinese one). */
  static double unit(List<Glyph> glyphs) {
    double[] digits = new double[glyphs.size()];
    double[] all = new double[glyphs.size()];
    int d = 0;
    for (int i = 0; i < glyphs.size(); i++) {
      Glyph g = glyphs.get(i);
      all[i] = g.width();
      if (g.text().length() == 1 && g.text().charAt(0) >= '0' && g.text().charAt(0) <= '9'
          && g.width() > 0) {
        digits[d++] = g.width();
      }
    }
    if (d > 0) {
      return median(digits, d);
    }
    double half = median(all, all.length) / 2;
    return half > 0 ? half : 1;
  }

  private static double median(double[] values, int n) {
    double[] v = Arrays.copyOf(values, n);
    Arrays.sort(v);
    return v[n / 2];
  }

  private static String render(List<Glyph> line, Rulings rulings, double unit, double left) {
    line.sort(Comparator.comparingDouble(Glyph::x));
    double top = Double.MAX_VALUE;
    double bottom = -Double.MAX_VALUE;
    for (Glyph g : line) {
      top = Math.min(top, g.y() - g.size() * 0.8);
      bottom = Math.max(bottom, g.y());
    }
    StringBuilder sb = new StringBuilder();
    int i = 0;
    Glyph previous = null;
    while (i < line.size()) {
      // one word: glyphs apart by less than a word gap
      int j = i + 1;
      while (j < line.size() && !breaks(line.get(j - 1), line.get(j), WORD_GAP, rulings, top, bottom)) {
        j++;
      }
      StringBuilder word = new StringBuilder();
      for (int k = i; k < j; k++) {
        word.append(line.get(k).text());
      }
      Glyph first = line.get(i);
      Glyph last = line.get(j - 1);
      int column = isNumber(word)
          ? (int) Math.round((last.right() - left) / unit) - word.length()
          : (int) Math.round((first.x() - left) / unit);
      if (previous != null) {
        column = breaks(previous, first, CELL_GAP, rulings, top, bottom)
            ? Math.max(column, sb.length() + 2)
            : sb.length() + 1; // a space between words of one cell, whatever its width on paper
      }
      column = Math.max(column, 0);
      while (sb.length() < column) {
        sb.append(' ');
      }
      sb.append(word);
      previous = last;
      i = j;
    }
    return sb.toString();
  }

  /** Whether {@code b} starts a new word ({@code ems} = word gap) or cell after {@code a}. */
  private static boolean breaks(Glyph a, Glyph b, double ems, Rulings rulings, double top,
      double bottom) {
    double gap = b.x() - a.right();
    double size = Math.max(a.size(), b.size());
    return gap > ems * size || rulings.separates(a.x() + a.width() / 2, b.x() + b.width() / 2,
        top, bottom);
  }

  /** A number as amounts print: digits with separators, a sign, a decimal point or a percent. */
  static boolean isNumber(CharSequence word) {
    boolean digit = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c != ',' && c != '.' && c != '-' && c != '%' && c != '+') {
        return false;
      }
    }
    return digit;
  }
}
