package org.yusuan.budget.performance;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.text.Markup;
import org.yusuan.budget.text.Punctuation;
import org.yusuan.budget.text.StrippedText;
import org.yusuan.budget.text.WhiteSpace;
import org.yusuan.budget.text.Width;
import org.jspecify.annotations.Nullable;

/**
 * The reader behind {@link IndicatorTarget#parse}. One instance reads one value; it never throws on
 * a string (every number it converts has been matched by a digits-only pattern first).
 */
final class TargetParser {
  private static final String LEAD_OP = "(≥|≤|>|<|=|≈|大于或等于|大于等于|小于或等于|小于等于|不低于|不少于|不小于"
      + "|不高于|不超过|不多于|不大于|约为|大约|约|大于|高于|超过|多于|小于|低于|少于|等于)";
  private static final String NUM = "(-?[0-9]+(?:,[0-9]+)*(?:\\.[0-9]+)?)";
  /** One unit part: letters or ideographs (with an optional trailing 2/3 for m2, km3), bracket. */
  private static final String UNIT_PART =
      "每?(?:[\\p{IsHan}A-Za-z%‰°²³]+[23]?)(?:[（(][^（）()]*[）)])?";
  /** A product written with x between digits ({@code 3x4}), a formula's left side. */
  private static final Pattern DIGIT_TIMES_DIGIT = Pattern.compile("[0-9][xX][0-9]");
  private static final Pattern TRAILING_BRACKET = Pattern.compile("[（(][^（）()]*[）)]$");
  private static final Pattern UNIT = Pattern.compile(UNIT_PART + "(?:/" + UNIT_PART + ")*");
  private static final Pattern MIXED =
      Pattern.compile("([^0-9]+?)" + LEAD_OP + "?" + NUM + "(多)?([^0-9]*)", Pattern.DOTALL);
  private static final Pattern WELL_GROUPED = Pattern.compile("-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");
  private static final Pattern PLACEHOLDER =
      Pattern.compile("[-_/\\\\.…·*~]+|[（(][^0-9（）()]*[）)]");
  /** The characters a {@link #PLACEHOLDER} can start with (most values are no placeholder). */
  private static final String PLACEHOLDER_START = "-_/\\.…·*~（(";
  /** The marks that make words a sentence (a character class, tested by hand: per value). */
  private static final String SENTENCE_PUNCTUATION = "，,。；;！!？?";
  private static final Pattern RECURRING = Pattern.compile("(?:每|按)(天|日|周|月|季度|季|半年|年度|年)");
  private static final Pattern WHOLE_YEAR =
      Pattern.compile("(?:([12][0-9]{3})年度?)?全年度?|([12][0-9]{3})年度");
  private static final Pattern WITHIN_YEAR =
      Pattern.compile("(?:([12][0-9]{3})年)?(?:年内|年度内|当年|本年度|本年)");
  private static final String OPERATOR_CHARS = "≥≤<>=≈";
  private static final int MAX_QUALITATIVE_LENGTH = 12;
  private static final int MAX_MIXED_PREFIX = 10;
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  private final String raw;
  private final Set<TargetDiagnostic> diagnostics = EnumSet.noneOf(TargetDiagnostic.class);
  private final ImmutableIndicatorTarget.Builder builder = ImmutableIndicatorTarget.builder();

  TargetParser(String raw) {
    this.raw = raw;
  }

  IndicatorTarget parse() {
    builder.raw(raw);
    String cleaned = WhiteSpace.trim(stripMarkup(raw));
    String work = WhiteSpace.removeAll(normalizeWidth(cleaned));
    TargetForm form = read(cleaned, work);
    return builder.form(form).addAllDiagnostics(diagnostics).build();
  }

