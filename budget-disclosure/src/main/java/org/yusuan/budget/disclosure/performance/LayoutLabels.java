package org.yusuan.budget.disclosure.performance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.performance.IndicatorCategory;
import org.yusuan.budget.performance.IndicatorLevel1;

/**
 * The 一级 and 二级 labels of a layout indicator block. A label is centred in the merged box of its
 * group, and may wrap ({@code 服务对象满意度指} over {@code 标}); its group is the run of rows whose
 * lines it is the middle of. The level is the label's column: a label with another to its right on
 * its line is 一级, one with another to its left 二级; otherwise the column whose centre it is nearer —
 * by name alone {@code 成本指标} could be either.
 */
final class LayoutLabels {
  /** Lines below a label within which a fragment may be its wrapped tail. */
  private static final int TAIL_LINES = 3;
  /** How far (in characters) a tail's centre may stand from its label's. */
  private static final double TAIL_SHIFT = 8;

  /** A label printed over one line or more. */
  static final class Label {
    final int first;
    final int page;
    int last;
    final int column;
    final StringBuilder text = new StringBuilder();
    /** 1 or 2 once known. */
    int level;
    boolean leftOfAnother;
    boolean rightOfAnother;

    Label(int line, int page, int column, String text) {
      this.first = line;
      this.page = page;
      this.last = line;
      this.column = column;
      this.text.append(text);
    }

    String text() {
      return text.toString();
    }

    double centreColumn() {
      return column + text.codePointCount(0, text.length()) / 2.0;
    }

    double centreLine() {
      return (first + last) / 2.0;
    }

    IndicatorCategory category() {
      return IndicatorCategory.fromLabel(text());
    }

    /** Whether the label is cut short and may continue on a line below. */
    boolean open() {
      return !SheetLabels.key(text()).endsWith("指标");
    }
  }

  /** Takes a label cell of line {@code n}: a new label, or the wrapped tail of one above. */
  void token(int n, int page, Token t, List<Label> labels) {
    boolean known = LayoutIndicators.knownLabel(t);
    if (!known) {
      double centre = t.column() + t.text().length() / 2.0;
      for (int i = labels.size() - 1; i >= 0; i--) {
        Label l = labels.get(i);
        if (l.last < n - TAIL_LINES) {
          break;
        }
        if (l.last < n && l.open() && Math.abs(l.centreColumn() - centre) <= TAIL_SHIFT) {
          l.text.append(t.text());
          l.last = n;
          return;
        }
      }
    }
    Label label = new Label(n, page, t.column(), t.text());
    for (int i = labels.size() - 1; i >= 0 && labels.get(i).first == n; i--) {
      // two labels on one line: the left one is 一级, the right one 二级
      Label other = labels.get(i);
      boolean left = other.column < label.column;
      (left ? other : label).leftOfAnother = true;
      (left ? label : other).rightOfAnother = true;
    }
    labels.add(label);
  }

  /** Decides each label's level. */
  void levels(List<Label> labels) {
    List<Double> one = new ArrayList<>();
    List<Double> two = new ArrayList<>();
    for (Label l : labels) {
      IndicatorCategory c = l.category();
      if (l.leftOfAnother || !l.rightOfAnother && c.isKnown() && c.level2().isEmpty()) {
        one.add(l.centreColumn());
      } else if (l.rightOfAnother || c.level2().isPresent()) {
        two.add(l.centreColumn());
      }
    }
    double c1 = median(one);
    double c2 = median(two);
    for (Label l : labels) {
      if (l.leftOfAnother) {
        l.level = 1;
      } else if (l.rightOfAnother) {
        l.level = 2;
      } else if (!Double.isNaN(c1) && !Double.isNaN(c2)) {
        l.level = Math.abs(l.centreColumn() - c1) <= Math.abs(l.centreColumn() - c2) ? 1 : 2;
      } else {
        l.level = l.category().level2().isPresent() ? 2 : 1;
      }
    }
  }

