package org.yusuan.budget.validation.rules.quality;

/**
 * Q2's scans of a block's text, by hand (标点扫描): each gives what the regular expression named in
 * its Javadoc gave (PunctuationScansProperties keeps the regex as the oracle). The regexes,
 * run block after block, were most of Q2's time; these look only at the characters that can start
 * a match.
 */
final class PunctuationScans {
  private PunctuationScans() {}

  /** The words after which a sentence stopping at once is cut short, in the regex's order. */
  private static final String[] CUT_WORDS = {"主要原因是", "原因是", "主要用于", "用于", "主要包括",
      "具体包括", "包括", "分别是", "分别为", "主要是"};
  /** The units a statement's closing figure may have, in the regex's order. */
  private static final String[] FIGURE_UNITS = {"万元", "亿元", "元", "%", "％", "个", "辆", "项", "人",
      "名", "平方米", "台", "套", "台（套）", "家", "次"};

  /** A run of two or more sentence marks: {@code [。，、；：]{2,}}. */
  static long repeatedMark(String s, int from) {
    int n = s.length();
    for (int i = from; i + 1 < n; i++) {
      if (isMark(s.charAt(i)) && isMark(s.charAt(i + 1))) {
        int end = i + 2;
        while (end < n && isMark(s.charAt(end))) {
          end++;
        }
        return Span.of(i, end);
      }
    }
    return Span.NONE;
  }

  private static boolean isMark(char c) {
    return c == '。' || c == '，' || c == '、' || c == '；' || c == '：';
  }

  /**
   * A sentence stopped right after the word that announces its content: {@code
   * (?:主要原因是|原因是|主要用于|用于|主要包括|具体包括|包括|分别是|分别为|主要是)[：:，,]?[。；]}.
   */
  static long cutShort(String s, int from) {
    int n = s.length();
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      // the first characters of the words: most characters are none of them
      if (c != '主' && c != '原' && c != '用' && c != '具' && c != '包' && c != '分') {
        continue;
      }
      for (String w : CUT_WORDS) {
        if (!s.startsWith(w, i)) {
          continue;
        }
        int j = i + w.length();
        if (j + 1 < n && isCutMark(s.charAt(j)) && isStop(s.charAt(j + 1))) {
          return Span.of(i, j + 2);
        }
        if (j < n && isStop(s.charAt(j))) {
          return Span.of(i, j + 1);
        }
      }
    }
    return Span.NONE;
  }

  private static boolean isCutMark(char c) {
    return c == '：' || c == ':' || c == '，' || c == ',';
  }

  private static boolean isStop(char c) {
    return c == '。' || c == '；';
  }

  /**
   * Whether {@code s} ends with a figure and its unit: {@code
   * \d(?:万元|亿元|元|%|％|个|辆|项|人|名|平方米|台|套|台（套）|家|次)$} found (the {@code $} of a regex
   * also matches before a line terminator ending the text).
   */
  static boolean figureEnd(String s) {
    int n = s.length();
    if (endsWithFigure(s, n)) {
      return true;
    }
    if (n >= 2 && s.charAt(n - 2) == '\r' && s.charAt(n - 1) == '\n' && endsWithFigure(s, n - 2)) {
      return true;
    }
    if (n < 1) {
      return false;
    }
    char last = s.charAt(n - 1);
    boolean terminator = last == '\n' ? n < 2 || s.charAt(n - 2) != '\r'
        : last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029';
    return terminator && endsWithFigure(s, n - 1);
  }

  /** Whether {@code s[0, end)} ends with an ASCII digit and one of the units. */
  private static boolean endsWithFigure(String s, int end) {
    for (String unit : FIGURE_UNITS) {
      int at = end - unit.length();
      if (at >= 1 && s.startsWith(unit, at) && s.charAt(at - 1) >= '0' && s.charAt(at - 1) <= '9') {
        return true;
      }
    }
    return false;
  }
}
