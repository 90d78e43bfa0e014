package org.yusuan.budget.disclosure.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.LayoutTokens.Token;

/**
 * Where the amount columns of a page of space-aligned text are (docs/domain/parsing.md §14): amounts are
 * right-aligned, so a column is the interval of character indices at which its amounts end. The
 * evidence, strongest first: rows that print every column (their k-th amount is in column k); the
 * header, where the columns' names are printed (a column's amounts end after its name starts and
 * before the next column's name starts); the ends of all amounts clustered, if that gives exactly as
 * many clusters as columns; another page of the section, when this page's clusters are that page's
 * shifted alike. An amount is placed in the column whose interval is nearest, within the evidence's
 * tolerance and strictly nearer than any other column; the amounts of a row keep their order. A
 * column the evidence does not locate takes no amount: nothing is guessed.
 */
final class AmountColumns {
  /**
   * How far (characters) an amount may end outside an interval seen in the amounts themselves.
   * {@code pdftotext -layout} shifts an amount by up to three characters with the width of the
   * Chinese text before it.
   */
  static final int TOLERANCE = 3;

  private final int[] low;
  private final int[] high;
  private final boolean[] located;
  private final int tolerance;
  private final ReaderMessage evidence;

  private AmountColumns(int[] low, int[] high, boolean[] located, int tolerance,
      ReaderMessage evidence) {
    this.low = low;
    this.high = high;
    this.located = located;
    this.tolerance = tolerance;
    this.evidence = evidence;
  }

  private static boolean[] all(int n) {
    boolean[] b = new boolean[n];
    Arrays.fill(b, true);
    return b;
  }

  /** The columns shown by the rows of {@code rows} (right ends per row) that print all {@code n}. */
  static Optional<AmountColumns> anchored(List<int[]> rows, int n) {
    int[] low = new int[n];
    int[] high = new int[n];
    Arrays.fill(low, Integer.MAX_VALUE);
    Arrays.fill(high, Integer.MIN_VALUE);
    boolean anchored = false;
    for (int[] ends : rows) {
      if (ends.length == n) {
        anchored = true;
        for (int k = 0; k < n; k++) {
          low[k] = Math.min(low[k], ends[k]);
          high[k] = Math.max(high[k], ends[k]);
        }
      }
    }
    for (int k = 1; anchored && k < n; k++) {
      anchored = low[k] > high[k - 1];
    }
    return anchored ? Optional.of(new AmountColumns(low, high, all(n), TOLERANCE,
        ReaderMessage.of("columns.evidence.fullRows"))) : Optional.empty();
  }

  /** The columns as clusters of all right ends of {@code rows}, when there are exactly {@code n}. */
  static Optional<AmountColumns> clustered(List<int[]> rows, int n) {
    List<int[]> clusters = clusters(rows);
    if (clusters.size() != n) {
      return Optional.empty();
    }
    int[] low = new int[n];
    int[] high = new int[n];
    for (int k = 0; k < n; k++) {
      low[k] = clusters.get(k)[0];
      high[k] = clusters.get(k)[1];
    }
    return Optional.of(new AmountColumns(low, high, all(n), TOLERANCE,
        ReaderMessage.of("columns.evidence.clusters")));
  }

  /**
   * The columns located by their printed names {@code names} in the header tokens {@code header}:
   * each name taken at its first place after the previous name's. A column whose name and the next
   * column's name are both found spans from the one to the other; the last column, from its name
   * on. Others are not located.
   */
  static Optional<AmountColumns> fromHeader(List<Token> header, List<String> names) {
    int n = names.size();
    int[] at = new int[n];
    Arrays.fill(at, -1);
    int previous = -1;
    for (int k = 0; k < n; k++) {
      int best = Integer.MAX_VALUE;
      for (Token t : header) {
        for (int i = t.text().indexOf(names.get(k)); i >= 0; i = t.text().indexOf(names.get(k), i + 1)) {
          int p = t.start() + i;
          if (p > previous && p < best) {
            best = p;
          }
        }
      }
      if (best != Integer.MAX_VALUE) {
        at[k] = best;
        previous = best;
      }
    }
    int[] low = new int[n];
    int[] high = new int[n];
    boolean[] located = new boolean[n];
    boolean any = false;
    for (int k = 0; k < n; k++) {
      boolean last = k == n - 1;
      if (at[k] >= 0 && (last || at[k + 1] >= 0)) {
        low[k] = at[k] + 1;
        high[k] = last ? Integer.MAX_VALUE / 2 : at[k + 1];
        located[k] = true;
        any = true;
      }
    }
    return any ? Optional.of(new AmountColumns(low, high, located, 0,
        ReaderMessage.of("columns.evidence.header"))) : Optional.empty();
  }

