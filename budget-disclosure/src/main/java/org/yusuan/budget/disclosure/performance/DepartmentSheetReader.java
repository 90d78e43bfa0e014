package org.yusuan.budget.disclosure.performance;

import java.util.List;
import java.util.Optional;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.performance.DepartmentFundingLine;
import org.yusuan.budget.performance.DepartmentFundingSource;
import org.yusuan.budget.performance.DepartmentPerformanceSheet;
import org.yusuan.budget.performance.DirectionFundingLine;
import org.yusuan.budget.performance.FundingDirection;
import org.yusuan.budget.performance.ImmutableDepartmentPerformanceSheet;
import org.yusuan.budget.performance.ImmutableSheetFooter;
import org.yusuan.budget.performance.KeyTask;
import org.yusuan.budget.performance.LabeledValue;
import org.yusuan.budget.performance.PrintedAmount;
import org.yusuan.budget.performance.StaffCount;
import org.yusuan.budget.performance.StaffCountKind;

/**
 * Reads the department-wide sheet (部门整体支出绩效目标申报表, docs/domain/performance-sheets.md §4): basic data and
 * counts, duties and goals, the 年度预算情况 by source (left) and by direction (right), the key tasks
 * and one half of indicators. Rows are read by their labels; what cannot be placed is kept in
 * {@link DepartmentPerformanceSheet#unrecognized()} with a warning.
 */
final class DepartmentSheetReader {
  private static final java.util.regex.Pattern COUNT =
      java.util.regex.Pattern.compile("[0-9]{1,9}\\s*[个人名家]?");

  private enum Block { BASIC, FUNDING, TASKS, INDICATORS, DONE }

  private final List<SourceLine> lines;
  private final SheetSink sink;
  private final ImmutableDepartmentPerformanceSheet.Builder b =
      ImmutableDepartmentPerformanceSheet.builder();
  private final IndicatorBlock indicators;
  private Block block = Block.BASIC;
  private Optional<MoneyUnit> unit = Optional.empty();
  private boolean sourceTotal;
  private boolean directionTotal;

  DepartmentSheetReader(List<SourceLine> lines, SheetSink sink) {
    this.lines = lines;
    this.sink = sink;
    this.indicators = new IndicatorBlock(sink, false);
  }

  DepartmentPerformanceSheet read() {
    boolean title = false;
    boolean year = false;
    for (SourceLine line : lines) {
      if (sink.isMarked(line)) {
        continue;
      }
      if (line.isBlank()) {
        sink.skip(line, "blank");
        continue;
      }
      List<Token> tokens = sink.tokens(line);
      String key = SheetLabels.key(line);
      if (!title && SheetLabels.isDepartmentTitle(key)) {
        title = true;
        b.title(line.text());
        sink.read(line, "title");
        continue;
      }
      if (!year && tokens.size() == 1 && SheetLabels.isYearLine(key)) {
        year = true;
        b.yearLine(line.text());
        sink.read(line, "year line");
        continue;
      }
      row(line, tokens);
    }
    b.addAllIndicators(indicators.left());
    b.addAllUnrecognized(indicators.unplaced());
    return b.build();
  }

  private void row(SourceLine line, List<Token> tokens) {
    String first = SheetLabels.labelPart(tokens.get(0).key());
    if (Token.anyFooterLabel(tokens)) {
      footer(line, tokens);
      return;
    }
    if (block == Block.INDICATORS || first.equals("年度绩效指标") || first.endsWith("整体支出绩效指标")) {
      block = Block.INDICATORS;
      indicators.row(line, tokens);
      return;
    }
    if (first.equals("部门职责")) {
      b.duties(rest(tokens));
      sink.read(line, "duties");
      return;
    }
    if (first.endsWith("战略目标")) {
      b.strategicGoal(rest(tokens));
      sink.read(line, "strategic goal");
      return;
    }
    if (first.equals("年度绩效目标")) {
      block = Block.DONE;
      b.annualGoal(rest(tokens));
      sink.read(line, "annual goal");
      return;
    }
    if (first.equals("年度预算情况") || first.startsWith("资金管理")) {
      block = Block.FUNDING;
      for (Token t : tokens) {
        unit = unit.isPresent() ? unit : SheetLabels.unitOf(t.key());
      }
      b.fundingUnit(unit);
      sink.skip(line, "funding header");
      return;
    }
    if (first.startsWith("年度重点") || block == Block.TASKS) {
      tasks(line, tokens);
      return;
    }
    if (block == Block.FUNDING) {
      funding(line, tokens);
      return;
    }
    basic(line, tokens);
  }

  private static String rest(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    for (Token t : tokens.subList(1, tokens.size())) {
      sb.append(sb.length() > 0 ? " " : "").append(t.raw());
    }
    return sb.toString();
  }

