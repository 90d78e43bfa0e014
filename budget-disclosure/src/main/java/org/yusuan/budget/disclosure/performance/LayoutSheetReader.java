package org.yusuan.budget.disclosure.performance;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.performance.ImmutableProjectPerformanceSheet;
import org.yusuan.budget.performance.LabeledValue;
import org.yusuan.budget.performance.ProjectPerformanceSheet;

/**
 * Reads one project sheet printed as layout text ({@code pdftotext -layout}: no tabs, cells placed
 * by columns of spaces, cells wrapped over lines), the central template's 项目绩效目标表
 * (docs/domain/performance-sheets.md §3.1): the numbered section and the title above it, 项目名称 /
 * 主管部门及代码 / 实施单位, the 项目资金 block (年度资金总额 and its sources, the 执行率 分值), the
 * 年度总体目标 whose label is printed one character per line in the margin, the indicator block
 * ({@link LayoutIndicators}) and a footer below the table (填报日期, 项目负责人, …).
 *
 * <p>Every line of the sheet is marked; cells it does not know are kept in {@link
 * ProjectPerformanceSheet#unrecognized()} and reported once for the sheet.
 */
final class LayoutSheetReader {
  /** A score printed in brackets: {@code （10）}, {@code (90)}. */
  static final Pattern BRACKETED_SCORE =
      Pattern.compile("(?:执行率)?(?:分值)?\\(([0-9]{1,3}(?:\\.[0-9]+)?)\\)");
  /** Pieces of the 执行率 分值 cell beside the funding block, wrapped as printed. */
  private static final java.util.Set<String> EXECUTION_PIECES = java.util.Set.of(
      "执行率", "执行", "率", "分值", "执行率分值");
  /** Characters of goal labels printed down the margin (年度总体目标, 实施期目标, 中期目标). */
  private static final String GOAL_MARGIN = "年度总体目标实施期中";
  /** Characters of the indicator label printed down the margin (绩效指标). */
  static final String INDICATOR_MARGIN = "绩效指标";
  /** Cells of the indicator header, wrapped or not. */
  static final java.util.Set<String> HEADER_CELLS = java.util.Set.of(
      "一级", "指标", "一级指标", "二级指标", "三级指标", "指标值", "分值");

  private enum Phase { HEAD, FIELDS, FUNDING, GOAL, INDICATORS, FOOTER }

  private final List<SourceLine> lines;
  private final SheetSink sink;
  private final ImmutableProjectPerformanceSheet.Builder b = ImmutableProjectPerformanceSheet.builder();
  private final LayoutFunding funding;
  private final LayoutIndicators indicators;
  private final SheetFooterFields footer;
  private Phase phase = Phase.HEAD;
  private final StringBuilder goalMargin = new StringBuilder();
  private final StringBuilder goal = new StringBuilder();
  private SourceLine goalLine;
  private boolean titleSeen;
  private boolean yearSeen;
  private String projectName;
  private String department;
  private String unit;
  private String attribute;
  private String period;

  LayoutSheetReader(List<SourceLine> lines, SheetSink sink) {
    this.lines = lines;
    this.sink = sink;
    this.funding = new LayoutFunding(sink);
    this.indicators = new LayoutIndicators(sink);
    this.footer = new SheetFooterFields(sink);
  }