  /**
   * The columns of {@code reference} moved to a page whose amount ends {@code rows} cluster as the
   * reference page's ends {@code referenceRows} do, shifted alike (within {@link #TOLERANCE}). One
   * cluster proves no shift: then only an unshifted one is taken.
   */
  Optional<AmountColumns> shiftedTo(List<int[]> rows, List<int[]> referenceRows) {
    List<int[]> mine = clusters(rows);
    List<int[]> theirs = clusters(referenceRows);
    if (mine.isEmpty() || mine.size() != theirs.size()) {
      return Optional.empty();
    }
    int n = low.length;
    int[] newLow = new int[n];
    int[] newHigh = new int[n];
    boolean[] newLocated = new boolean[n];
    int minShift = Integer.MAX_VALUE;
    int maxShift = Integer.MIN_VALUE;
    for (int i = 0; i < mine.size(); i++) {
      int k = column(theirs.get(i)[0]);
      if (k < 0 || column(theirs.get(i)[1]) != k || newLocated[k]) {
        return Optional.empty();
      }
      newLow[k] = mine.get(i)[0];
      newHigh[k] = mine.get(i)[1];
      newLocated[k] = true;
      int shift = mine.get(i)[1] - theirs.get(i)[1];
      minShift = Math.min(minShift, shift);
      maxShift = Math.max(maxShift, shift);
    }
    boolean alike = maxShift - minShift <= TOLERANCE
        && (mine.size() > 1 || Math.abs(maxShift) <= TOLERANCE);
    return alike ? Optional.of(new AmountColumns(newLow, newHigh, newLocated, TOLERANCE,
        ReaderMessage.of("columns.evidence.shifted", maxShift))) : Optional.empty();
  }

  /**
   * Whether every cluster of the amount ends {@code rows} lies in one column or in none: a cluster
   * across a column boundary shows amounts pushed out of their column, so such evidence is not used.
   */
  boolean separates(List<int[]> rows) {
    for (int[] c : clusters(rows)) {
      if (column(c[0]) != column(c[1])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the amount ends of {@code rows} line up in at most {@code n} columns: clusters of ends
   * at most {@link #TOLERANCE} apart, none wider than twice that. Else (page text padded to a width,
   * where an amount ends where its row's name makes it) no position places an amount.
   */
  static boolean lineUp(List<int[]> rows, int n) {
    List<int[]> clusters = clusters(rows);
    if (clusters.size() > n) {
      return false;
    }
    for (int[] c : clusters) {
      if (c[1] - c[0] > 2 * TOLERANCE) {
        return false;
      }
    }
    return true;
  }

  /** Whether every amount end of {@code rows} lies in a located column. */
  boolean locates(List<int[]> rows) {
    for (int[] ends : rows) {
      for (int e : ends) {
        if (column(e) < 0) {
          return false;
        }
      }
    }
    return true;
  }

  /** Runs of sorted right ends whose gaps are at most {@link #TOLERANCE}: [low, high] each. */
  private static List<int[]> clusters(List<int[]> rows) {
    List<Integer> all = new ArrayList<>();
    for (int[] ends : rows) {
      for (int e : ends) {
        all.add(e);
      }
    }
    List<int[]> clusters = new ArrayList<>();
    if (all.isEmpty()) {
      return clusters;
    }
    all.sort(null);
    int start = all.get(0);
    for (int i = 1; i <= all.size(); i++) {
      if (i == all.size() || all.get(i) - all.get(i - 1) > TOLERANCE) {
        clusters.add(new int[] {start, all.get(i - 1)});
        if (i < all.size()) {
          start = all.get(i);
        }
      }
    }
    return clusters;
  }

  /**
   * The column of each amount ending at {@code ends} (in order), or absent when one of them fits no
   * single located column or the order would not be kept.
   */
  Optional<int[]> place(int[] ends) {
    int[] columns = new int[ends.length];
    for (int i = 0; i < ends.length; i++) {
      int k = column(ends[i]);
      if (k < 0 || i > 0 && k <= columns[i - 1]) {
        return Optional.empty();
      }
      columns[i] = k;
    }
    return Optional.of(columns);
  }

  /** The one located column nearest to {@code end} within the tolerance, else -1. */
  private int column(int end) {
    int best = -1;
    long bestDistance = Long.MAX_VALUE;
    long second = Long.MAX_VALUE;
    for (int k = 0; k < low.length; k++) {
      if (!located[k]) {
        continue;
      }
      long d = end < low[k] ? (long) low[k] - end : end > high[k] ? (long) end - high[k] : 0;
      if (d < bestDistance) {
        second = bestDistance;
        bestDistance = d;
        best = k;
      } else if (d < second) {
        second = d;
      }
    }
    return best >= 0 && bestDistance <= tolerance && bestDistance < second ? best : -1;
  }

  @Override
  public String toString() {
    return describe().english();
  }

  /** Where the columns end and the evidence for it, in both languages. */
  ReaderMessage describe() {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < low.length; k++) {
      sb.append(k == 0 ? "" : ", ");
      if (!located[k]) {
        sb.append('?');
      } else if (high[k] >= Integer.MAX_VALUE / 2) {
        sb.append('>').append(low[k] - 1);
      } else {
        sb.append(low[k]).append(low[k] == high[k] ? "" : "–" + high[k]);
      }
    }
    return ReaderMessage.of("columns.describe", sb, evidence);
  }
}