  private void basic(SourceLine line, List<Token> tokens) {
    boolean placed = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String k = SheetLabels.labelPart(t.key());
      if (k.endsWith("基本信息") || k.equals("人员结构")) {
        continue;
      }
      String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
      if (k.endsWith("名称") && !next.isEmpty()) {
        b.department(next);
        i++;
        placed = true;
      } else if (StaffCountKind.fromLabel(t.text()).isPresent() || COUNT.matcher(next).matches()) {
        boolean hasValue = COUNT.matcher(next).matches();
        b.addCounts(StaffCount.of(t.text(), hasValue ? next : ""));
        i += hasValue ? 1 : 0;
        placed = true;
      } else {
        b.addUnrecognized(LabeledValue.of("", t.text()));
        sink.unrecognized(line, t.text());
      }
    }
    if (placed) {
      sink.read(line, "basic information");
    } else {
      sink.notUnderstood(line, ReaderMessage.of("sheet.department.unknownRow"));
    }
  }

  private void funding(SourceLine line, List<Token> tokens) {
    if (unit.isEmpty()) {
      // never guess a unit: keep the row as printed
      sink.warn(line, ReaderMessage.of("sheet.department.fundingNoUnit"));
      tokens.forEach(t -> b.addUnrecognized(LabeledValue.of("年度预算情况", t.text())));
      sink.read(line, "funding (no unit)");
      return;
    }
    MoneyUnit u = unit.get();
    int pairs = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String amount = i + 1 < tokens.size() && SheetLabels.isAmountText(tokens.get(i + 1).text())
          ? tokens.get(++i).text() : "";
      PrintedAmount a = PrintedAmount.parse(amount, u);
      String k = SheetLabels.labelPart(t.key());
      boolean left = pairs == 0;
      pairs++;
      if (k.equals("合计")) {
        if (left && !sourceTotal) {
          b.sourceTotal(a);
          sourceTotal = true;
        } else if (!directionTotal) {
          b.directionTotal(a);
          directionTotal = true;
        } else {
          b.addUnrecognized(LabeledValue.of(t.text(), amount));
        }
      } else if (FundingDirection.fromLabel(t.text()).isPresent()) {
        b.addDirections(DirectionFundingLine.of(t.text(), a));
      } else if (DepartmentFundingSource.fromLabel(t.text()).isPresent() || left) {
        b.addSources(DepartmentFundingLine.of(t.text(), a));
      } else {
        b.addDirections(DirectionFundingLine.of(t.text(), a));
      }
    }
    sink.read(line, "funding");
  }

  private void tasks(SourceLine line, List<Token> tokens) {
    block = Block.TASKS;
    java.util.List<Token> cells = new java.util.ArrayList<>();
    for (Token t : tokens) {
      String k = t.key();
      if (!(k.startsWith("年度重点") || k.equals("任务") || k.equals("核心职能") || k.equals("重点任务"))) {
        cells.add(t);
      }
    }
    if (cells.isEmpty()) {
      sink.skip(line, "key task header");
      return;
    }
    if (cells.size() == 2) {
      b.addKeyTasks(KeyTask.of(cells.get(0).raw(), cells.get(1).raw()));
    } else {
      sink.warn(line, ReaderMessage.of("sheet.department.keyTaskCells", cells.size()));
      cells.forEach(c -> b.addUnrecognized(LabeledValue.of("年度重点任务", c.raw())));
    }
    sink.read(line, "key task");
  }

  private void footer(SourceLine line, List<Token> tokens) {
    ImmutableSheetFooter.Builder f = ImmutableSheetFooter.builder();
    for (int i = 0; i < tokens.size(); i++) {
      String k = SheetLabels.labelPart(tokens.get(i).key());
      Optional<String> v = SheetLabels.inlineValue(tokens.get(i).text());
      if (v.isEmpty() && i + 1 < tokens.size() && !SheetLabels.isFooterLabel(tokens.get(i + 1).key())) {
        v = Optional.of(tokens.get(++i).text());
      }
      if (v.isEmpty()) {
        continue;
      }
      if (k.startsWith("负责人")) {
        f.responsiblePerson(v.get());
      } else if (k.startsWith("经办人") || k.startsWith("填报人")) {
        f.handler(v.get());
      } else if (k.startsWith("联系电话")) {
        f.phone(v.get());
      } else if (k.startsWith("填报日期")) {
        f.filledDate(v.get());
      } else {
        b.addUnrecognized(LabeledValue.of(k, v.get()));
      }
    }
    b.footer(f.build());
    block = Block.DONE;
    sink.read(line, "footer");
  }
}
