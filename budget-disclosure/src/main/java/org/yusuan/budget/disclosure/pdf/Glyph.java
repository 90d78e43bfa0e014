package org.yusuan.budget.disclosure.pdf;

/**
 * One glyph shown on a page (字符): its text and its box in page coordinates, points from the top
 * left, in the page's reading direction. {@code y} is the baseline; {@code size} the font size, the
 * scale of every distance the layout measures.
 */
record Glyph(String text, double x, double y, double width, double size) {
  /** The right edge. */
  double right() {
    return x + width;
  }

  /** Whether the glyph is white space (a gap is measured from positions, not from space glyphs). */
  boolean isSpace() {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00a0'
          && text.charAt(i) != '\u3000') {
        return false;
      }
    }
    return true;
  }
}
