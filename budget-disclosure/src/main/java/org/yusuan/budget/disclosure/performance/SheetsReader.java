package org.yusuan.budget.disclosure.performance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.table.ReadContext;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.performance.DepartmentPerformanceSheet;
import org.yusuan.budget.performance.ProjectPerformanceSheet;
import org.yusuan.budget.performance.SheetMatching;

/**
 * Finds and reads the performance-target sheets (绩效目标表) of a disclosure text
 * (docs/domain/performance-sheets.md §1): a sheet starts at a title ({@code …项目支出绩效目标表}, {@code
 * …整体支出绩效目标申报表}, also garbled or cut short) or, where the title is missing, at a {@code
 * 项目名称} row that opens a second sheet; it ends at the next start or at a heading of the narrative
 * ({@code 十一、…}, {@code 第四部分 …}). Lines other readers have marked (page marks, running headers)
 * are left to them.
 *
 * <pre>{@code
 * PerformanceSheets sheets = SheetsReader.read(lines, context);
 * sheets.projectSheets().get(0).annualFunding();   // the 年度 funding block, as printed
 * }</pre>
 *
 * <p>Never throws for content: a sheet that cannot be read is reported line by line.
 */
public final class SheetsReader {
  private SheetsReader() {}

  private enum Kind { PROJECT, DEPARTMENT }

  private record Region(Kind kind, int start, int end) {}

  /** The pseudo-table of the project sheets in findings' locations (项目绩效目标表). */
  public static final String PERFORMANCE_TABLE = "P";

  /**
   * Reads the sheets among {@code lines}, accounting for their lines in {@code context}.
   *
   * @param lines all lines of the document, in order; the sheets are found among them by their titles
   * @param context the context of the read, whose ledger and provenance record the sheets' lines
   * @return the sheets read; a sheet that cannot be read is left out and reported line by line
   */
  public static PerformanceSheets read(List<SourceLine> lines, ReadContext context) {
    SheetCache cache = new SheetCache();
    List<Region> regions = regions(lines, context, cache);
    Optional<MoneyUnit> documentUnit = documentUnit(lines, regions, context, cache);
    ProjectSheetList projects = new ProjectSheetList();
    Optional<DepartmentPerformanceSheet> department = Optional.empty();
    int printed = 0;
    for (Region r : regions) {
      List<SourceLine> body = lines.subList(r.start(), r.end());
      try {
        if (r.kind() == Kind.DEPARTMENT) {
          SheetSink sink = new SheetSink(context, "整体支出绩效目标表", cache);
          DepartmentPerformanceSheet sheet = new DepartmentSheetReader(body, sink).read();
          sink.close();
          if (department.isPresent()) {
            context.warn(lines.get(r.start()), sink.sheet(),
                ReaderMessage.of("sheet.department.second"));
          } else {
            department = Optional.of(sheet);
          }
        } else {
          // ids count printed sheets: a sheet merged into the previous keeps its own id
          SheetSink sink = new SheetSink(context, "绩效目标表#" + (++printed), cache);
          if (isLayout(body)) {
            markPageNumbers(lines, r, context);
            projects.add(new LayoutSheetReader(body, sink).read(), null);
            origin(context, projects, lines.get(r.start()));
            sink.close();
            continue;
          }
          ProjectSheetReader reader = new ProjectSheetReader(body, sink, documentUnit);
          ProjectPerformanceSheet sheet = reader.read();
          sink.close();
          if (!projects.merged(reader, sheet, lines.get(r.start()), sink)) {
            projects.add(sheet, reader);
            origin(context, projects, lines.get(r.start()));
          }
        }
      } catch (RuntimeException e) {
        // a malformed sheet must not end the read: report it on its lines instead
        context.warn(lines.get(r.start()), "绩效目标表", ReaderMessage.of("sheet.failed", e));
        for (SourceLine line : body) {
          if (!context.ledger().isMarked(line)) {
            context.ledger().notUnderstood(line, Optional.of("绩效目标表"),
                ReaderMessage.of("sheet.failedLine"));
          }
        }
      }
    }
    return new PerformanceSheets(projects.sheets(), department);
  }

