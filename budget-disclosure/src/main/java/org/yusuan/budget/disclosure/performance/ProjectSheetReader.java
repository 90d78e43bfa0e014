package org.yusuan.budget.disclosure.performance;

import java.util.List;
import java.util.Optional;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.performance.ImmutableProjectPerformanceSheet;
import org.yusuan.budget.performance.ImmutableSheetFooter;
import org.yusuan.budget.performance.LabeledValue;
import org.yusuan.budget.performance.ProjectPerformanceSheet;
import org.yusuan.budget.performance.SheetText;
import org.jspecify.annotations.Nullable;

/**
 * Reads one project sheet (项目支出绩效目标表) from its lines: title and year line, the fields of the
 * upper part by their labels, the 项目资金 block, the texts and goals, the indicator block and the
 * footer. Every line of the sheet is marked; cells it cannot place are kept in {@link
 * ProjectPerformanceSheet#unrecognized()} with a warning.
 */
final class ProjectSheetReader {
  private final List<SourceLine> lines;
  private final SheetSink sink;
  private final Optional<MoneyUnit> documentUnit;
  private final ImmutableProjectPerformanceSheet.Builder b = ImmutableProjectPerformanceSheet.builder();
  private final FundingRows funding;
  private final IndicatorBlock indicators;
  private final Footer footer = new Footer();
  private boolean titleSeen;
  private boolean yearSeen;
  private boolean anyField;
  private boolean inIndicators;
  private boolean fundingStarted;
  private boolean footerSeen;
  private Optional<SourceLine> nameAbove = Optional.empty();
  private String projectName;
  private String department;
  private String unit;
  private String attribute;
  private String period;
  private int annualGoalColumn = -1;
  private boolean goalRead;
  private SourceLine firstFundingLine;
  private boolean goalPending;
  private boolean lastWasFunding;

