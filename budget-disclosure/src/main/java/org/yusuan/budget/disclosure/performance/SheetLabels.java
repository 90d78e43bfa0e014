package org.yusuan.budget.disclosure.performance;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.TextNormalizer;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.performance.FundingSource;
import org.yusuan.budget.performance.ProjectTextKind;
import org.yusuan.budget.text.WhiteSpace;

/**
 * The labels of the sheets (docs/domain/performance-sheets.md §2.1, §4) and their variants, compared on the
 * normalised key (white space removed, widths folded, trailing colons dropped).
 */
final class SheetLabels {
  /** A project sheet's title; levels (市级, 县(区)级, 省级) and garbling vary, the ending does not. */
  static final Pattern PROJECT_TITLE = Pattern.compile(
      ".*(项目支出绩效目标(申报)?表|项目绩效目标(申报)?表|预算部门\\(单位\\)项目)");
  /**
   * The tail of a title wrapped onto its own line ({@code 绩效目标表} under {@code …项目（小学）项目}):
   * short, and a title only with the line above.
   */
  static final Pattern TITLE_TAIL = Pattern.compile("(项目)?(支出)?绩效目标(申报)?表");
  /** A numbered section above a sheet that names its project: {@code （一）236 某专项}. */
  static final Pattern NUMBERED_SECTION = Pattern.compile("\\([一二三四五六七八九十]+\\).+");
  /** The department-wide sheet's title. */
  static final Pattern DEPARTMENT_TITLE = Pattern.compile(".*整体支出绩效目标(申报)?表");
  /** The year line under a title: {@code (2025年度)}, {@code （2024）年度}, {@code (2024年度)}. */
  static final Pattern YEAR_LINE = Pattern.compile("\\(?[0-9]{4}\\)?年度?\\)?");
  /** A heading of the narrative that ends the sheets: {@code 十一、…}, {@code 第四部分 …}. */
  static final Pattern HEADING =
      Pattern.compile("([一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分).*");
  /** A department printed with its code: {@code 080-某县某局}. */
  static final Pattern CODED_DEPARTMENT = Pattern.compile("[0-9]{2,4}\\s*[-－—]\\s*\\S.*");
  /** A 项目期 value: {@code 1年}, {@code 99年}, {@code 6个月}, {@code 2024.1-2026.12}. */
  static final Pattern PERIOD_VALUE = Pattern.compile(
      "[0-9]{1,3}(年|个月)|[0-9]{4}[.年-][0-9]{1,2}.*[-至~].*[0-9]{4}.*");
  /** A 填报日期 stamp on its own: {@code 20250117161320} (sometimes a digit short). */
  static final Pattern DATE_STAMP = Pattern.compile("[0-9]{8,14}");
  private static final Pattern FUNDING_HEADER = Pattern.compile("项目资金\\((.+)\\)");
  /**
   * What every key naming {@link Field#FUNDING_HEADER} starts with (its label part does, and that is
   * a prefix of the key): a test that lets all other cells go without asking their field.
   */
  static final String FUNDING_HEADER_PREFIX = "项目资金(";

  private SheetLabels() {}

  /** The comparison key: markup removed, normalised, trailing colons dropped. */
  static String key(String text) {
    return withoutTrailingColons(TextNormalizer.label(text));
  }

  /**
   * The comparison key of a whole line, {@code key(line.text())}: built from the line's own {@link
   * SourceLine#label()}, which the line computes once for every reader.
   */
  static String key(SourceLine line) {
    return withoutTrailingColons(line.label());
  }

  private static String withoutTrailingColons(String k) {
    int end = k.length();
    while (end > 0 && k.charAt(end - 1) == ':') {
      end--;
    }
    return k.substring(0, end);
  }

  // The predicates below test a line's key against the patterns above; each first checks a
  // character the pattern cannot match without (most lines are no title), sparing a matcher.

  /** Whether {@code key} is a project sheet's title ({@link #PROJECT_TITLE}). */
  static boolean isProjectTitle(String key) {
    return (key.endsWith("表") || key.endsWith("项目")) && PROJECT_TITLE.matcher(key).matches();
  }

  /** Whether {@code key} is the tail of a wrapped title ({@link #TITLE_TAIL}). */
  static boolean isTitleTail(String key) {
    return key.endsWith("表") && TITLE_TAIL.matcher(key).matches();
  }