  /** Cost of a 一级 box boundary inside a 二级 box: the 二级 box would belong to two 一级 boxes. */
  private static final double SPLIT = 2;
  /** Cost per row whose 二级 label belongs to another 一级 type than its 一级 label. */
  private static final double MISMATCH = 1;

  /**
   * Gives each row the labels of its groups: the 二级 labels split the rows into runs, each run
   * centred on its label; the 一级 labels do the same, keeping 二级 runs whole and their types under
   * the 一级 type where both are known. Returns the labels no row is left for (more labels than
   * rows).
   */
  static List<String> group(List<LayoutRows.Row> rows, List<Label> labels) {
    List<String> left = new ArrayList<>();
    List<Label> ones = new ArrayList<>();
    List<Label> twos = new ArrayList<>();
    for (Label l : labels) {
      (l.level == 1 ? ones : twos).add(l);
    }
    ones.sort((a, b) -> Double.compare(a.centreLine(), b.centreLine()));
    twos.sort((a, b) -> Double.compare(a.centreLine(), b.centreLine()));
    int[] two = partition(rows, twos, left, (j, a, b) -> 0);
    Optional<IndicatorLevel1>[] twoType = types(twos);
    Optional<IndicatorLevel1>[] oneType = types(ones);
    int[] one = partition(rows, ones, left, (j, a, b) -> {
      double c = a > 0 && two[a] >= 0 && two[a - 1] == two[a] ? SPLIT : 0;
      if (oneType[j].isPresent()) {
        for (int r = a; r <= b; r++) {
          if (two[r] >= 0 && twoType[two[r]].isPresent() && !twoType[two[r]].equals(oneType[j])) {
            c += MISMATCH;
          }
        }
      }
      return c;
    });
    for (int r = 0; r < rows.size(); r++) {
      if (one[r] >= 0) {
        rows.get(r).level1 = Optional.of(ones.get(one[r]).text());
      }
      if (two[r] >= 0) {
        rows.get(r).level2 = Optional.of(twos.get(two[r]).text());
      }
    }
    return left;
  }

  /** The 一级 type each label names or implies, where it is known. */
  @SuppressWarnings("unchecked")
  private static Optional<IndicatorLevel1>[] types(List<Label> labels) {
    Optional<IndicatorLevel1>[] out = new Optional[labels.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = labels.get(i).category().level1();
    }
    return out;
  }

  /** An extra cost of giving rows {@code a..b} to label {@code j}. */
  private interface Extra {
    double cost(int j, int a, int b);
  }

  /** A cost beyond any distance of lines: a label's group must have rows on the label's page. */
  private static final double OFF_PAGE = 1e6;
  /**
   * Rows beyond which the least-distance split (quadratic in rows per label) gives way to the
   * nearest label per row: no printed sheet comes near; it keeps a damaged text's read linear.
   */
  private static final int MAX_SPLIT_ROWS = 400;

  /**
   * Splits the rows into consecutive runs, one per label in order, so that the runs are
   * centred as near as can be on their labels' lines (the least total distance; a run's centre is
   * taken on its label's page: a box split by a page break prints its label in the part on that
   * page); returns per row its label's index, -1 when there is no label. Labels left
   * without a row (more labels than rows) are added to {@code left}.
   */
  private static int[] partition(List<LayoutRows.Row> rows, List<Label> labels, List<String> left,
      Extra extra) {
    int s = 0;
    int n = rows.size();
    int[] out = new int[n];
    java.util.Arrays.fill(out, -1);
    int k = Math.min(labels.size(), n);
    for (int j = k; j < labels.size(); j++) {
      left.add(labels.get(j).text());
    }
    if (k == 0) {
      return out;
    }
    if (n > MAX_SPLIT_ROWS) {
      nearest(rows, labels.subList(0, k), out);
      return out;
    }
    Boxes boxes = new Boxes(rows);
    // best[j][x]: least cost of labels 0..j covering rows s..s+x, label j ending at row s+x
    double[][] best = new double[k][n];
    int[][] from = new int[k][n];
    for (double[] r : best) {
      java.util.Arrays.fill(r, Double.MAX_VALUE);
    }
    for (int x = 0; x < n; x++) {
      best[0][x] = boxes.cost(s, s + x, labels.get(0)) + extra.cost(0, s, s + x);
    }
    for (int j = 1; j < k; j++) {
      for (int x = j; x < n; x++) {
        for (int y = j; y <= x; y++) { // label j covers rows s+y..s+x
          double c = best[j - 1][y - 1];
          if (c == Double.MAX_VALUE) {
            continue;
          }
          c += boxes.cost(s + y, s + x, labels.get(j)) + extra.cost(j, s + y, s + x);
          if (c < best[j][x]) {
            best[j][x] = c;
            from[j][x] = y;
          }
        }
      }
    }
    int x = n - 1;
    for (int j = k - 1; j >= 0; j--) {
      int y = j == 0 ? 0 : from[j][x];
      for (int r = y; r <= x; r++) {
        out[r] = j;
      }
      x = y - 1;
    }
    return out;
  }

