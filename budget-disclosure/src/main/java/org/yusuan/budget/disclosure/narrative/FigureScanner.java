package org.yusuan.budget.disclosure.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of a paragraph (docs/domain/parsing.md §8): numbers with or without thousands separators
 * ({@code 13,487.42}, {@code 13487.42}, {@code 3950.4}), followed by a unit word. Digits that are not
 * figures are recognised and passed over: years and dates ({@code 2024年12月31日}, a bare {@code 2024}
 * before a word), document numbers ({@code 晋财综〔2023〕43号}), enumerators ({@code 1、}, {@code (2)}),
 * levels ({@code 1级项目}) and batch ordinals ({@code 第3批}). Any other digit becomes an {@link
 * Figure.Kind#UNREADABLE} figure, so that nothing with a number is taken for prose.
 */
final class FigureScanner {
  static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
      "(?<![\\d.A-Za-z])(?<approx>约)?(?<num>[+\\-−]?(?:\\d{1,3}(?:[,，]\\d{3})+|\\d+)(?:\\.\\d+)?)"
          + "\\s*(?<unit>余?万元|余?亿元|余?元|万|亿|%|％|台（套）|台\\(套\\)|个|辆|台|套|家|项|人|名|"
          + "平方米|㎡|亩|公顷|平方公里|公里)?");
  /**
   * What is not a figure; each pattern at the index of the character it cannot match without in
   * {@link #NOT_FIGURE_MARKS} (most sentences lack most of them, and their patterns are not run).
   */
  static final Pattern[] NOT_FIGURES = {
      // years and dates: 2024年, 2024年度, 2024年12月31日, 12月31日
      Pattern.compile("\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)?"),
      Pattern.compile("\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日"),
      // a bare year before a word: 2024新增, ，2026预算安排 (a comma after a digit is a separator)
      Pattern.compile("(?<![\\d.])(?<!\\d[,，])(?:19|20)\\d{2}(?![\\d.,，%％])(?=[\\p{IsHan}])"
          + "(?!万|亿|元|个|辆|台|套|家|项|人|名|平方|亩|公顷|公里|余|级)"),
      // document numbers: 晋财综〔2023〕43号, 晋财综【2023】47号, [2021]63号
      Pattern.compile("[〔【\\[（(]\\s*\\d{4}\\s*[〕】\\]）)]\\s*\\d+\\s*号"),
      // enumerators: 1、 2. (1) （2）
      Pattern.compile("[(（]\\d{1,2}[)）]|(?<![\\d.,，])\\d{1,2}(?:[、．]|\\.(?![\\d%％]))"),
      // levels and ordinals: 1级项目, 第3批
      Pattern.compile("(?<!\\d)\\d+\\s*级"),  // from the first digit only: linear in a long run
      Pattern.compile("第\\s*\\d+\\s*[批次条款项章节]"),
  };
  /** The character each of {@link #NOT_FIGURES} needs, or 0 for none but a digit. */
  static final char[] NOT_FIGURE_MARKS = {'年', '月', 0, '号', 0, '级', '第'};

  private FigureScanner() {}

  /** The figures of {@code text}, in order. */
  static List<Figure> scan(String text) {
    if (!hasDigit(text)) {
      return SameAsPrior.scan(text); // every figure and every exemption holds a digit
    }
    BitSet exempt = new BitSet(text.length());
    for (int k = 0; k < NOT_FIGURES.length; k++) {
      if (NOT_FIGURE_MARKS[k] != 0 && text.indexOf(NOT_FIGURE_MARKS[k]) < 0) {
        continue;
      }
      Matcher m = NOT_FIGURES[k].matcher(text);
      while (m.find()) {
        exempt.set(m.start(), m.end());
      }
    }
    List<Figure> figures = new ArrayList<>();
    Matcher m = NUMBER_WITH_UNIT.matcher(text);
    while (m.find()) {
      int numStart = m.start("num");
      if (exempt.get(numStart)) {
        continue;
      }
      figures.add(figure(m));
    }
    figures.addAll(SameAsPrior.scan(text));
    figures.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return figures;
  }

  /** Whether {@code text} holds an ASCII digit ({@code \\d} without the Unicode flag). */
  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} holds a figure (a digit that is not a year, date, number or enumerator). */
  static boolean hasFigure(String text) {
    for (Figure f : scan(text)) {
      if (f.kind() != Figure.Kind.SAME_AS_PRIOR) {
        return true;
      }
    }
    return false;
  }

  private static Figure figure(Matcher m) {
    String digits = m.group("num");
    String unit = m.group("unit") == null ? "" : m.group("unit");
    String printed = text(m, m.start("num"), m.end());
    BigDecimal number = new BigDecimal(digits.replace(",", "").replace("，", "").replace('−', '-'));
    Figure.Kind kind;
    if (m.group("approx") != null || unit.startsWith("余")) {
      kind = Figure.Kind.UNREADABLE;
    } else if (unit.isEmpty()) {
      kind = Figure.Kind.UNREADABLE;
    } else if (unit.endsWith("元") || unit.equals("万") || unit.equals("亿")) {
      kind = unit.endsWith("元") ? Figure.Kind.MONEY : Figure.Kind.UNREADABLE;
    } else if (unit.equals("%") || unit.equals("％")) {
      kind = Figure.Kind.PERCENT;
    } else if (unit.matches("平方米|㎡|亩|公顷|平方公里|公里")) {
      kind = Figure.Kind.QUANTITY;
    } else {
      kind = Figure.Kind.COUNT;
    }
    return new Figure(kind, number, digits, unit, printed, m.start("num"), m.end());
  }

  private static String text(Matcher m, int start, int end) {
    return m.group().substring(start - m.start(), end - m.start()).strip();
  }

  /**
   * {@code 与上年预算数相同}, {@code 与2024年预算数相同}, {@code 比2023年预算执行数持平}: a change of zero
   * stated in words.
   */
  static final class SameAsPrior {
    static final Pattern SAME = Pattern.compile(
        "(?:与|比|较)(?:上年|上一年|\\d{4}\\s*年?度?)(?:相比)?(?:当年)?"
            + "(?:预算(?:执行)?数?|预算安排|执行数)?(?:持平|相同|一致)");

    static List<Figure> scan(String text) {
      List<Figure> out = new ArrayList<>();
      if (text.indexOf('与') < 0 && text.indexOf('比') < 0 && text.indexOf('较') < 0) {
        return out; // the comparison word the pattern opens with
      }
      Matcher m = SAME.matcher(text);
      while (m.find()) {
        out.add(new Figure(Figure.Kind.SAME_AS_PRIOR, BigDecimal.ZERO, "", "", m.group(),
            m.start(), m.end()));
      }
      return out;
    }
  }
}
