package org.yusuan.budget.disclosure;

import java.util.Arrays;

/**
 * Which lines of a read text are on which page (页码) of the PDF it was read from, so that a finding
 * cites {@code file:page:line} (the line counted on its page, from 1) instead of a line of a text the
 * user never saw. Immutable.
 */
public final class PageIndex {
  private final int[] first;

  private PageIndex(int[] first) {
    this.first = first;
  }

  /**
   * The index of pages whose first lines are {@code firstLines} (1-based, one per page, in page
   * order, not decreasing).
   *
   * @param firstLines the first text line of each page; an empty page repeats the next page's line
   * @return the index; it keeps a copy of {@code firstLines}
   * @throws IllegalArgumentException if a line is below 1 or smaller than the one before it
   */
  public static PageIndex of(int... firstLines) {
    int[] copy = firstLines.clone();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] < 1 || i > 0 && copy[i] < copy[i - 1]) {
        throw new IllegalArgumentException("page " + (i + 1) + " starts at line " + copy[i]
            + ", before line 1 or before the page ahead of it: " + Arrays.toString(copy));
      }
    }
    return new PageIndex(copy);
  }

  /** {@return how many pages the PDF has} */
  public int pages() {
    return first.length;
  }

  /**
   * {@return the first text line (1-based) of page {@code page}}
   *
   * @param page the 1-based page number, at most {@link #pages()}
   * @throws ArrayIndexOutOfBoundsException if {@code page} is outside {@code 1..pages()}
   */
  public int first(int page) {
    return first[page - 1];
  }

  /**
   * {@return the 1-based page holding text line {@code line}} A line before the first page's counts
   * as on page 1; one after the last page's start, on the last page.
   *
   * @param line the 1-based line of the read text
   */
  public int page(int line) {
    int found = Arrays.binarySearch(first, line);
    if (found >= 0) {
      while (found + 1 < first.length && first[found + 1] == line) {
        found++; // empty pages ahead of it share the line: the line is on the last of them
      }
      return found + 1;
    }
    return Math.max(1, -found - 1);
  }

  /**
   * {@return text line {@code line} as {@code page:line}, the line counted from 1 on its page}
   *
   * @param line the 1-based line of the read text
   */
  public String position(int line) {
    int page = page(line);
    return page + ":" + (line - (first.length == 0 ? 1 : first[page - 1]) + 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PageIndex && Arrays.equals(first, ((PageIndex) o).first);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(first);
  }

  @Override
  public String toString() {
    return "PageIndex" + Arrays.toString(first);
  }
}
