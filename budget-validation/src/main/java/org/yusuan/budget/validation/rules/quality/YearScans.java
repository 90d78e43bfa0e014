package org.yusuan.budget.validation.rules.quality;

/**
 * Where Q3's year patterns can first match in a text (年份的起点), found by hand so that the
 * regexes run from there rather than from every character of every paragraph; a text without such
 * a place is not given to them at all (YearScansProperties checks that the regexes find the same).
 */
final class YearScans {
  private YearScans() {}

  /**
   * The first offset from {@code from} where {@code (?:19|20)\d{2}\s*年} starts, or −1: every year
   * pattern of Q3 holds one.
   */
  static int firstYear(String s, int from) {
    // the 年 in order: the year before each starts later than the one before the previous 年
    for (int i = s.indexOf('年', from + 4); i >= 0; i = s.indexOf('年', i + 1)) {
      int digits = i;
      while (digits > from && TextChecks.isRegexSpace(s.charAt(digits - 1))) {
        digits--;
      }
      digits -= 4;
      if (digits >= from && isYear(s, digits)) {
        return digits;
      }
    }
    return -1;
  }

  /**
   * The first offset where a comparison with a year starts: {@code 比}, {@code 较}, {@code 与} or
   * {@code 同}, then {@code \s*} and a year with its 年; −1 if none.
   */
  static int firstComparison(String s) {
    return firstComparison(s, 0);
  }

  /** As {@link #firstComparison(String)}, the first comparison starting at or after {@code from}. */
  static int firstComparison(String s, int from) {
    for (int at = firstYear(s, from); at >= 0; at = firstYear(s, at + 1)) {
      int i = at;
      while (i > from && TextChecks.isRegexSpace(s.charAt(i - 1))) {
        i--;
      }
      if (i > from && isComparing(s.charAt(i - 1))) {
        return i - 1;
      }
    }
    return -1;
  }

  private static boolean isComparing(char c) {
    return c == '比' || c == '较' || c == '与' || c == '同';
  }

  /** Whether {@code (?:19|20)\d{2}} starts at {@code i}. */
  private static boolean isYear(String s, int i) {
    char a = s.charAt(i);
    char b = s.charAt(i + 1);
    return (a == '1' && b == '9' || a == '2' && b == '0') && isDigit(s.charAt(i + 2))
        && isDigit(s.charAt(i + 3));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