  /**
   * A reader of the sheet printed on {@code lines}; {@code documentUnit} is the funding unit every
   * other sheet of the document prints, used when this sheet prints none.
   */
  ProjectSheetReader(List<SourceLine> lines, SheetSink sink, Optional<MoneyUnit> documentUnit) {
    this.lines = lines;
    this.sink = sink;
    this.documentUnit = documentUnit;
    this.funding = new FundingRows(sink);
    this.indicators = new IndicatorBlock(sink, true);
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
      List<Token> tokens = sink.tokens(line);
      // the line's key only where a title or year line can be: one cell
      String key = tokens.size() == 1 ? SheetLabels.key(line) : "";
      if (!titleSeen && !anyField && tokens.size() == 1 && SheetLabels.isProjectTitle(key)) {
        titleSeen = true;
        b.title(tokens.get(0).text());
        sink.read(line, "title");
        continue;
      }
      if (!yearSeen && !anyField && tokens.size() == 1
          && SheetLabels.isYearLine(key)) {
        yearSeen = true;
        b.yearLine(tokens.get(0).text());
        sink.read(line, "year line");
        continue;
      }
      if (footerSeen) {
        afterFooter(line, tokens);
        continue;
      }
      if (Token.anyFooterLabel(tokens)) {
        footer(line, tokens, i);
        continue;
      }
      if (inIndicators || startsIndicators(tokens)) {
        inIndicators = true;
        indicators.row(line, tokens);
        continue;
      }
      boolean wasFunding = lastWasFunding;
      lastWasFunding = false;
      if (FundingRows.isFundingRow(tokens, fundingStarted)) {
        lastWasFunding = true;
        fundingStarted = true;
        anyField = true;
        firstFundingLine = firstFundingLine == null ? line : firstFundingLine;
        funding.row(line, tokens);
        continue;
      }
      Optional<SheetLabels.Field> first = tokens.get(0).field();
      if (first.isPresent() && first.get() == SheetLabels.Field.TEXT) {
        anyField = true;
        text(line, tokens);
      } else if (allGoalHeaders(tokens)) {
        anyField = true;
        for (Token t : tokens) {
          if (SheetLabels.labelPart(t.key()).equals("年度目标")) {
            annualGoalColumn = t.column();
          }
        }
        sink.skip(line, "goal header (实施期目标 / 年度目标)");
      } else if (first.isPresent() && first.get() == SheetLabels.Field.GOAL) {
        anyField = true;
        goal(line, tokens);
      } else if (goalPending && first.isEmpty()) {
        goalPending = false;
        sink.info(line, ReaderMessage.of("sheet.goal.below"));
        goalValues(line, tokens);
      } else if (wasFunding && tokens.size() == 1 && tokens.get(0).text().length() <= 2
          && !SheetLabels.isAmountText(tokens.get(0).text())) {
        sink.skip(line, "wrapped tail '" + tokens.get(0).text() + "' of a funding label above");
      } else {
        preamble(line, tokens);
      }
    }
    return build();
  }

  /** Whether every token is a goal header (实施期目标 / 年度目标). */
  private static boolean allGoalHeaders(List<Token> tokens) {
    for (Token t : tokens) {
      if (!t.is(SheetLabels.Field.GOAL_HEADER)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsIndicators(List<Token> tokens) {
    if (IndicatorBlock.isHeader(tokens)) {
      return true;
    }
    Optional<SheetLabels.Field> f = tokens.get(0).field();
    return f.isPresent() && f.get() == SheetLabels.Field.INDICATOR_LABEL;
  }

  private void preamble(SourceLine line, List<Token> tokens) {
    boolean placed = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      Optional<SheetLabels.Field> f = t.field();
      String[] merged = mergedLabel(t);
      if (f.isEmpty() && merged != null) {
        // label and value in one cell separated by a space: 实施单位 某局
        placed |= assign(line, SheetLabels.field(SheetLabels.key(merged[0])).get(), merged[0],
            merged[1]);
        continue;
      }
      if (f.isEmpty()) {
        placed |= orphan(line, tokens, t);
        continue;
      }
      String value = "";
      Optional<String> inline = SheetLabels.inlineValue(t.text());
      String label = SheetLabels.labelText(t.text());
      if (inline.isPresent()) {
        value = inline.get();
      } else if (i + 1 < tokens.size() && tokens.get(i + 1).field().isEmpty()) {
        value = tokens.get(i + 1).text();
        i++;
      }
      placed |= assign(line, f.get(), label, value);
    }
    anyField = true;
    if (placed) {
      sink.read(line, "fields");
    } else {
      sink.notUnderstood(line, ReaderMessage.of("sheet.unknownRow"));
    }
  }

  /** A cell {@code 实施单位 某局}: label and value, else null. */
  private static String @Nullable [] mergedLabel(Token t) {
    String raw = t.raw().strip();
    int space = -1;
    for (int i = 0; i < raw.length(); i++) {
      if (Character.isWhitespace(raw.charAt(i)) || raw.charAt(i) == '\u3000') {
        space = i;
        break;
      }
    }
    if (space <= 0) {
      return null;
    }
    String label = raw.substring(0, space);
    String value = raw.substring(space + 1).strip();
    Optional<SheetLabels.Field> f = SheetLabels.field(SheetLabels.key(label));
    return f.isPresent() && !value.isEmpty() && f.get().ordinal() <= SheetLabels.Field.PERIOD
        .ordinal() ? new String[] {label, value} : null;
  }

  /** A cell with no label before it in the upper part of the sheet. */
  private boolean orphan(SourceLine line, List<Token> tokens, Token t) {
    if (!anyField && projectName == null && tokens.size() == 1) {
      // a line before any field: the project name printed above (or instead of) its 项目名称 row
      nameAbove = Optional.of(line);
      projectName = t.text();
      return true;
    }
    if (attribute != null && period == null && SheetLabels.PERIOD_VALUE.matcher(t.key()).matches()) {
      period = t.text();
      sink.info(line, ReaderMessage.of("sheet.period.unlabelled", t.text()));
      return true;
    }
    b.addUnrecognized(LabeledValue.of("", t.text()));
    sink.unrecognized(line, t.text());
    return true;
  }

  private boolean assign(SourceLine line, SheetLabels.Field field, String label, String value) {
    switch (field) {
      case PROJECT_NAME:
        if (nameAbove.isPresent() && SheetLabels.CODED_DEPARTMENT.matcher(value).matches()) {
          // the name was printed on the line above; this row holds the 主管部门 value
          sink.info(line, ReaderMessage.of("sheet.name.above", projectName, value));
          if (department == null) {
            department = value;
          }
          return true;
        }
        if (projectName != null && nameAbove.isPresent()) {
          if (!value.isEmpty() && !SheetLabels.key(value).equals(SheetLabels.key(projectName))) {
            sink.warn(line, ReaderMessage.of("sheet.name.differs", value, projectName));
            b.addUnrecognized(LabeledValue.of("项目名称(above)", projectName));
            projectName = value;
          }
          return true;
        }
        return set(line, label, value, projectName, v -> projectName = v);
      case DEPARTMENT:
        return set(line, label, value, department, v -> department = v);
      case UNIT:
        return set(line, label, value, unit, v -> unit = v);
      case ATTRIBUTE:
        return set(line, label, value, attribute, v -> attribute = v);
      case PERIOD:
        return set(line, label, value, period, v -> period = v);
      default:
        b.addUnrecognized(LabeledValue.of(label, value));
        sink.unrecognized(line, label + (value.isEmpty() ? "" : " " + value));
        return true;
    }
  }

  private boolean set(SourceLine line, String label, String value, String current,
      java.util.function.Consumer<String> setter) {
    if (value.isEmpty()) {
      b.addUnrecognized(LabeledValue.of(label, ""));
      sink.warn(line, ReaderMessage.of("sheet.label.noValue", label));
      return true;
    }
    if (current != null) {
      if (!SheetLabels.key(current).equals(SheetLabels.key(value))) {
        b.addUnrecognized(LabeledValue.of(label, value));
        sink.warn(line, ReaderMessage.of("sheet.label.twice", label, value, current));
      }
      return true;
    }
    setter.accept(value);
    return true;
  }

  private void text(SourceLine line, List<Token> tokens) {
    Token label = tokens.get(0);
    StringBuilder text = new StringBuilder(SheetLabels.inlineValue(label.raw()).orElse(""));
    for (int i = 1; i < tokens.size(); i++) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(tokens.get(i).raw());
    }
    b.addTexts(SheetText.of(SheetLabels.labelText(label.text()), text.toString()));
    sink.read(line, "text " + SheetLabels.labelPart(label.key()));
  }

  private void goal(SourceLine line, List<Token> tokens) {
    List<Token> values = new java.util.ArrayList<>();
    for (Token t : tokens.subList(1, tokens.size())) {
      if (t.is(SheetLabels.Field.GOAL_HEADER)) {
        if (SheetLabels.labelPart(t.key()).equals("年度目标")) {
          annualGoalColumn = t.column();
        }
      } else {
        values.add(t);
      }
    }
    if (values.isEmpty()) {
      goalPending = true;
      sink.read(line, "goal label");
      return;
    }
    goalValues(line, values);
  }

  private void goalValues(SourceLine line, List<Token> values) {
    if (goalRead) {
      sink.warn(line, ReaderMessage.of("sheet.goal.twice"));
      values.forEach(t -> b.addUnrecognized(LabeledValue.of("总体目标", t.raw())));
    } else if (values.size() >= 2) {
      b.implementationGoal(values.get(0).raw()).annualGoal(values.get(1).raw());
      for (Token t : values.subList(2, values.size())) {
        b.addUnrecognized(LabeledValue.of("总体目标", t.raw()));
        sink.warn(line, ReaderMessage.of("sheet.goal.third"));
      }
    } else if (values.size() == 1) {
      if (annualGoalColumn > 0 && values.get(0).column() >= annualGoalColumn) {
        b.annualGoal(values.get(0).raw());
      } else {
        b.implementationGoal(values.get(0).raw());
      }
    }
    goalRead = true;
    sink.read(line, "goal");
  }

  private void footer(SourceLine line, List<Token> tokens, int index) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String k = SheetLabels.labelPart(t.key());
      if (!SheetLabels.isFooterLabel(k)) {
        if (t.field().isEmpty()) {
          footer.unplaced(sink, line, t);
        }
        continue;
      }
      Optional<String> value = SheetLabels.inlineValue(t.text());
      if (value.isEmpty() && i + 1 < tokens.size()
          && !SheetLabels.isFooterLabel(tokens.get(i + 1).key())) {
        value = Optional.of(tokens.get(i + 1).text());
        i++;
      }
      footer.set(sink, line, k, value);
    }
    footerSeen = true;
    sink.read(line, "footer");
  }

  private void afterFooter(SourceLine line, List<Token> tokens) {
    if (footer.date == null && tokens.size() == 1
        && SheetLabels.DATE_STAMP.matcher(tokens.get(0).key()).matches()) {
      footer.date = tokens.get(0).text();
      sink.info(line, ReaderMessage.of("sheet.footer.dateAfter"));
      sink.read(line, "footer date");
      return;
    }
    if (Token.anyFooterLabel(tokens)) {
      footer(line, tokens, -1);
      return;
    }
    sink.notUnderstood(line, ReaderMessage.of("sheet.footer.textAfter"));
  }

  private ProjectPerformanceSheet build() {
    Optional.ofNullable(projectName).ifPresent(b::projectName);
    Optional.ofNullable(department).ifPresent(b::supervisingDepartment);
    Optional.ofNullable(unit).ifPresent(b::implementingUnit);
    Optional.ofNullable(attribute).ifPresent(b::projectAttribute);
    Optional.ofNullable(period).ifPresent(b::projectPeriod);
    b.fundingUnit(funding.unit());
    Optional<MoneyUnit> u = funding.unit().isPresent() ? funding.unit() : documentUnit;
    if (funding.unit().isEmpty() && u.isPresent() && firstFundingLine != null) {
      sink.info(firstFundingLine, ReaderMessage.of("sheet.funding.documentUnit", u.get().symbol()));
    }
    if (u.isPresent()) {
      b.implementationFunding(funding.block(0, u.get()));
      b.annualFunding(funding.block(1, u.get()));
    } else if (funding.block(0, MoneyUnit.YUAN).isPresent()) {
      // no unit anywhere: amounts cannot be read without a guess; kept as printed
      lines.stream().filter(l -> !l.isBlank()).findFirst().ifPresent(l -> sink.warn(l,
          ReaderMessage.of("sheet.funding.noUnitAnywhere")));
      for (int h = 0; h < 2; h++) {
        funding.block(h, MoneyUnit.YUAN).ifPresent(fb -> {
          fb.total().ifPresent(t -> b.addUnrecognized(LabeledValue.of(
              fb.totalLabel().orElse(""), t.raw())));
          fb.sources().forEach(s -> b.addUnrecognized(LabeledValue.of(s.label(),
              s.amount().raw())));
        });
      }
    }
    b.addAllUnrecognized(funding.unplaced());
    b.addAllImplementationIndicators(indicators.left());
    b.addAllAnnualIndicators(indicators.right());
    b.addAllUnrecognized(indicators.unplaced());
    footer.build().ifPresent(b::footer);
    return b.build();
  }

  /** Whether the sheet had an indicator block with rows. */
  boolean hadIndicatorRows() {
    return indicators.rows() > 0;
  }

  /** Whether the sheet had a footer. */
  boolean hadFooter() {
    return footerSeen;
  }

  /** The footer fields as they are found. */
  private final class Footer {
    String person;
    String handler;
    String phone;
    String date;
    boolean any;

    void set(SheetSink s, SourceLine line, String label, Optional<String> value) {
      any = true;
      if (value.isEmpty()) {
        return;
      }
      String v = value.get();
      if (label.startsWith("负责人") || label.startsWith("项目负责人")) {
        person = v;
      } else if (label.startsWith("经办人") || label.startsWith("填报人")) {
        handler = v;
      } else if (label.startsWith("联系电话")) {
        phone = v;
      } else if (date == null) {
        date = v;
      } else if (!date.equals(v)) {
        b.addUnrecognized(LabeledValue.of("填报日期", v));
        s.warn(line, ReaderMessage.of("sheet.footer.secondDate", v));
      }
    }

    void unplaced(SheetSink s, SourceLine line, Token t) {
      if (date == null && SheetLabels.DATE_STAMP.matcher(t.key()).matches()) {
        date = t.text();
        return;
      }
      b.addUnrecognized(LabeledValue.of("", t.text()));
      s.unrecognized(line, t.text());
    }

    Optional<org.yusuan.budget.performance.SheetFooter> build() {
      if (!any) {
        return Optional.empty();
      }
      ImmutableSheetFooter.Builder f = ImmutableSheetFooter.builder();
      Optional.ofNullable(person).ifPresent(f::responsiblePerson);
      Optional.ofNullable(handler).ifPresent(f::handler);
      Optional.ofNullable(phone).ifPresent(f::phone);
      Optional.ofNullable(date).ifPresent(f::filledDate);
      return Optional.of(f.build());
    }
  }
}
