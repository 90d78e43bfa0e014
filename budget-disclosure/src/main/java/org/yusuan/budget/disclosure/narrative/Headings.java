package org.yusuan.budget.disclosure.narrative;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.text.PageMarks;

/**
 * The line shapes of the narrative that are not sentences: section headings ({@code
 * 十一、国有资产占有使用情况}), sub-headings ({@code (一) 一般公共预算当年支出规模变化情况}, {@code 1、车辆情况：}),
 * chart captions ({@code 收入预算图}) and bracketed notes ({@code （项目绩效目标表公开情况见附件）}).
 */
final class Headings {
  private static final String NUMERALS = "[一二三四五六七八九十]{1,3}";
  private static final Pattern SECTION = Pattern.compile("^(" + NUMERALS + ")、\\s*(\\S.{0,38})$");
  private static final Pattern BRACKETED = Pattern.compile(
      "^[(（](" + NUMERALS + ")[)）]\\s*(\\S.{0,38})$");
  private static final Pattern SUB = Pattern.compile(
      "^(?:[(（]" + NUMERALS + "[)）]|\\d{1,2}[、.．])\\s*(\\S.{0,30})$");
  private static final Pattern CAPTION = Pattern.compile("^[^，,。；;：:]{2,24}图$");
  private static final Pattern NOTE = Pattern.compile("^[(（][^()（）]*(?:[(（][^()（）]*[)）][^()（）]*)*[)）]$");

  private Headings() {}

  /** The ordinal of a section heading ({@code 十一、…} is 11), if {@code text} is one. */
  static OptionalInt section(String text) {
    Matcher m = SECTION.matcher(text);
    if (!m.matches() || !isTitleLike(m.group(2))) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(numeral(m.group(1)));
  }

  /** The heading words after the ordinal of a section heading. */
  static String sectionWords(String text) {
    Matcher m = SECTION.matcher(text);
    return m.matches() ? m.group(2) : text;
  }

  /**
   * The ordinal of a bracketed section heading ({@code （四）财政拨款支出预算情况说明} is 4): the sections of
   * a narrative that is itself a numbered part ({@code 三、部门预算情况说明}, the central template).
   */
  static OptionalInt bracketedSection(String text) {
    Matcher m = BRACKETED.matcher(text);
    if (!m.matches() || !isTitleLike(m.group(2))) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(numeral(m.group(1)));
  }

  /** The heading words after the ordinal of a bracketed section heading. */
  static String bracketedSectionWords(String text) {
    Matcher m = BRACKETED.matcher(text);
    return m.matches() ? m.group(2) : text;
  }

  /**
   * Whether {@code text} is a bare page number ({@code 13}): layout text prints it on a line of its
   * own, inside a sentence that runs on to the next page.
   */
  static boolean isBarePageNumber(String text) {
    return PageMarks.isBareNumber(text);
  }

  /** Whether {@code text} is a sub-heading: a short numbered title without a sentence. */
  static boolean isSubHeading(String text) {
    Matcher m = SUB.matcher(text);
    return m.matches() && isTitleLike(m.group(1));
  }

  /** Whether {@code text} is the caption of a chart that the text does not reproduce. */
  static boolean isCaption(String text) {
    return CAPTION.matcher(text).matches() && !FigureScanner.hasFigure(text);
  }

  /** Whether {@code text} is a note wholly in brackets. */
  static boolean isNote(String text) {
    return NOTE.matcher(text).matches();
  }

  private static boolean isTitleLike(String words) {
    String w = words.strip();
    return !w.contains("。") && !w.contains("；") && !w.endsWith(";") && !FigureScanner.hasFigure(w)
        && w.replaceAll("[：:]$", "").length() <= 30;
  }

  /** The value of a Chinese numeral from 一 to 九十九. */
  static int numeral(String s) {
    String digits = "一二三四五六七八九";
    int ten = s.indexOf('十');
    if (ten < 0) {
      return digits.indexOf(s.charAt(0)) + 1;
    }
    int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0)) + 1;
    int units = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1)) + 1;
    return tens * 10 + units;
  }
}