  private TargetForm read(String cleaned, String work) {
    if (work.isEmpty()) {
      return TargetForm.EMPTY;
    }
    if (PLACEHOLDER_START.indexOf(work.charAt(0)) >= 0 && PLACEHOLDER.matcher(work).matches()) {
      builder.text(work);
      return TargetForm.PLACEHOLDER;
    }
    if (hasDoubledWord(work)) {
      diagnostics.add(TargetDiagnostic.DOUBLED_WORD);
    }
    work = stripTrailingOperators(work);
    if (work.isEmpty()) {
      return TargetForm.EMPTY;
    }
    boolean digits = hasDigit(work);
    TargetForm formula = readFormula(work);
    if (formula != null) {
      return formula;
    }
    TargetPeriod period = readPeriod(work);
    if (period != null) {
      if (!period.isValid()) {
        diagnostics.add(TargetDiagnostic.INVALID_DATE);
      }
      builder.period(period);
      return TargetForm.PERIOD;
    }
    Quantity q = readQuantity(work);
    if (q != null) {
      q.apply();
      return TargetForm.QUANTITY;
    }
    Matcher m = digits ? MIXED.matcher(work) : null; // MIXED holds a number
    if (m != null && m.matches() && m.group(1).codePointCount(0, m.group(1).length()) <= MAX_MIXED_PREFIX
        && !hasSentencePunctuation(m.group(1))) {
      Quantity mq = quantity(m.group(2), m.group(3), m.group(4), m.group(5));
      if (mq != null) {
        builder.text(m.group(1));
        mq.apply();
        return TargetForm.MIXED;
      }
    }
    boolean longText = work.codePointCount(0, work.length()) > MAX_QUALITATIVE_LENGTH
        || hasSentencePunctuation(work);
    if (!digits) {
      String words = work;
      if (OPERATOR_CHARS.indexOf(words.charAt(0)) >= 0) {
        // ≥较好: an operator before words compares nothing.
        diagnostics.add(TargetDiagnostic.STRAY_OPERATOR);
        words = words.substring(1);
        if (words.isEmpty()) {
          return TargetForm.EMPTY;
        }
      }
      if (longText) {
        builder.text(cleaned);
        return TargetForm.SENTENCE;
      }
      builder.text(words);
      return TargetForm.QUALITATIVE;
    }
    builder.text(longText ? cleaned : work);
    return longText ? TargetForm.SENTENCE : TargetForm.MIXED;
  }

  // ---- markup and normalisation ------------------------------------------------------------

  /** The raw value without markup residue; flags {@link TargetDiagnostic#MARKUP_RESIDUE}. */
  private String stripMarkup(String s) {
    StrippedText stripped = Markup.strip(s);
    if (stripped.hasRemovals()) {
      diagnostics.add(TargetDiagnostic.MARKUP_RESIDUE);
    }
    return stripped.text();
  }