  /** Each row the label on its page nearest in lines (labels in order), for very long blocks. */
  private static void nearest(List<LayoutRows.Row> rows, List<Label> labels, int[] out) {
    for (int r = 0; r < rows.size(); r++) {
      double best = Double.MAX_VALUE;
      for (int j = 0; j < labels.size(); j++) {
        double d = Math.abs(rows.get(r).line - labels.get(j).centreLine())
            + (labels.get(j).page == rows.get(r).page ? 0 : OFF_PAGE);
        if (d < best) {
          best = d;
          out[r] = j;
        }
      }
    }
  }

  /**
   * The boxes of rows: each row's box reaches halfway into the gaps to the rows above and below on
   * its page (half a line at a page's edge); a run's box on a page is from the top of its first row
   * there to the bottom of its last.
   */
  private static final class Boxes {
    private final List<LayoutRows.Row> rows;
    private final double[] top;
    private final double[] bottom;
    /** Per row, the first and last row of its page. */
    private final int[] pageFirst;
    private final int[] pageLast;

    Boxes(List<LayoutRows.Row> rows) {
      this.rows = rows;
      int n = rows.size();
      top = new double[n];
      bottom = new double[n];
      pageFirst = new int[n];
      pageLast = new int[n];
      for (int r = 0; r < n; r++) {
        LayoutRows.Row row = rows.get(r);
        boolean aboveOnPage = r > 0 && rows.get(r - 1).page == row.page;
        boolean belowOnPage = r + 1 < n && rows.get(r + 1).page == row.page;
        top[r] = aboveOnPage ? (rows.get(r - 1).bottom() + row.top()) / 2.0 : row.top() - 0.5;
        bottom[r] = belowOnPage ? (row.bottom() + rows.get(r + 1).top()) / 2.0 : row.bottom() + 0.5;
        pageFirst[r] = aboveOnPage ? pageFirst[r - 1] : r;
      }
      for (int r = n - 1; r >= 0; r--) {
        pageLast[r] = r + 1 < n && rows.get(r + 1).page == rows.get(r).page ? pageLast[r + 1] : r;
      }
    }

    /** How far the box of rows {@code a..b} on the label's page is centred from the label. */
    double cost(int a, int b, Label label) {
      // rows are in printed order, so a run's rows on one page are consecutive
      int first = -1;
      int last = -1;
      if (rows.get(a).page == label.page) {
        first = a;
        last = Math.min(b, pageLast[a]);
      } else if (rows.get(b).page == label.page) {
        first = Math.max(a, pageFirst[b]);
        last = b;
      } else if (rows.get(a).page < label.page && rows.get(b).page > label.page) {
        for (int r = a; r <= b; r++) { // a page wholly inside the run: rare, a short scan
          if (rows.get(r).page == label.page) {
            first = r;
            last = pageLast[r];
            break;
          }
        }
      }
      if (first < 0) {
        return OFF_PAGE;
      }
      return Math.abs((top[first] + bottom[last]) / 2.0 - label.centreLine());
    }
  }

  private static double median(List<Double> xs) {
    if (xs.isEmpty()) {
      return Double.NaN;
    }
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    return s.get(s.size() / 2);
  }
}
