package org.yusuan.budget.disclosure.performance;

/** Layout text joined across wrapped lines. */
final class LayoutText {
  private LayoutText() {}

  /**
   * Appends a wrapped piece: directly (Chinese wraps anywhere), with a space only between two
   * Latin letters or digits ({@code 10KV} / {@code 电缆}).
   */
  static void append(StringBuilder sb, String piece) {
    String p = piece.strip();
    if (p.isEmpty()) {
      return;
    }
    if (sb.length() > 0 && isLatin(sb.charAt(sb.length() - 1)) && isLatin(p.charAt(0))) {
      sb.append(' ');
    }
    sb.append(p);
  }

  private static boolean isLatin(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }
}