  /**
   * The provenance of the sheet just added: findings on a project sheet are located at table {@code
   * P}, row the sheet's label ({@link SheetMatching#label}), and cite the sheet's first line.
   */
  private static void origin(ReadContext context, ProjectSheetList projects, SourceLine first) {
    List<ProjectPerformanceSheet> sheets = projects.sheets();
    int index = sheets.size() - 1;
    context.origin(PERFORMANCE_TABLE, SheetMatching.label(index, sheets.get(index)), first);
  }

  private static List<Region> regions(List<SourceLine> lines, ReadContext context, SheetCache cache) {
    List<int[]> starts = new ArrayList<>();
    int end = lines.size();
    boolean nameRow = false;
    boolean footer = false;
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (context.ledger().isMarked(line) || line.isBlank()) {
        continue;
      }
      // the line's tokens are its filled cells: counted here, built only once a sheet has begun
      boolean oneCell = line.filledCells() == 1; // counted with the line
      if (!oneCell && starts.isEmpty()) {
        continue;
      }
      // the line's key only where it is asked: a one-cell line (a title) or a line of text (a heading)
      String key = oneCell || !line.isRow() ? SheetLabels.key(line) : "";
      if (oneCell && SheetLabels.isDepartmentTitle(key)) {
        starts.add(new int[] {i, Kind.DEPARTMENT.ordinal()});
        nameRow = false;
        footer = false;
        continue;
      }
      if (oneCell && !SheetLabels.isHeading(key)) {
        boolean whole = SheetLabels.isProjectTitle(key);
        int tail = whole ? -1 : wrappedTitle(lines, i, key, context);
        if (whole || tail >= 0) {
          starts.add(new int[] {sectionStart(lines, i, starts, context), Kind.PROJECT.ordinal()});
          nameRow = false;
          footer = false;
          i = Math.max(i, tail); // the tail is no title of its own
          continue;
        }
      }
      if (starts.isEmpty()) {
        continue;
      }
      if (!line.isRow() && SheetLabels.isHeading(key)) {
        end = i;
        break;
      }
      List<Token> tokens = Token.of(line, cache);
      if (tokens.isEmpty()) {
        continue; // text only outside cells (e.g. markup between tabs): nothing to place
      }
      if (tokens.get(0).is(SheetLabels.Field.PROJECT_NAME)) {
        if (nameRow || footer) {
          // a sheet without its title; its year line, if printed, opens it
          int s = i;
          for (int j = i - 1; j > starts.get(starts.size() - 1)[0]; j--) {
            SourceLine above = lines.get(j);
            if (context.ledger().isMarked(above) || above.isBlank()) {
              continue;
            }
            if (SheetLabels.isYearLine(SheetLabels.key(above))) {
              s = j;
            }
            break;
          }
          starts.add(new int[] {s, Kind.PROJECT.ordinal()});
          footer = false;
          context.info(line, "绩效目标表", ReaderMessage.of("sheet.untitled"));
        }
        nameRow = true;
      }
      if (Token.anyFooterLabel(tokens)) {
        footer = true;
      }
    }
    List<Region> regions = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int s = starts.get(k)[0];
      int e = k + 1 < starts.size() ? starts.get(k + 1)[0] : end;
      regions.add(new Region(Kind.values()[starts.get(k)[1]], s, e));
    }
    return regions;
  }

  /** Whether exactly one cell of {@code line} holds text ({@code filledCells() == 1}, stopping early). */
  /**
   * The line of the tail of a title begun at line {@code i} and wrapped onto the next line ({@code
   * …项目（小学）项目} over {@code 绩效目标表}), or -1: the next line is a title's tail and the two are
   * a title.
   */
  private static int wrappedTitle(List<SourceLine> lines, int i, String key, ReadContext context) {
    if (key.length() < 4 || key.endsWith("绩效目标表") || lines.get(i).isRow()) {
      return -1;
    }
    int j = nextContent(lines, i, context);
    if (j < 0 || lines.get(j).isRow()) {
      return -1;
    }
    String next = SheetLabels.key(lines.get(j));
    return SheetLabels.isTitleTail(next)
        && SheetLabels.isProjectTitle(key + next) ? j : -1;
  }

  /** The next line after {@code i} that is neither blank nor marked, or -1. */
  private static int nextContent(List<SourceLine> lines, int i, ReadContext context) {
    for (int j = i + 1; j < lines.size(); j++) {
      SourceLine l = lines.get(j);
      if (!l.isBlank() && !context.ledger().isMarked(l)) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Where the sheet whose title is at {@code title} starts: at the numbered section above it that
   * names its project ({@code （一）236 某专项}, possibly wrapped onto a second line), else at the
   * title; before the first sheet also at the part heading that announces the sheets ({@code
   * 五、项目绩效目标表}).
   */
  private static int sectionStart(List<SourceLine> lines, int title, List<int[]> starts,
      ReadContext context) {
    int floor = starts.isEmpty() ? -1 : starts.get(starts.size() - 1)[0];
    int start = title;
    List<Integer> above = new ArrayList<>();
    for (int j = title - 1; j > floor && above.size() < 3; j--) {
      SourceLine l = lines.get(j);
      if (l.isBlank() || context.ledger().isMarked(l)) {
        continue;
      }
      if (l.isRow()) {
        break;
      }
      above.add(j);
    }
    for (int k = 0; k < above.size() && k < 2; k++) {
      String key = SheetLabels.key(lines.get(above.get(k)));
      if (SheetLabels.NUMBERED_SECTION.matcher(key).matches()) {
        start = above.get(k);
        if (starts.isEmpty() && k + 1 < above.size()) {
          String part = SheetLabels.key(lines.get(above.get(k + 1)));
          if (SheetLabels.isHeading(part) && part.endsWith("绩效目标表")) {
            start = above.get(k + 1);
          }
        }
        break;
      }
    }
    return start;
  }

  /**
   * Whether a sheet is printed as layout text ({@code pdftotext -layout}): no line of it has a tab
   * or a table cell.
   */
  private static boolean isLayout(List<SourceLine> body) {
    for (SourceLine l : body) {
      if (l.isRow() || l.raw().contains("<td")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Marks the page numbers of a layout sheet: a number alone on its line right before a page's form
   * feed (or the end of the text). A 分值 alone on its line is never followed by one.
   */
  private static void markPageNumbers(List<SourceLine> lines, Region r, ReadContext context) {
    for (int i = r.start(); i < r.end(); i++) {
      SourceLine l = lines.get(i);
      if (context.ledger().isMarked(l) || !PAGE_NUMBER.matcher(l.text()).matches()) {
        continue;
      }
      if (i + 1 == lines.size() || lines.get(i + 1).raw().startsWith("\f")) {
        context.ledger().skip(l, "page number");
      }
    }
  }

  private static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile("[0-9]{1,4}");

  /** The unit all funding blocks of the document print, if they agree on one. */
  private static Optional<MoneyUnit> documentUnit(List<SourceLine> lines, List<Region> regions,
      ReadContext context, SheetCache cache) {
    Set<MoneyUnit> units = EnumSet.noneOf(MoneyUnit.class);
    for (Region r : regions) {
      if (r.kind() != Kind.PROJECT) {
        continue;
      }
      for (SourceLine line : lines.subList(r.start(), r.end())) {
        if (context.ledger().isMarked(line)) {
          continue;
        }
        for (Token t : Token.of(line, cache)) {
          // the prefix first: the field of every indicator name and value would be asked else
          if (t.key().startsWith(SheetLabels.FUNDING_HEADER_PREFIX)
              && t.is(SheetLabels.Field.FUNDING_HEADER)) {
            SheetLabels.unitOf(t.key()).ifPresent(units::add);
          }
        }
      }
    }
    return units.size() == 1 ? Optional.of(units.iterator().next()) : Optional.empty();
  }
}
