package org.yusuan.budget.validation.rules.quality;

import java.util.regex.Matcher;

/**
 * Where Q5's patterns can first match in a paragraph (比较的起点), found by hand: a figure with its
 * unit ({@code 万元}, {@code 亿元}, {@code 元}, {@code %}, {@code ％}) right before the comparing word.
 * The regexes are tried there only (FigureScansProperties checks that they find what a regex's own
 * search finds).
 */
final class FigureScans {
  private FigureScans() {}

  /**
   * The next place a match of {@code X万元，比…Y万元增加} can start around a {@code 比} or {@code 较} at or
   * after {@code from} with a unit and {@code [，,]?} right before it: the span from the start of the
   * run of digits, commas and points before the unit to the comparing word; {@link Span#NONE} if none.
   */
  static long comparedRun(String s, int from) {
    // the comparing words found by String.indexOf, in order
    int start = Math.max(1, from);
    int bi = s.indexOf('比', start);
    int jiao = s.indexOf('较', start);
    while (bi >= 0 || jiao >= 0) {
      int i;
      if (jiao < 0 || bi >= 0 && bi < jiao) {
        i = bi;
        bi = s.indexOf('比', i + 1);
      } else {
        i = jiao;
        jiao = s.indexOf('较', i + 1);
      }
      int unit = s.charAt(i - 1) == '，' || s.charAt(i - 1) == ',' ? i - 2 : i - 1;
      int at = figureEndingAt(s, unit);
      if (at >= 0) {
        return Span.of(at, i);
      }
    }
    return Span.NONE;
  }

  /**
   * As {@link #comparedRun} for {@code X万元大于Y万元}: around the 于 of 大于, 小于, 等于, 高于 or 低于
   * right after the unit.
   */
  static long relationRun(String s, int from) {
    for (int i = s.indexOf('于', Math.max(2, from)); i >= 0; i = s.indexOf('于', i + 1)) {
      char c = s.charAt(i - 1);
      if (c == '大' || c == '小' || c == '等' || c == '高' || c == '低') {
        int at = figureEndingAt(s, i - 2);
        if (at >= 0) {
          return Span.of(at, i);
        }
      }
    }
    return Span.NONE;
  }

  /**
   * Finds {@code m}'s next match in {@code s} from {@code from} as {@link Matcher#find()} would, but
   * trying only the places in the {@code runs} (each run's start up to its comparing word): every
   * match starts in one, since it holds a figure, its unit and the word. {@code m} is reset to
   * {@code s} when a run is found; after a match, {@code m.end()} is where to go on from.
   */
  static boolean find(Matcher m, String s, int from, Span.Scan runs) {
    long run = runs.find(s, from);
    if (run == Span.NONE) {
      return false;  // most paragraphs: the matcher, whose reset clears its groups, is left alone
    }
    m.reset(s);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    for (; run != Span.NONE; run = runs.find(s, Span.end(run) + 1)) {
      int unit = Span.start(run);
      while (unit < s.length() && (endsFigure(s.charAt(unit)) || s.charAt(unit) == '.')) {
        unit++;
      }
      for (int p = Math.max(from, Span.start(run)); p < unit; p++) {
        // the pattern's figure starts at p and ends right before the unit, or the match fails;
        // after the figure the match is the same from every such p: one try per run
        if (reaches(s, p, unit)) {
          if (m.region(p, s.length()).lookingAt()) {
            return true;
          }
          break;
        }
      }
    }
    return false;
  }

  /** Whether {@code \d[\d,]*(?:\.\d+)?} matches {@code s[p, unit)}: a figure from p to its unit. */
  static boolean reaches(String s, int p, int unit) {
    if (s.charAt(p) < '0' || s.charAt(p) > '9') {
      return false;
    }
    int q = p + 1;
    while (q < unit && endsFigure(s.charAt(q))) {
      q++;
    }
    if (q == unit) {
      return true;
    }
    if (s.charAt(q) != '.') {
      return false;
    }
    int digits = q + 1;
    while (digits < unit && s.charAt(digits) >= '0' && s.charAt(digits) <= '9') {
      digits++;
    }
    return digits > q + 1 && digits == unit;
  }

  /**
   * The start of the run of {@code [\d,.]} before the unit whose last character is at {@code last},
   * when the character before the unit can end a figure (a digit or a comma); −1 otherwise.
   */
  private static int figureEndingAt(String s, int last) {
    if (last < 1) {
      return -1;
    }
    char c = s.charAt(last);
    int unit;
    if (c == '元') {
      char before = s.charAt(last - 1);
      unit = before == '万' || before == '亿' ? last - 1 : last;
    } else if (c == '%' || c == '％') {
      unit = last;
    } else {
      return -1;
    }
    if (unit < 1 || !endsFigure(s.charAt(unit - 1))) {
      return -1;
    }
    int start = unit - 1;
    while (start > 0 && (endsFigure(s.charAt(start - 1)) || s.charAt(start - 1) == '.')) {
      start--;
    }
    return start;
  }

  private static boolean endsFigure(char c) {
    return c >= '0' && c <= '9' || c == ',';
  }
}
