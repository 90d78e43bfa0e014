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
    // every match has a separator (（ ( / ／) right after its first word and spaces: the
    // separators, found by String.indexOf, are looked at in order and the words only before one
    int n = s.length();
    int wide = s.indexOf('（', from);
    int narrow = s.indexOf('(', from);
    int slash = s.indexOf('/', from);
    int wideSlash = s.indexOf('／', from);
    int after = from;  // where the next match may start
    while (true) {
      int sep = first(first(wide, narrow), first(slash, wideSlash));
      if (sep < 0) {
        return Span.NONE;
      }
      char c = s.charAt(sep);
      if (c == '（') {
        wide = s.indexOf('（', sep + 1);
      } else if (c == '(') {
        narrow = s.indexOf('(', sep + 1);
      } else if (c == '/') {
        slash = s.indexOf('/', sep + 1);
      } else {
        wideSlash = s.indexOf('／', sep + 1);
      }
      int i = sep;
      while (i > after && TextChecks.isRegexSpace(s.charAt(i - 1))) {
        i--;
      }
      i -= 2;
      if (i < after || direction(s, i) < 0) {
        continue;
      }
      int second;
      int end;
      if (c == '（' || c == '(') {
        second = spaces(s, sep + 1);
        int k = spaces(s, second + 2);
        if (direction(s, second) < 0 || k >= n || s.charAt(k) != ')' && s.charAt(k) != '）') {
          continue;
        }
        end = k + 1;
      } else {
        second = spaces(s, sep + 1);
        if (direction(s, second) < 0) {
          continue;
        }
        end = second + 2;
      }
      if (!s.regionMatches(i, s, second, 2)) {
        return Span.of(i, end);
      }
      after = end;  // the same word twice: the regex's match, passed over
    }
  }

  /** The smaller of two offsets, −1 standing for none. */
  private static int first(int a, int b) {
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
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
    // every other character: each pair of neighbours holds one of them
    int n = s.length();
    for (int i = 1; i < n; i += 2) {
      if (isCross(s.charAt(i))
          && (isCross(s.charAt(i - 1)) || i + 1 < n && isCross(s.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCross(char c) {
    if ((char) (c - '\u00D8') < '\uFF38' - '\u00D8') {
      return false;  // between × (U+00D7) and Ｘ (U+FF38): the Han characters, one unsigned test
    }
    return c == 'X' || c == 'x' || c == 'Ｘ' || c == 'ｘ' || c == '×';
  }
}
