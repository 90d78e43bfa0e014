package org.yusuan.budget.performance;

/**
 * Label normalisation shared by the label mappers: printed labels differ in white space (cells wrap
 * mid-word: {@code 绩效 指标}), bracket and colon width, and a trailing colon.
 */
final class Labels {
  private Labels() {}

  /**
   * The label without any white space (also U+3000 and U+00A0), with full-width brackets and colons
   * made ASCII and trailing colons removed.
   */
  static String normalize(String label) {
    StringBuilder sb = new StringBuilder(label.length());
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      }
      switch (c) {
        case '（':
          sb.append('(');
          break;
        case '）':
          sb.append(')');
          break;
        case '：':
          sb.append(':');
          break;
        default:
          sb.append(c);
      }
    }
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ':') {
      sb.setLength(sb.length() - 1);
    }
    return sb.toString();
  }

  /** The normalised label without a leading {@code 其中} / {@code 其中:} (“of which”). */
  static String withoutOfWhich(String normalized) {
    String s = normalized;
    if (s.startsWith("其中")) {
      s = s.substring(2);
      while (s.startsWith(":")) {
        s = s.substring(1);
      }
    }
    return s;
  }
}
