package org.yusuan.budget.performance;

/**
 * The hand-written matcher behind {@link PrintedAmount#parse}: {@code
 * (-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?)(元|万元|万|亿元|亿)?} against a whole folded cell,
 * without a matcher per cell (every funding amount of every sheet is parsed). {@code
 * AmountScanProperties} keeps the pattern as the oracle.
 */
final class AmountScan {
  private AmountScan() {}

  /**
   * {@return where the number of {@code s} ends (its unit, if any, follows to the end), or -1 when
   * {@code s} is no amount}
   *
   * @param s a cell with white space removed and digits folded
   */
  static int numberEnd(CharSequence s) {
    int n = s.length();
    int i = s.length() > 0 && s.charAt(0) == '-' ? 1 : 0;
    int d = digitsEnd(s, i);
    if (d == i) {
      return -1;
    }
    int end = d;
    if (d - i <= 3 && groupAt(s, d)) { // 1,234,567: only whole groups of three
      while (groupAt(s, end)) {
        end += 4;
      }
    }
    if (end + 1 < n && s.charAt(end) == '.' && isDigit(s.charAt(end + 1))) {
      end = digitsEnd(s, end + 1);
    }
    return isUnit(s, end) ? end : -1;
  }

  /** Whether the text from {@code from} is empty or one of the units 元 万元 万 亿元 亿. */
  private static boolean isUnit(CharSequence s, int from) {
    switch (s.length() - from) {
      case 0:
        return true;
      case 1:
        return s.charAt(from) == '元' || s.charAt(from) == '万' || s.charAt(from) == '亿';
      case 2:
        return (s.charAt(from) == '万' || s.charAt(from) == '亿') && s.charAt(from + 1) == '元';
      default:
        return false;
    }
  }

  private static boolean groupAt(CharSequence s, int i) {
    return i + 3 < s.length() && s.charAt(i) == ',' && isDigit(s.charAt(i + 1))
        && isDigit(s.charAt(i + 2)) && isDigit(s.charAt(i + 3));
  }

  private static int digitsEnd(CharSequence s, int i) {
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