  /**
   * Full-width ASCII to ASCII ({@link Width#toHalfWidth}, keeping full-width brackets as printed: the
   * text is shown), every {@link Punctuation#isDash dash} to '-', and the operator variants {@code ≧ ≦
   * 〜 >= <=} to {@code ≥ ≤ ~ ≥ ≤}. Not NFKC: a unit keeps its printed {@code ²}.
   */
  private static String normalizeWidth(String s) {
    int first = 0;
    while (first < s.length() && normalizedChar(s.charAt(first)) == s.charAt(first)) {
      first++;
    }
    if (first == s.length()) {
      return s.replace(">=", "≥").replace("<=", "≤"); // no character to change: no copy
    }
    StringBuilder sb = new StringBuilder(s.length());
    sb.append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      sb.append(normalizedChar(s.charAt(i)));
    }
    return sb.toString().replace(">=", "≥").replace("<=", "≤");
  }

  /** The character {@link #normalizeWidth} puts for {@code c}. */
  private static char normalizedChar(char c) {
    if (c == '（' || c == '）') {
      return c;
    } else if (Punctuation.isDash(c)) {
      return '-';
    } else if (c == '≧') {
      return '≥';
    } else if (c == '≦') {
      return '≤';
    } else if (c == '〜') {
      return '~';
    }
    return Width.toHalfWidth(c);
  }

  /** Whether {@code s} holds one of the {@link #SENTENCE_PUNCTUATION} marks. */
  private static boolean hasSentencePunctuation(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (SENTENCE_PUNCTUATION.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s} holds an ASCII digit (what {@code [0-9]} in the patterns matches). */
  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s} holds one of {@code chars}. */
  private static boolean hasAnyOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether every character of {@code s} is one of {@code chars}. */
  private static boolean allOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code s} is one run of unit characters ({@code %}, {@code 人次}, {@code km}): the common
   * unit, which {@link #UNIT} matches ({@code 每?} then the run), told without a matcher. Not
   * every match of {@code UNIT}: a slash, a bracket or a digit goes to the pattern.
   */
  static boolean isUnitWord(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean unitChar = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || "%‰°²³".indexOf(c) >= 0
          || !Character.isSurrogate(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
      if (!unitChar) {
        return false;
      }
    }
    return true;
  }

  /** A run of 2–4 ideographs printed twice in a row: 达到达到, 促进促进. */
  private static boolean hasDoubledWord(String s) {
    if (s.length() < 4) {
      return false; // fewer than four code points: no run of two printed twice
    }
    // code points by index; a text without surrogates (nearly all) is its own code points
    int[] cps = hasSurrogate(s) ? s.codePoints().toArray() : null;
    int n = cps != null ? cps.length : s.length();
    for (int len = 2; len <= 4; len++) {
      for (int i = 0; i + 2 * len <= n; i++) {
        boolean same = true;
        for (int k = 0; k < len && same; k++) {
          int a = cps != null ? cps[i + k] : s.charAt(i + k);
          int b = cps != null ? cps[i + len + k] : s.charAt(i + len + k);
          same = a == b && isIdeograph(a); // the cheap test first
        }
        if (same) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIdeograph(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /** ≥12次≥: the operator again at the end (REPEATED), or alone at the end (STRAY). */
  private String stripTrailingOperators(String s) {
    if (s.length() < 2) {
      if (OPERATOR_CHARS.indexOf(s.charAt(0)) >= 0) {
        diagnostics.add(TargetDiagnostic.STRAY_OPERATOR);
        return "";
      }
      return s;
    }
    int end = s.length();
    while (end > 0 && OPERATOR_CHARS.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end == s.length()) {
      return s;
    }
    String kept = s.substring(0, end);
    boolean leading = !kept.isEmpty() && OPERATOR_CHARS.indexOf(kept.charAt(0)) >= 0;
    diagnostics.add(leading ? TargetDiagnostic.REPEATED_OPERATOR : TargetDiagnostic.STRAY_OPERATOR);
    return kept;
  }

  // ---- formula -------------------------------------------------------------------------

  /** 35人×800元/月×12个月=33.6万元: keeps the calculation as text and reads the printed result. */
  private @Nullable TargetForm readFormula(String s) {
    int eq = s.lastIndexOf('=');
    if (eq <= 0 || eq == s.length() - 1) {
      return null;
    }
    String left = s.substring(0, eq);
    boolean calculation = hasDigit(left)
        && (hasAnyOf(left, "×*÷+")
            || DIGIT_TIMES_DIGIT.matcher(left).find());
    if (!calculation) {
      return null;
    }
    builder.text(left);
    Quantity q = readQuantity(s.substring(eq + 1));
    if (q != null) {
      q.apply();
    }
    return TargetForm.FORMULA;
  }

  // ---- quantity ------------------------------------------------------------------------

  private @Nullable Quantity readQuantity(String s) {
    if (!hasDigit(s)) {
      return null; // a quantity holds a number
    }
    String[] m = QuantityScan.quantity(s); // LEAD_OP? NUM (多)? (.*), by hand
    return m == null ? null : quantity(m[0], m[1], m[2], m[3]);
  }

  /** The quantity of an operator, number, 多 and tail (unit, word operator, range), or null. */
  private @Nullable Quantity quantity(String leadOp, String number, String more, String tail) {
    Quantity q = new Quantity();
    q.operator = leadOp == null ? null : operatorOf(leadOp);
    q.numberText = number;
    if (more != null) {
      q.wordOperator = TargetOperator.SOMEWHAT_MORE_THAN;
    }
    String rest = tail;
    String[] range = more == null ? QuantityScan.rangeTail(rest) : null; // a range's upper end
    if (range != null) {
      String firstUnit = range[0];
      String secondTail = range[2];
      if (!firstUnit.isEmpty() && !secondTail.startsWith(firstUnit)) {
        return null;
      }
      q.upperText = range[1];
      rest = secondTail;
    }
    String[] word = QuantityScan.trailingWordOperator(rest); // 以上, 左右, …
    if (word != null) {
      TargetOperator op = wordOperatorOf(word[1]);
      if (q.wordOperator != null) {
        q.repeated = true;
      }
      q.wordOperator = op;
      rest = word[0];
    }
    if (!rest.isEmpty()) {
      if (!(isUnitWord(rest) || UNIT.matcher(rest).matches()) || !plausibleUnit(rest)) {
        return null;
      }
      q.unit = rest;
    }
    return q;
  }

  private static boolean plausibleUnit(String unit) {
    for (int from = 0; from <= unit.length(); ) { // the parts between slashes, as split("/", -1)
      int slash = unit.indexOf('/', from);
      int to = slash < 0 ? unit.length() : slash;
      String part = unit.substring(from, to);
      from = to + 1;
      boolean bracket = part.indexOf('(') >= 0 || part.indexOf('（') >= 0; // what the pattern needs
      String bare = bracket ? TRAILING_BRACKET.matcher(part).replaceAll("") : part;
      if (bare.startsWith("每")) {
        bare = bare.substring(1);
      }
      // Long unknown words after a number are text (2025年度施工成本), not a unit.
      if (bare.codePointCount(0, bare.length()) > 3 && !IndicatorUnits.isKnown(bare)) {
        return false;
      }
    }
    return unit.codePointCount(0, unit.length()) <= 24;
  }

  private static TargetOperator operatorOf(String op) {
    switch (op) {
      case "≥":
      case "大于或等于":
      case "大于等于":
      case "不低于":
      case "不少于":
      case "不小于":
        return TargetOperator.AT_LEAST;
      case "≤":
      case "小于或等于":
      case "小于等于":
      case "不高于":
      case "不超过":
      case "不多于":
      case "不大于":
        return TargetOperator.AT_MOST;
      case ">":
      case "大于":
      case "高于":
      case "超过":
      case "多于":
        return TargetOperator.GREATER_THAN;
      case "<":
      case "小于":
      case "低于":
      case "少于":
        return TargetOperator.LESS_THAN;
      case "=":
      case "等于":
        return TargetOperator.EQUAL;
      default:
        return TargetOperator.APPROXIMATELY; // ≈ 约 约为 大约
    }
  }

  private static TargetOperator wordOperatorOf(String word) {
    switch (word) {
      case "及以上":
      case "以上":
        return TargetOperator.AT_LEAST;
      case "左右":
        return TargetOperator.APPROXIMATELY;
      default:
        return TargetOperator.AT_MOST; // 以下 以内 之内 内
    }
  }

  /** A quantity matched but not yet committed to the builder. */
  private final class Quantity {
    TargetOperator operator;
    TargetOperator wordOperator;
    boolean repeated;
    String numberText;
    String upperText;
    String unit;

    void apply() {
      if (operator != null && wordOperator != null) {
        repeated = true;
      }
      if (repeated) {
        diagnostics.add(TargetDiagnostic.REPEATED_OPERATOR);
      }
      TargetOperator op = operator != null ? operator : wordOperator;
      if (op != null) {
        builder.operator(op);
      }
      BigDecimal n = number(numberText);
      builder.number(n);
      BigDecimal upper = null;
      if (upperText != null) {
        upper = number(upperText);
        builder.upperNumber(upper);
      }
      if (unit != null) {
        builder.unit(unit);
        checkUnit(op, n, upper);
      }
    }

    private BigDecimal number(String text) {
      if (text.indexOf(',') >= 0 && !WELL_GROUPED.matcher(text).matches()) {
        diagnostics.add(TargetDiagnostic.MALFORMED_NUMBER);
      }
      return new BigDecimal(text.replace(",", ""));
    }

    private void checkUnit(TargetOperator op, BigDecimal n, BigDecimal upper) {
      if (unit.equals("百分比") || unit.contains("/每")) {
        diagnostics.add(TargetDiagnostic.MALFORMED_UNIT);
      }
      if (!unit.isEmpty() && allOf(unit, "十百千万亿")) {
        diagnostics.add(TargetDiagnostic.MAGNITUDE_WITHOUT_UNIT);
      }
      if ((unit.startsWith("万") || unit.startsWith("亿")) && !unit.startsWith("万元") && !unit.startsWith("亿元")
          && n.compareTo(TEN_THOUSAND) >= 0) {
        diagnostics.add(TargetDiagnostic.DOUBLED_MAGNITUDE);
      }
      if (unit.equals("%") || unit.equals("百分比")) {
        BigDecimal hundred = BigDecimal.valueOf(100);
        int cmp = n.compareTo(hundred);
        if (cmp > 0 || (upper != null && upper.compareTo(hundred) > 0)
            || (cmp == 0 && op == TargetOperator.GREATER_THAN)) {
          diagnostics.add(TargetDiagnostic.PERCENT_ABOVE_100);
        } else if (cmp == 0 && op == TargetOperator.AT_LEAST) {
          diagnostics.add(TargetDiagnostic.PERCENT_AT_LEAST_100);
        }
      }
    }
  }

  // ---- dates and periods ---------------------------------------------------------------

  private static @Nullable TargetPeriod readPeriod(String s) {
    // Each form opens with a digit or one of a few words (每月, 全年, 年内, 当年, 本年度, 年底):
    // the first character decides which patterns can match (most values are no period).
    char c = s.charAt(0);
    boolean digit = c >= '0' && c <= '9';
    boolean yearDigit = c == '1' || c == '2';
    if (!digit && "每按全年当本".indexOf(c) < 0) {
      return null;
    }
    Matcher m = c == '每' || c == '按' ? RECURRING.matcher(s) : null;
    if (m != null && m.matches()) {
      return ImmutableTargetPeriod.builder().kind(PeriodKind.RECURRING)
          .recurrence(recurrenceOf(m.group(1))).build();
    }
    m = yearDigit || c == '全' ? WHOLE_YEAR.matcher(s) : null;
    if (m != null && m.matches()) {
      String year = m.group(1) != null ? m.group(1) : m.group(2);
      return yearPeriod(PeriodKind.WHOLE_YEAR, year);
    }
    m = yearDigit || c == '年' || c == '当' || c == '本' ? WITHIN_YEAR.matcher(s) : null;
    if (m != null && m.matches()) {
      return yearPeriod(PeriodKind.WITHIN_YEAR, m.group(1));
    }
    DateScanner scanner = new DateScanner(s);
    TargetDate first = scanner.date(null);
    if (first == null) {
      return null;
    }
    ImmutableTargetPeriod.Builder b = ImmutableTargetPeriod.builder();
    if (scanner.bareDotted) {
      // 2024.12 alone is the number 2024.12; as a date it needs a range: 2024.1-2024.12.
      if (!scanner.suffix("-", "~", "至", "到")) {
        return null;
      }
      TargetDate second = scanner.date(first);
      return second != null && scanner.atEnd()
          ? b.kind(PeriodKind.RANGE).start(first).end(second).build() : null;
    }
    if (scanner.atEnd()) {
      return b.kind(PeriodKind.POINT).start(first).end(first).build();
    }
    if (scanner.suffix("之前", "以前", "前")) {
      return scanner.atEnd() ? b.kind(PeriodKind.BEFORE).end(first).build() : null;
    }
    if (scanner.suffix("-", "~", "至", "到")) {
      TargetDate second = scanner.date(first);
      if (second != null && scanner.atEnd()) {
        return b.kind(PeriodKind.RANGE).start(first).end(second).build();
      }
    }
    return null;
  }

  private static TargetPeriod yearPeriod(PeriodKind kind, String year) {
    ImmutableTargetPeriod.Builder b = ImmutableTargetPeriod.builder().kind(kind);
    if (year != null) {
      TargetDate d = TargetDate.of(Integer.parseInt(year), null, null, null);
      b.start(d).end(d);
    }
    return b.build();
  }

  private static Recurrence recurrenceOf(String unit) {
    switch (unit) {
      case "天":
      case "日":
        return Recurrence.DAILY;
      case "周":
        return Recurrence.WEEKLY;
      case "月":
        return Recurrence.MONTHLY;
      case "季度":
      case "季":
        return Recurrence.QUARTERLY;
      case "半年":
        return Recurrence.HALF_YEARLY;
      default:
        return Recurrence.YEARLY;
    }
  }

  /** Reads dates such as 2025年6月底, 2024年12月31日, 年底, 2024.12.31 from a position. */
  private static final class DateScanner {
    private static final Pattern YEAR = Pattern.compile("([12][0-9]{3})年");
    private static final Pattern DOTTED =
        Pattern.compile("((?:19|20)[0-9]{2})[./]([0-9]{1,2})(?:[./]([0-9]{1,2})日?)?(?![0-9])");
    private static final Pattern DASHED =
        Pattern.compile("((?:19|20)[0-9]{2})-([0-9]{1,2})-([0-9]{1,2})(?![0-9])");
    private static final Pattern MONTH = Pattern.compile("([0-9]{1,2})月份?");
    private static final Pattern DAY = Pattern.compile("([0-9]{1,2})[日号]");

    private final String s;
    private int pos;
    /** Whether the last date was year.month only: a decimal number unless a range follows. */
    boolean bareDotted;

    DateScanner(String s) {
      this.s = s;
    }

    boolean atEnd() {
      return pos == s.length();
    }

    private boolean at(char c) {
      return pos < s.length() && s.charAt(pos) == c;
    }

    private boolean atDigit() {
      return pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9';
    }

    boolean suffix(String... words) {
      for (String w : words) {
        if (s.startsWith(w, pos)) {
          pos += w.length();
          return true;
        }
      }
      return false;
    }

    /** A date at the position, its missing year taken from {@code context} (a range's start). */
    @Nullable TargetDate date(TargetDate context) {
      int start = pos;
      // DASHED, DOTTED and YEAR open with 1 or 2, MONTH and DAY with a digit: test before matching
      boolean yearDigit = at('1') || at('2');
      Matcher m = yearDigit ? DASHED.matcher(s).region(pos, s.length()) : null;
      if (m != null && !m.lookingAt()) {
        m = DOTTED.matcher(s).region(pos, s.length());
      }
      if (m != null && m.lookingAt()) {
        pos = m.end();
        bareDotted = m.group(3) == null;
        return TargetDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            m.group(3) == null ? null : Integer.parseInt(m.group(3)), null);
      }
      Integer year = null;
      Integer month = null;
      Integer day = null;
      DatePart part = null;
      m = yearDigit ? YEAR.matcher(s).region(pos, s.length()) : null;
      if (m != null && m.lookingAt()) {
        year = Integer.parseInt(m.group(1));
        pos = m.end();
        if (suffix("度")) {
          // 2022年-2024年度: 年度 names the year like 年.
          return TargetDate.of(year, null, null, null);
        }
        if (suffix("年底", "年末", "底", "末")) {
          part = DatePart.END;
        } else if (suffix("年初", "初")) {
          part = DatePart.BEGINNING;
        }
      } else if (suffix("年底", "年末")) {
        part = DatePart.END;
      } else if (suffix("年初")) {
        part = DatePart.BEGINNING;
      }
      if (part == null && atDigit()) {
        m = MONTH.matcher(s).region(pos, s.length());
        if (m.lookingAt()) {
          month = Integer.parseInt(m.group(1));
          pos = m.end();
          if (suffix("底", "末")) {
            part = DatePart.END;
          } else if (suffix("初")) {
            part = DatePart.BEGINNING;
          } else if (suffix("上旬")) {
            part = DatePart.EARLY;
          } else if (suffix("中旬")) {
            part = DatePart.MIDDLE;
          } else if (suffix("下旬")) {
            part = DatePart.LATE;
          } else if (atDigit()) {
            m = DAY.matcher(s).region(pos, s.length());
            if (m.lookingAt()) {
              day = Integer.parseInt(m.group(1));
              pos = m.end();
            }
          }
        }
      }
      if (year == null && month == null && part == null) {
        pos = start;
        return null;
      }
      if (year == null && context != null && context.year().isPresent()) {
        // 2025年1月至12月: the end of a range printed without its year is in the start's year.
        year = context.year().get();
      }
      return TargetDate.of(year, month, day, part);
    }
  }
}
