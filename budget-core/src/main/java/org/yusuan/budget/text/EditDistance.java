package org.yusuan.budget.text;

import java.util.Objects;

/**
 * Levenshtein edit distance (编辑距离): the fewest single-character insertions, deletions and
 * substitutions that turn one text into another. Matching a performance sheet's project name with the
 * project's printed name tolerates a few typos; the bounded form stops as soon as the names are
 * further apart than that.
 *
 * <p>Characters are UTF-16 units: a character outside the Basic Multilingual Plane counts as two.
 * Compare {@linkplain TextKey keys}, not printed text, unless white space and width should count.
 *
 * <p>An instance keeps its two work rows, so a loop over many pairs allocates nothing; it is not
 * thread-safe (one per thread or loop). The static methods use a fresh instance.
 */
public final class EditDistance {
  private int[] prev = new int[0];
  private int[] cur = new int[0];

  /** A calculator with empty work rows, grown on use. */
  public EditDistance() {}

  /**
   * {@return the edit distance between {@code a} and {@code b}}
   *
   * @param a one text, compared UTF-16 unit by unit
   * @param b the other text
   */
  public static int between(CharSequence a, CharSequence b) {
    return new EditDistance().distance(a, b);
  }

  /**
   * {@return the edit distance between {@code a} and {@code b} when it is at most {@code limit},
   * else {@code limit + 1}: {@code min(between(a, b), limit + 1)}, computed in time proportional to
   * the shorter length times {@code limit}}
   *
   * @param a one text, compared UTF-16 unit by unit
   * @param b the other text
   * @param limit the largest distance of interest, zero or more
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public static int between(CharSequence a, CharSequence b, int limit) {
    return new EditDistance().distance(a, b, limit);
  }

  /**
   * {@return the edit distance between {@code a} and {@code b}} As {@link
   * #between(CharSequence, CharSequence)}, reusing this instance's rows.
   *
   * @param a one text
   * @param b the other text
   */
  public int distance(CharSequence a, CharSequence b) {
    return distance(a, b, Math.max(a.length(), b.length()));
  }

  /**
   * {@return the edit distance between {@code a} and {@code b} when it is at most {@code limit},
   * else {@code limit + 1}} As {@link #between(CharSequence, CharSequence, int)}, reusing this
   * instance's rows. Only the band
   * |i − j| ≤ {@code limit} of the table is filled (Ukkonen): a path leaving it costs more than {@code
   * limit}, so the result is exact up to {@code limit}; a row whose every entry exceeds {@code limit}
   * ends the computation.
   *
   * @param a one text
   * @param b the other text
   * @param limit the largest distance of interest, zero or more
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public int distance(CharSequence a, CharSequence b, int limit) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (limit < 0) {
      throw new IllegalArgumentException("limit " + limit + " < 0");
    }
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > limit) {
      return limit + 1;
    }
    // The distance never exceeds the longer length: a larger limit only widens the band.
    limit = Math.min(limit, Math.max(n, m));
    int big = limit + 1;
    if (prev.length < m + 2) {
      prev = new int[Math.max(m + 2, 64)];
      cur = new int[prev.length];
    }
    int[] p = prev;
    int[] c = cur;
    for (int j = 0; j <= m; j++) {
      p[j] = j <= limit ? j : big;
    }
    for (int i = 1; i <= n; i++) {
      int lo = Math.max(1, i - limit);
      int hi = Math.min(m, i + limit);
      c[0] = i <= limit ? i : big;
      if (lo > 1) {
        c[lo - 1] = big;
      }
      int rowMin = c[0];
      char ca = a.charAt(i - 1);
      for (int j = lo; j <= hi; j++) {
        int cost = ca == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(c[j - 1], p[j]) + 1, p[j - 1] + cost);
        if (v > big) {
          v = big;
        }
        c[j] = v;
        if (v < rowMin) {
          rowMin = v;
        }
      }
      if (hi < m) {
        c[hi + 1] = big;
      }
      if (rowMin > limit) {
        return big;
      }
      int[] t = p;
      p = c;
      c = t;
    }
    return p[m];
  }
}
