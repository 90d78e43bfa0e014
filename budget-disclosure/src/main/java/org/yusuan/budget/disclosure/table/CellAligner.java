package org.yusuan.budget.disclosure.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Re-anchors a row that lost cells after a page break (docs/domain/parsing.md §1). Two readings are tried: the
 * printed one, left-aligned (the missing cells were the last ones), and the right-anchored one (the
 * last non-empty cell belongs in the last column, the missing cells were just before it). The reading
 * under which the row's own arithmetic holds is kept; when both or neither hold, the printed reading
 * is kept and the row is reported as ambiguous. A row that ends in printed empty cells has only the
 * left reading (the lost cell was a trailing empty one, docs/domain/parsing.md §1 "harmless cases").
 */
final class CellAligner {
  /** The outcome for one row. */
  static final class Result {
    final List<String> cells;
    final boolean reanchored;
    final boolean ambiguous;
    /** The other reading when {@link #ambiguous}: the right-anchored one; else {@link #cells}. */
    final List<String> alternative;

    Result(List<String> cells, boolean reanchored, boolean ambiguous) {
      this(cells, reanchored, ambiguous, cells);
    }

    Result(List<String> cells, boolean reanchored, boolean ambiguous, List<String> alternative) {
      this.cells = cells;
      this.reanchored = reanchored;
      this.ambiguous = ambiguous;
      this.alternative = alternative;
    }
  }

  private CellAligner() {}

  /**
   * Aligns {@code cells} to {@code width} cells; cells before {@code firstAmount} are labels and
   * never move; {@code holds} says whether a candidate row is arithmetically consistent.
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
    int last = cells.size() - 1;
    while (last >= firstAmount && cells.get(last).isEmpty()) {
      last--;
    }
    if (last < firstAmount) {
      return new Result(left, false, false); // no amount at all: nothing to anchor
    }
    if (last < cells.size() - 1) {
      // the row ends in printed empty cells: moving its last amount past them is no one-lost-cell
      // reading (a cell lost before them would have shifted them too); the lost cell is a trailing one
      return new Result(left, false, !holds.test(left));
    }
    List<String> right = new ArrayList<>(cells.subList(0, last));
    while (right.size() < width - 1) {
      right.add("");
    }
    right.add(cells.get(last));
    boolean leftHolds = holds.test(left);
    boolean rightHolds = holds.test(right);
    if (rightHolds && !leftHolds) {
      return new Result(right, true, false);
    }
    if (leftHolds && !rightHolds || left.equals(right)) {
      return new Result(left, false, false);
    }
    return new Result(left, false, true, right);
  }
}
