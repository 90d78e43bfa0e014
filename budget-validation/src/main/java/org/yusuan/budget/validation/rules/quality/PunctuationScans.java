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
    // a run of two holds the mark at i + 1 or starts after it: every other character is enough to
    // look at until one is a mark
    for (int i = from; i + 1 < n; i += 2) {
      if (!isMark(s.charAt(i + 1))) {
        continue;
      }
      int at = isMark(s.charAt(i)) ? i : i + 2 < n && isMark(s.charAt(i + 2)) ? i + 1 : -1;
      if (at >= 0) {
        int end = at + 2;
        while (end < n && isMark(s.charAt(end))) {
          end++;
        }
        return Span.of(at, end);
      }
    }
    return Span.NONE;
  }

  private static boolean isMark(char c) {
    if ((char) (c - '\u3003') < '\uFF0C' - '\u3003') {
      return false;  // between 。 (U+3002) and ， (U+FF0C): the Han characters, one unsigned test
    }
    return c == '。' || c == '，' || c == '、' || c == '；' || c == '：';
  }

  /**
   * A sentence stopped right after the word that announces its content: {@code
   * (?:主要原因是|原因是|主要用于|用于|主要包括|具体包括|包括|分别是|分别为|主要是)[：:，,]?[。；]}.
   */
  static long cutShort(String s, int from) {
    // every match ends at a stop (。 or ；) and holds no other, and no word is another's prefix: so
    // the stops, found by String.indexOf, are looked at in order and the words only before one
    int full = s.indexOf('。', from);
    int semi = s.indexOf('；', from);
    while (full >= 0 || semi >= 0) {
      int stop;
      if (semi < 0 || full >= 0 && full < semi) {
        stop = full;
        full = s.indexOf('。', stop + 1);
      } else {
        stop = semi;
        semi = s.indexOf('；', stop + 1);
      }
      int wordEnd = stop > from && isCutMark(s.charAt(stop - 1)) ? stop - 1 : stop;
      int start = cutWordBefore(s, from, wordEnd);
      if (start >= 0) {
        return Span.of(start, stop + 1);
      }
    }
    return Span.NONE;
  }

  /**
   * The start of the leftmost of the words ending at {@code end} and starting at or after {@code
   * from}, or −1: the regex, trying each start in turn, meets the longest such word first.
   */
  private static int cutWordBefore(String s, int from, int end) {
    if (end - 2 < from) {
      return -1;
    }
    char last = s.charAt(end - 1);
    // the last characters of the words: most stops follow none of them
    if (last != '是' && last != '于' && last != '括' && last != '为') {
      return -1;
    }
    int start = -1;
    for (String w : CUT_WORDS) {
      int at = end - w.length();
      if (at >= from && (start < 0 || at < start) && s.startsWith(w, at)) {
        start = at;
      }
    }
    return start;
  }

  private static boolean isCutMark(char c) {
    return c == '：' || c == ':' || c == '，' || c == ',';
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