  /** Whether {@code key} is the department-wide sheet's title ({@link #DEPARTMENT_TITLE}). */
  static boolean isDepartmentTitle(String key) {
    return key.endsWith("表") && DEPARTMENT_TITLE.matcher(key).matches();
  }

  /** Whether {@code key} is a heading of the narrative ({@link #HEADING}). */
  static boolean isHeading(String key) {
    return !key.isEmpty() && "一二三四五六七八九十第".indexOf(key.charAt(0)) >= 0
        && HEADING.matcher(key).matches();
  }

  /** Whether {@code key} is a year line ({@link #YEAR_LINE}). */
  static boolean isYearLine(String key) {
    return !key.isEmpty() && (key.charAt(0) == '(' || Character.isDigit(key.charAt(0)))
        && YEAR_LINE.matcher(key).matches();
  }

  /** The fields of a project sheet's upper part. */
  enum Field {
    PROJECT_NAME, DEPARTMENT, UNIT, ATTRIBUTE, PERIOD, FUNDING_HEADER, TOTAL, SOURCE, TEXT,
    GOAL_HEADER, GOAL, INDICATOR_LABEL, INDICATOR_HEADER, FOOTER;

    /** This field as a present result, made once ({@link SheetLabels#field} answers for every cell). */
    private final Optional<Field> present = Optional.of(this);
  }

  /**
   * The field a token's label names (the label may carry its value after a colon: {@code 项目名称:
   * X}); empty when the token is no label. Funding sources are only labels inside the funding block,
   * see {@link #isSourceLabel}.
   */
  static Optional<Field> field(String key) {
    String k = labelPart(key);
    String bare = k.indexOf('(') >= 0 || k.indexOf(')') >= 0 ? k.replace("(", "").replace(")", "") : k;
    bare = withoutLeadingNumber(bare); // 1.项目名称: the number set aside
    if (bare.startsWith("项目名称")) {
      return Field.PROJECT_NAME.present;
    }
    if (bare.startsWith("主管部门") || bare.startsWith("主管单位") || bare.equals("部门及代码")) {
      return Field.DEPARTMENT.present;
    }
    if (bare.equals("实施单位")) {
      return Field.UNIT.present;
    }
    if (bare.equals("项目属性")) {
      return Field.ATTRIBUTE.present;
    }
    if (bare.equals("项目期") || bare.equals("项目日期") || bare.equals("项目期限")) {
      return Field.PERIOD.present;
    }
    if (k.startsWith(FUNDING_HEADER_PREFIX) && FUNDING_HEADER.matcher(k).matches()) {
      return Field.FUNDING_HEADER.present;
    }
    if (k.endsWith("资金总额") && k.length() <= 8) {
      return Field.TOTAL.present;
    }
    if (ProjectTextKind.fromLabel(k).isPresent()) {
      return Field.TEXT.present;
    }
    if (k.equals("实施期目标") || k.equals("年度目标") || k.equals("中期目标")) {
      return Field.GOAL_HEADER.present;
    }
    if (k.equals("总体目标")) {
      return Field.GOAL.present;
    }
    if (k.equals("绩效指标") || k.equals("绩效目标")) {
      return Field.INDICATOR_LABEL.present;
    }
    if (k.equals("一级指标") || k.equals("二级指标") || k.equals("三级指标") || k.equals("指标值")) {
      return Field.INDICATOR_HEADER.present;
    }
    if (isFooterLabel(k)) {
      return Field.FOOTER.present;
    }
    return Optional.empty();
  }

  /**
   * {@code key} without a leading {@code 1.} ({@code ^[0-9]+\.}); the same string when there is
   * none. By hand: every amount cell opens with a digit, and a matcher per cell is dear.
   */
  static String withoutLeadingNumber(String key) {
    int digits = 0;
    while (digits < key.length() && key.charAt(digits) >= '0' && key.charAt(digits) <= '9') {
      digits++;
    }
    return digits > 0 && digits < key.length() && key.charAt(digits) == '.'
        ? key.substring(digits + 1) : key;
  }

  /** Whether a key is (or starts with) a footer label. */
  static boolean isFooterLabel(String key) {
    // the first character first: asked of every cell of every sheet line
    return !key.isEmpty() && "负经联填项".indexOf(key.charAt(0)) >= 0 && (key.startsWith("负责人") || key.startsWith("经办人") || key.startsWith("联系电话")
        || key.startsWith("填报日期") || key.startsWith("填报人") || key.startsWith("项目负责人"));
  }

