package org.yusuan.budget.disclosure.performance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rows of a layout indicator block: each anchored on the line of its 分值, with the wrapped
 * pieces of its 三级指标 and 指标值 cells around it. A cell is centred on its row, so the pieces
 * between two anchors are split symmetrically: the upper row takes as many pieces below its anchor as
 * it had above it, the lower row the rest.
 */
final class LayoutRows {
  private LayoutRows() {}

  /** A wrapped piece of a cell: the line it is printed on and its text. */
  record Piece(int line, String text) {}

  /** A cell printed over one line or more. */
  static final class Cell {
    private final List<Piece> pieces = new ArrayList<>();

    void add(int line, String text) {
      pieces.add(new Piece(line, text));
    }

    /** The pieces joined in printed order. */
    String text() {
      List<Piece> sorted = new ArrayList<>(pieces);
      sorted.sort(Comparator.comparingInt(Piece::line));
      StringBuilder sb = new StringBuilder();
      sorted.forEach(p -> LayoutText.append(sb, p.text()));
      return sb.toString();
    }

    int top(int otherwise) {
      return pieces.stream().mapToInt(Piece::line).min().orElse(otherwise);
    }

    int bottom(int otherwise) {
      return pieces.stream().mapToInt(Piece::line).max().orElse(otherwise);
    }
  }

  /** One indicator row: its anchor line, 分值, cells and the labels of its groups. */
  static final class Row {
    final int line;
    final int page;
    final String score;
    final Cell name = new Cell();
    final Cell value = new Cell();
    Optional<String> level1 = Optional.empty();
    Optional<String> level2 = Optional.empty();

    Row(int line, int page, String score) {
      this.line = line;
      this.page = page;
      this.score = score;
    }

    /** The first line the row is printed on. */
    int top() {
      return Math.min(line, Math.min(name.top(line), value.top(line)));
    }

    /** The last line the row is printed on. */
    int bottom() {
      return Math.max(line, Math.max(name.bottom(line), value.bottom(line)));
    }
  }

  /**
   * Gives each piece of one column (names or values) to a row: pieces above the first anchor to the
   * first row, pieces below the last to the last, pieces between two anchors split symmetrically.
   */
  static void assign(List<Row> rows, List<Piece> pieces, boolean names) {
    List<Piece> sorted = new ArrayList<>(pieces);
    sorted.sort(Comparator.comparingInt(Piece::line));
    int p = 0;
    Row prev = null;
    int prevHead = 0;
    for (Row r : rows) {
      List<Piece> gap = new ArrayList<>();
      while (p < sorted.size() && sorted.get(p).line() < r.line) {
        gap.add(sorted.get(p++));
      }
      int tail = prev == null ? 0 : Math.min(prevHead, gap.size());
      for (int i = 0; i < gap.size(); i++) {
        Row to = i < tail ? prev : r;
        (names ? to.name : to.value).add(gap.get(i).line(), gap.get(i).text());
      }
      prevHead = gap.size() - tail;
      prev = r;
    }
    for (; p < sorted.size(); p++) {
      (names ? prev.name : prev.value).add(sorted.get(p).line(), sorted.get(p).text());
    }
  }
}
