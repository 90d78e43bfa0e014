package org.yusuan.budget.disclosure.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The vertical ruling lines of a page (表格线): the cell borders a table draws, as segments in the
 * coordinates of {@link Glyph}. Where the PDF draws them they are the cell boundaries; where it does
 * not, columns come from alignment alone.
 */
final class Rulings {
  /** One vertical segment at {@code x} from {@code top} to {@code bottom} (top &lt; bottom). */
  record Segment(double x, double top, double bottom) {}

  static final Rulings NONE = new Rulings(List.of());

  private final List<Segment> vertical;

  Rulings(List<Segment> vertical) {
    this.vertical = List.copyOf(vertical);
  }

  /** The vertical segments, in drawing order. */
  List<Segment> vertical() {
    return vertical;
  }

  /**
   * Whether a vertical ruling runs strictly between {@code left} and {@code right} across the
   * text line whose glyphs stand between {@code top} and {@code bottom}.
   */
  boolean separates(double left, double right, double top, double bottom) {
    double middle = (top + bottom) / 2;
    for (Segment s : vertical) {
      if (s.x() > left && s.x() < right && s.top() <= middle && s.bottom() >= middle) {
        return true;
      }
    }
    return false;
  }

  /** Collects segments while a page's content is drawn. */
  static final class Builder {
    private final List<Segment> vertical = new ArrayList<>();

    void add(double x, double y0, double y1) {
      vertical.add(new Segment(x, Math.min(y0, y1), Math.max(y0, y1)));
    }

    Rulings build() {
      return vertical.isEmpty() ? NONE : new Rulings(vertical);
    }
  }
}
