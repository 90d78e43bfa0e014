package org.yusuan.budget.disclosure.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Re-anchors a row that lost cells after a page break (parsing.md §1): tries every way of putting
 * the missing cells back as empty cells among the amount positions, and keeps the alignment under
 * which the row's own arithmetic holds. Exactly one distinct answer is a re-anchoring; none or
 * several is ambiguous, and the printed (left-aligned) reading is kept.
 */
final class CellAligner {
  /** The outcome for one short row. */
  static final class Result {
    final List<String> cells;
    final boolean reanchored;
    final boolean ambiguous;

    Result(List<String> cells, boolean reanchored, boolean ambiguous) {
      this.cells = cells;
      this.reanchored = reanchored;
      this.ambiguous = ambiguous;
    }
  }

  private CellAligner() {}

  /**
   * Aligns {@code cells} to {@code width} cells, inserting empty cells at positions {@code >=
   * firstAmount}; {@code holds} says whether a candidate row is arithmetically consistent.
   */
  static Result align(List<String> cells, int width, int firstAmount,
      Predicate<List<String>> holds) {
    if (cells.size() >= width) {
      return new Result(cells.subList(0, width), false, false);
    }
    List<String> left = new ArrayList<>(cells);
    while (left.size() < width) {
      left.add("");
    }
    int missing = width - cells.size();
    List<List<String>> candidates = new ArrayList<>();
    insert(cells, missing, firstAmount, candidates);
    List<List<String>> good = new ArrayList<>();
    for (List<String> c : candidates) {
      if (holds.test(c) && !good.contains(c)) {
        good.add(c);
      }
    }
    if (good.size() == 1) {
      return new Result(good.get(0), !good.get(0).equals(left), false);
    }
    // none holds (a printed defect, or damage beyond one cell) or several do: keep what is printed
    return new Result(left, false, true);
  }

  private static void insert(List<String> cells, int missing, int from,
      List<List<String>> out) {
    if (missing == 0) {
      out.add(List.copyOf(cells));
      return;
    }
    for (int at = from; at <= cells.size(); at++) {
      List<String> next = new ArrayList<>(cells);
      next.add(at, "");
      insert(next, missing - 1, at, out);
    }
  }
}
