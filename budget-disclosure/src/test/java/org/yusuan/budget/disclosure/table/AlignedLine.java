package org.yusuan.budget.disclosure.table;

/**
 * Test-only: one line of space-aligned text as {@code pdftotext -layout} prints it, built by placing
 * texts at character indices (a Chinese character counts one, as in the extracted text).
 */
final class AlignedLine {
  private final StringBuilder sb = new StringBuilder();

  /** Places {@code text} starting at {@code start} (at least one space after what is there). */
  AlignedLine at(int start, String text) {
    if (text.isEmpty()) {
      return this;
    }
    if (sb.length() > 0 && start <= sb.length()) {
      throw new IllegalArgumentException("\"" + text + "\" at " + start + " overlaps \"" + sb + "\"");
    }
    while (sb.length() < start) {
      sb.append(' ');
    }
    sb.append(text);
    return this;
  }

  /** Places {@code text} so that it ends at {@code end} (right-aligned). */
  AlignedLine endingAt(int end, String text) {
    return at(end - text.length(), text);
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
