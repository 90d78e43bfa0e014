package org.yusuan.budget.performance;

import org.jspecify.annotations.Nullable;

/**
 * Hand-written matchers for the three patterns {@link TargetParser} applies to every value that
 * holds a number (a matcher per value was a fifth of the parse): the same groups as the patterns
 * named on each method, which {@code QuantityScanProperties} keeps as the oracle.
 */
final class QuantityScan {
  /** The leading operators, in the pattern's order (a longer word before its prefix). */
  private static final String[] LEAD_OPS = {"≥", "≤", ">", "<", "=", "≈", "大于或等于", "大于等于",
    "小于或等于", "小于等于", "不低于", "不少于", "不小于", "不高于", "不超过", "不多于", "不大于", "约为", "大约", "约",
    "大于", "高于", "超过", "多于", "小于", "低于", "少于", "等于"};
  /** The trailing word operators, a longer word before its suffix. */
  private static final String[] TRAIL_OPS = {"及以上", "以上", "及以下", "以下", "以内", "之内", "内", "左右"};

  private QuantityScan() {}

  /**
   * {@code LEAD_OP?(-?[0-9]+(?:,[0-9]+)*(?:\.[0-9]+)?)(多)?(.*)} (DOTALL), matched against the
   * whole of {@code s}.
   *
   * @return the groups {operator or null, number, 多 or null, tail}, or null when {@code s} does not match
   */
  static String @Nullable [] quantity(String s) {
    String op = null;
    int start = 0;
    int end = -1;
    for (String o : LEAD_OPS) {
      if (s.startsWith(o)) {
        end = numberEnd(s, o.length());
        if (end >= 0) {
          op = o;
          start = o.length();
          break;
        }
      }
    }
    if (op == null) {
      end = numberEnd(s, 0);
      if (end < 0) {
        return null;
      }
    }
    String more = end < s.length() && s.charAt(end) == '多' ? "多" : null;
    int tail = more == null ? end : end + 1;
    return new String[] {op, s.substring(start, end), more, s.substring(tail)};
  }

  /**
   * {@code ([^0-9]*?)[-~至到]NUM(.*)} (DOTALL), matched against the whole of {@code s}.
   *
   * @return the groups {text before the dash, upper number, tail}, or null when {@code s} does not match
   */
  static String @Nullable [] rangeTail(String s) {
    for (int p = 0; p < s.length(); p++) {
      char c = s.charAt(p);
      if (c == '-' || c == '~' || c == '至' || c == '到') {
        int end = numberEnd(s, p + 1);
        if (end >= 0) {
          return new String[] {s.substring(0, p), s.substring(p + 1, end), s.substring(end)};
        }
      } else if (c >= '0' && c <= '9') {
        return null; // the text before the dash holds no digit
      }
    }
    return null;
  }

  /**
   * {@code (.*?)(及以上|以上|及以下|以下|以内|之内|内|左右)}, matched against the whole of {@code s}:
   * the longest such word ending {@code s}, after text without a line terminator.
   *
   * @return the groups {text before, word}, or null when {@code s} does not match
   */
  static String @Nullable [] trailingWordOperator(String s) {
    for (String w : TRAIL_OPS) { // a longer word before its suffix: the shortest text before
      if (s.endsWith(w)) {
        int p = s.length() - w.length();
        for (int i = 0; i < p; i++) {
          if (isLineTerminator(s.charAt(i))) {
            return null; // '.' stops at a line terminator
          }
        }
        return new String[] {s.substring(0, p), w};
      }
    }
    return null;
  }

  /**
   * Where {@code -?[0-9]+(?:,[0-9]+)*(?:\.[0-9]+)?} matched greedily at {@code from} ends, or -1.
   * Greedy is final here: what follows the number in the patterns matches anything.
   */
  static int numberEnd(String s, int from) {
    int n = s.length();
    int i = from;
    if (i < n && s.charAt(i) == '-') {
      i++;
    }
    if (!digitAt(s, i)) {
      return -1;
    }
    i = digitsEnd(s, i);
    while (i < n && s.charAt(i) == ',' && digitAt(s, i + 1)) {
      i = digitsEnd(s, i + 1);
    }
    if (i < n && s.charAt(i) == '.' && digitAt(s, i + 1)) {
      i = digitsEnd(s, i + 1);
    }
    return i;
  }

  private static int digitsEnd(String s, int i) {
    while (digitAt(s, i)) {
      i++;
    }
    return i;
  }

  private static boolean digitAt(String s, int i) {
    return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }

  /** The line terminators {@code .} does not match (no DOTALL, no UNIX_LINES). */
  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