  /** The label part of a key that may carry its value after a colon. */
  static String labelPart(String key) {
    int colon = key.indexOf(':');
    return colon > 0 ? key.substring(0, colon) : key;
  }

  /** The value printed in the same cell after the label's colon, if any (as printed, trimmed). */
  static Optional<String> inlineValue(String text) {
    int colon = firstColon(text);
    if (colon < 0) {
      return Optional.empty();
    }
    String v = text.substring(colon + 1).strip();
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  /** The label of a cell that may carry its value after a colon, colon included. */
  static String labelText(String text) {
    int colon = firstColon(text);
    return colon < 0 ? text : text.substring(0, colon + 1).strip();
  }

  private static int firstColon(String text) {
    int a = text.indexOf(':');
    int b = text.indexOf('：');
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  /**
   * The money unit a label names in brackets: {@code 项目资金(元)}, {@code 资金总额（万元）}; the last
   * one when it names several. By hand, as the pattern {@code .*\((万元|元|亿元)\).*} matched it
   * (its {@code .} no line terminator; {@code SheetLabelsProperties} keeps the pattern as the
   * oracle): a matcher per funding header was most of the document unit's search.
   */
  static Optional<MoneyUnit> unitOf(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return Optional.empty();
      }
    }
    for (int open = key.lastIndexOf('('); open >= 0; open = key.lastIndexOf('(', open - 1)) {
      String unit = key.startsWith("万元)", open + 1) ? "万元" : key.startsWith("元)", open + 1) ? "元"
          : key.startsWith("亿元)", open + 1) ? "亿元" : null;
      if (unit != null) {
        return MoneyUnit.ofSymbol(unit);
      }
    }
    return Optional.empty();
  }

  /** Whether a token of the funding block is a source label ({@code 其中:中央财政资金}, …). */
  static boolean isSourceLabel(String key) {
    return !isAmountText(key) && (FundingSource.fromLabel(key).isPresent() || key.startsWith("其中"));
  }

  private static final Pattern LABEL_THEN_AMOUNT = Pattern.compile(
      "(.*[^0-9,.\\s])[:：\\s]\\s*(-?[0-9][0-9,]*(?:\\.[0-9]+)?\\s*(?:元|万元|亿元)?)");

  /**
   * A funding cell holding both label and amount ({@code 年度资金总额: 1,000,000}, {@code
   * 其中:中央财政资金 0}) split into the two; empty when the cell holds no amount after its label.
   */
  static Optional<String[]> labelAndAmount(String text) {
    Matcher m = LABEL_THEN_AMOUNT.matcher(text.strip());
    return m.matches() ? Optional.of(new String[] {m.group(1).strip(), m.group(2).strip()})
        : Optional.empty();
  }

  /** Whether a text is an amount, possibly with its own unit: {@code 3,000,000}, {@code 1000万元}. */
  static boolean isAmountText(String text) {
    String s = WhiteSpace.removeAll(text);
    // most cells are labels: no pattern for a cell that cannot open with a number (called per cell)
    return !s.isEmpty() && (Character.isDigit(s.charAt(0)) || s.charAt(0) == '-')
        && isAmountKey(s);
  }

  /**
   * Whether {@code s} matches {@code -?[0-9][0-9,]*(\.[0-9]+)?(元|万元|万|亿元|亿)?}, tested by hand:
   * the funding rows ask it of every cell, several times.
   */
  private static boolean isAmountKey(String s) {
    int n = s.length();
    int i = s.startsWith("-") ? 1 : 0;
    if (i == n || !isAsciiDigit(s.charAt(i))) {
      return false;
    }
    while (i < n && (isAsciiDigit(s.charAt(i)) || s.charAt(i) == ',')) {
      i++;
    }
    if (i + 1 < n && s.charAt(i) == '.' && isAsciiDigit(s.charAt(i + 1))) {
      i += 2;
      while (i < n && isAsciiDigit(s.charAt(i))) {
        i++;
      }
    }
    switch (n - i) { // the unit, if any
      case 0:
        return true;
      case 1:
        return "元万亿".indexOf(s.charAt(i)) >= 0;
      case 2:
        return (s.charAt(i) == '万' || s.charAt(i) == '亿') && s.charAt(i + 1) == '元';
      default:
        return false;
    }
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
