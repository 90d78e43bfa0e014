package org.yusuan.budget.validation.rules.quality;

/**
 * Q1's scans of a block's text, by hand (占位符扫描): each gives what the regular expression named in
 * its Javadoc gave (PlaceholderScansProperties keeps the regex as the oracle). The alternatives'
 * regex, run over every block, was most of Q1's time.
 */
final class PlaceholderScans {
  private PlaceholderScans() {}

  /** The direction words, in the regex's order; each has two characters. */
  private static final String[] DIRECTIONS = {"增加", "增长", "上升", "减少", "下降", "持平"};

  /**
   * The next two different direction words offered as alternatives: a match of {@code
   * (增加|增长|上升|减少|下降|持平)\s*(?:[（(]\s*(…)\s*[)）]|[/／]\s*(…))} whose second word is not its first
   * (a match of one word twice is passed over, and the search goes on after it).
   */
  static long alternatives(String s, int from) {
    int n = s.length();
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      if (c != '增' && c != '上' && c != '减' && c != '下' && c != '持' || direction(s, i) < 0) {
        continue;
      }
      int j = spaces(s, i + 2);
      int second;
      int end;
      if (j < n && (s.charAt(j) == '（' || s.charAt(j) == '(')) {
        second = spaces(s, j + 1);
        int k = spaces(s, second + 2);
        if (direction(s, second) < 0 || k >= n || s.charAt(k) != ')' && s.charAt(k) != '）') {
          continue;
        }
        end = k + 1;
      } else if (j < n && (s.charAt(j) == '/' || s.charAt(j) == '／')) {
        second = spaces(s, j + 1);
        if (direction(s, second) < 0) {
          continue;
        }
        end = second + 2;
      } else {
        continue;
      }
      if (!s.regionMatches(i, s, second, 2)) {
        return Span.of(i, end);
      }
      i = end - 1;  // the same word twice: the regex's match, passed over
    }
    return Span.NONE;
  }

  /** The index of the direction word at {@code at}, or −1. */
  private static int direction(String s, int at) {
    for (int d = 0; d < DIRECTIONS.length; d++) {
      if (s.startsWith(DIRECTIONS[d], at)) {
        return d;
      }
    }
    return -1;
  }

  /** The first offset from {@code at} that is not a regex {@code \s}: {@code [ \t\n\x0B\f\r]}. */
  private static int spaces(String s, int at) {
    int i = at;
    while (i < s.length() && TextChecks.isRegexSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Whether two placeholder crosses (X, x, Ｘ, ｘ, ×) stand side by side: what every match of Q1's
   * crosses regex holds, looked for before that regex is run.
   */
  static boolean twoCrosses(String s) {
    for (int i = 1; i < s.length(); i++) {
      if (isCross(s.charAt(i)) && isCross(s.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCross(char c) {
    return c == 'X' || c == 'x' || c == 'Ｘ' || c == 'ｘ' || c == '×';
  }
}