  ProjectPerformanceSheet read() {
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (sink.isMarked(line)) {
        continue;
      }
      if (line.isBlank()) {
        sink.skip(line, "blank");
        continue;
      }
      List<Token> tokens = Token.ofLayout(line);
      String key = SheetLabels.key(line);
      if (phase == Phase.HEAD) {
        i = head(i, line, tokens, key);
        continue;
      }
      if (Token.anyFooterLabel(tokens)) {
        if (phase.ordinal() < Phase.GOAL.ordinal()) {
          footer.line(line, tokens, b); // 项目负责人 among the fields above the table
          continue;
        }
        phase = Phase.FOOTER; // below the table: what follows is footer
      }
      switch (phase) {
        case FIELDS:
        case FUNDING:
          upper(line, tokens);
          break;
        case GOAL:
          goalOrHeader(line, tokens);
          break;
        case INDICATORS:
          if (!header(line, tokens)) {
            indicators.line(line, withoutMargin(tokens, INDICATOR_MARGIN));
          }
          break;
        default:
          footer.line(line, tokens, b);
      }
    }
    return build();
  }

  /** The lines above the fields: numbered section, part heading, title (maybe wrapped), year. */
  private int head(int i, SourceLine line, List<Token> tokens, String key) {
    if (!titleSeen && SheetLabels.isProjectTitle(key)
        && !SheetLabels.isHeading(key)) {
      titleSeen = true;
      b.title(line.text());
      sink.read(line, "title");
      return i;
    }
    if (!titleSeen) {
      int j = next(i);
      if (j > 0) {
        String tail = SheetLabels.key(lines.get(j));
        if (SheetLabels.isTitleTail(tail)
            && SheetLabels.isProjectTitle(key + tail)) {
          titleSeen = true;
          b.title(line.text() + lines.get(j).text());
          sink.read(line, "title");
          sink.info(lines.get(j),
              ReaderMessage.of("sheet.titleWrapped", line.text(), lines.get(j).text()));
          sink.read(lines.get(j), "title (wrapped)");
          return j;
        }
      }
      sink.skip(line, SheetLabels.isHeading(key) ? "heading of the sheets"
          : "section heading above the sheet (repeats its project name)");
      return i;
    }
    if (!yearSeen && tokens.size() == 1 && SheetLabels.isYearLine(key)) {
      yearSeen = true;
      b.yearLine(tokens.get(0).text());
      sink.read(line, "year line");
      return i;
    }
    phase = Phase.FIELDS;
    upper(line, tokens);
    return i;
  }

  private int next(int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (!lines.get(j).isBlank() && !sink.isMarked(lines.get(j))) {
        return j;
      }
    }
    return -1;
  }

  /** A line of the fields or of the funding block. */
  private void upper(SourceLine line, List<Token> tokens) {
    if (startsGoal(tokens) || LayoutHeader.is(tokens)) {
      phase = Phase.GOAL;
      goalOrHeader(line, tokens);
      return;
    }
    if (phase == Phase.FUNDING || LayoutFunding.opens(tokens)) {
      phase = Phase.FUNDING;
      funding.line(line, tokens);
      return;
    }
    boolean placed = false;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      Optional<SheetLabels.Field> f = t.field();
      if (f.isEmpty() || f.get().ordinal() > SheetLabels.Field.PERIOD.ordinal()) {
        // a field this template has and the model not: its label and the value beside it, once
        boolean withValue = k + 1 < tokens.size() && tokens.get(k + 1).field().isEmpty();
        b.addUnrecognized(LabeledValue.of(t.text(), withValue ? tokens.get(++k).text() : ""));
        sink.unrecognized(line, t.text());
        continue;
      }
      String value = SheetLabels.inlineValue(t.text()).orElse("");
      if (value.isEmpty() && k + 1 < tokens.size()
          && tokens.get(k + 1).field().isEmpty()) {
        value = tokens.get(++k).text();
      }
      placed |= assign(line, f.get(), SheetLabels.labelText(t.text()), value);
    }
    if (placed) {
      sink.read(line, "fields");
    } else {
      sink.read(line, "unrecognized fields (kept)");
    }
  }

  private boolean assign(SourceLine line, SheetLabels.Field field, String label, String value) {
    if (value.isEmpty()) {
      b.addUnrecognized(LabeledValue.of(label, ""));
      sink.warn(line, ReaderMessage.of("sheet.label.noValue", label));
      return true;
    }
    switch (field) {
      case PROJECT_NAME:
        projectName = first(line, label, projectName, value);
        break;
      case DEPARTMENT:
        department = first(line, label, department, value);
        break;
      case UNIT:
        unit = first(line, label, unit, value);
        break;
      case ATTRIBUTE:
        attribute = first(line, label, attribute, value);
        break;
      default:
        period = first(line, label, period, value);
    }
    return true;
  }

  private String first(SourceLine line, String label, String current, String value) {
    if (current == null) {
      return value;
    }
    if (!SheetLabels.key(current).equals(SheetLabels.key(value))) {
      b.addUnrecognized(LabeledValue.of(label, value));
      sink.warn(line, ReaderMessage.of("sheet.label.twice", label, value, current));
    }
    return current;
  }

  /** Whether a line opens the goal: a goal label, or a character of one down the margin. */
  private static boolean startsGoal(List<Token> tokens) {
    Token t = tokens.get(0);
    Optional<SheetLabels.Field> f = t.field();
    if (f.isPresent() && (f.get() == SheetLabels.Field.GOAL || f.get() == SheetLabels.Field.GOAL_HEADER)) {
      return true;
    }
    // the first character of 年度总体目标, 总体目标, 实施期目标 or 中期目标 down the margin
    return isMargin(t, "年总实中");
  }

  /** A character of a label printed down the left margin, one per line. */
  static boolean isMargin(Token t, String chars) {
    return t.column() <= 2 && t.key().length() == 1 && chars.indexOf(t.key().charAt(0)) >= 0;
  }

  private static List<Token> withoutMargin(List<Token> tokens, String chars) {
    return !tokens.isEmpty() && isMargin(tokens.get(0), chars) ? tokens.subList(1, tokens.size())
        : tokens;
  }

  /** A line of the goal, or the indicator header that ends it. */
  private void goalOrHeader(SourceLine line, List<Token> tokens) {
    if (header(line, tokens)) {
      phase = Phase.INDICATORS;
      return;
    }
    List<Token> rest = tokens;
    if (isMargin(tokens.get(0), GOAL_MARGIN)) {
      goalMargin.append(tokens.get(0).key());
      rest = tokens.subList(1, tokens.size());
    } else {
      Optional<SheetLabels.Field> f = tokens.get(0).field();
      if (f.isPresent() && (f.get() == SheetLabels.Field.GOAL || f.get() == SheetLabels.Field.GOAL_HEADER)) {
        goalMargin.append(SheetLabels.labelPart(tokens.get(0).key()));
        rest = tokens.subList(1, tokens.size());
      }
    }
    for (Token t : rest) {
      LayoutText.append(goal, t.raw());
    }
    goalLine = goalLine == null ? line : goalLine;
    sink.read(line, rest.isEmpty() ? "goal label (down the margin)" : "goal");
  }

  /** Whether a line is (part of) the indicator header; its cells are taken. */
  private boolean header(SourceLine line, List<Token> tokens) {
    List<Token> cells = withoutMargin(tokens, INDICATOR_MARGIN);
    if (!LayoutHeader.is(cells) && !(phase == Phase.INDICATORS && !indicators.hasLines()
        && LayoutHeader.isPiece(cells))) {
      return false;
    }
    for (Token t : cells) {
      Matcher m = BRACKETED_SCORE.matcher(t.key());
      if (m.matches()) {
        b.indicatorScoreTotal(m.group(1));
      } else if (!HEADER_CELLS.contains(t.key())) {
        b.addUnrecognized(LabeledValue.of("绩效指标", t.text()));
        sink.unrecognized(line, t.text());
      }
    }
    sink.skip(line, "indicator header row");
    return true;
  }

  private ProjectPerformanceSheet build() {
    Optional.ofNullable(projectName).ifPresent(b::projectName);
    Optional.ofNullable(department).ifPresent(b::supervisingDepartment);
    Optional.ofNullable(unit).ifPresent(b::implementingUnit);
    Optional.ofNullable(attribute).ifPresent(b::projectAttribute);
    Optional.ofNullable(period).ifPresent(b::projectPeriod);
    funding.build(b);
    if (goal.length() > 0) {
      String label = goalMargin.toString();
      if (label.isEmpty() || label.startsWith("年度") || label.equals("总体目标")) {
        b.annualGoal(goal.toString());
      } else if (label.startsWith("实施期") || label.startsWith("中期")) {
        b.implementationGoal(goal.toString());
      } else {
        b.addUnrecognized(LabeledValue.of(label, goal.toString()));
        sink.unrecognized(goalLine, label);
      }
    }
    indicators.finish();
    b.addAllAnnualIndicators(indicators.indicators());
    b.addAllUnrecognized(indicators.unplaced());
    footer.build().ifPresent(b::footer);
    return b.build();
  }

  /** The unit named in brackets, if a cell is only that: {@code （万元）}. */
  static Optional<MoneyUnit> bracketedUnit(String key) {
    if (key.startsWith("(") && key.endsWith(")")) {
      return MoneyUnit.ofSymbol(key.substring(1, key.length() - 1));
    }
    return Optional.empty();
  }

  /** Whether a cell is a piece of the 执行率 分值 cell. */
  static boolean isExecutionPiece(String key) {
    return EXECUTION_PIECES.contains(key);
  }

  /** The score of a bracketed score cell ({@code （10）}), if it is one. */
  static Optional<String> bracketedScore(String key) {
    Matcher m = BRACKETED_SCORE.matcher(key);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
