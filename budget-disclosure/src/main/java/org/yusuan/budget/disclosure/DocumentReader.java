package org.yusuan.budget.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.yusuan.budget.table.TableId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.catalog.EconomicCrosswalk;
import org.yusuan.budget.disclosure.narrative.ClaimsReader;
import org.yusuan.budget.disclosure.performance.PerformanceSheets;
import org.yusuan.budget.disclosure.performance.SheetsReader;
import org.yusuan.budget.disclosure.table.CatalogClassNames;
import org.yusuan.budget.disclosure.table.ClassNames;
import org.yusuan.budget.disclosure.table.EconomicTableReader;
import org.yusuan.budget.disclosure.table.FunctionTableReader;
import org.yusuan.budget.disclosure.table.ProjectTableReader;
import org.yusuan.budget.disclosure.table.ReadContext;
import org.yusuan.budget.disclosure.table.RevenueTableReader;
import org.yusuan.budget.disclosure.table.StateCapitalTableReader;
import org.yusuan.budget.disclosure.table.SummaryTableReader;
import org.yusuan.budget.disclosure.table.TableLocator;
import org.yusuan.budget.disclosure.table.TableSection;
import org.yusuan.budget.disclosure.table.TableSectionReader;
import org.yusuan.budget.disclosure.table.ThreePublicTableReader;
import org.yusuan.budget.disclosure.table.UnitAmountTableReader;
import org.yusuan.budget.disclosure.text.LineLedger;
import org.yusuan.budget.disclosure.text.PageMarks;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.TextNormalizer;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.BudgetUnit;
import org.yusuan.budget.table.ProjectGroup;
import org.yusuan.budget.table.UnitAmountRow;
import org.yusuan.budget.table.UnitType;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.StateCapitalTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.UnitAmountTable;

/**
 * One read of one text: finds the cover, the table of contents, the parts and the tables, hands each
 * part to its reader, and closes the line ledger. Package-private; {@link DisclosureReader} is the API.
 */
final class DocumentReader {
  private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]+部分.*");
  private static final Pattern CAPTION = Pattern.compile("(预算|部门)公开表\\d+");
  private static final Pattern NARRATIVE_PART = Pattern.compile("^第三部分.*(说明|情况).*");

  private final String source;
  private final List<SourceLine> lines;
  private final Optional<TableProfile> chosen;
  private TableProfile profile;
  private final LineLedger ledger;
  private final IntFunction<Edition> catalog;
  /** The lines that may say a unit's type ({@link #unitTypeSentences}), found on first use. */
  private @Nullable List<SourceLine> unitTypeSentences;

  /** A read of {@code lines}; {@code catalog} gives the classification edition of a budget year. */
  DocumentReader(String source, List<SourceLine> lines, Optional<TableProfile> template,
      IntFunction<Edition> catalog) {
    this.source = source;
    this.lines = lines;
    this.chosen = template;
    this.ledger = new LineLedger(source, lines);
    this.catalog = catalog;
  }

  Disclosure read() {
    markPageMarks();
    TableOfContents contents = TableOfContents.mark(lines, ledger);
    CoverReader cover = CoverReader.read(lines, ledger);
    markRunningHeaders(cover.department);
    profile = chosen.orElseGet(() -> TemplateDetector.detect(lines, ledger, cover.department));
    TableLocator locator = new TableLocator(profile, cover.department);
    List<TableLocator.Title> titles = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!ledger.isMarked(lines.get(i))) {
        // the title first: it rejects most lines at once, opensTable looks four lines ahead
        locator.title(lines.get(i), i).filter(t -> opensTable(t.index())).ifPresent(titles::add);
      }
    }
    int year = cover.year.orElseGet(() -> titles.stream().filter(t -> t.year().isPresent())
        .findFirst().map(t -> t.year().getAsInt()).orElse(0));
    if (year == 0) {
      throw new DisclosureFormatException(source, "no budget year: no cover line (YYYY年度部门预算公开, "
          + "NAME YYYY年单位预算…) and no table title of template " + profile.name()
          + " with a year (YYYY年…" + profile.tables().get(0).titleKeyword() + ") was found");
    }
    String department = cover.department.orElseThrow(() -> new DisclosureFormatException(source,
        "no department name: no cover names it (a line above YYYY年度部门预算公开, or NAME YYYY年部门预算) "
            + "and no line is labelled 预算主管部门：, 编制部门：, 编制单位：, 预算单位：, 部门名称： or 单位名称："));
    for (TableLocator.Title t : titles) {
      if (t.year().isPresent() && t.year().getAsInt() != year) {
        ledger.warn(lines.get(t.index()), Optional.of(t.spec().id().toString()),
            ReaderMessage.of("document.titleYear", t.year().getAsInt(), year));
      }
    }
    Map<TableId, String> numbers = contents.printedNumbers(locator);
    reportHeadersOfAnotherYear(year);
    markPartHeadings();
    markCaptions(titles);
    ReadContext context = new ReadContext(ledger, department, year);
    ClassNames classNames = new CatalogClassNames(catalog.apply(year));
    ImmutableDepartmentBudget.Builder budget = ImmutableDepartmentBudget.builder()
        .departmentName(department).budgetYear(year).profile(profile);
    List<BudgetTable> seen = new ArrayList<>();
    List<int[]> sections = new ArrayList<>();
    for (int k = 0; k < titles.size(); k++) {
      TableLocator.Title t = titles.get(k);
      if (seen.stream().anyMatch(b -> b.id().equals(t.spec().id()))) {
        ledger.warn(lines.get(t.index()), Optional.of(t.spec().id().toString()),
            ReaderMessage.of("document.tableTwice"));
        continue;
      }
      int end = sectionEnd(t.index(), k + 1 < titles.size() ? titles.get(k + 1).index() : lines.size());
      sections.add(new int[] {t.index(), end});
      TableSection section = new TableSection(t.spec(), lines.get(t.index()),
          lines.subList(t.index() + 1, end), t.text(),
          t.number().or(() -> Optional.ofNullable(numbers.get(t.spec().id()))));
      Optional<BudgetTable> table = readTable(section, context, classNames);
      table.ifPresent(seen::add);
      table.ifPresent(tb -> add(budget, tb));
    }
    budget.addAllUnits(units(seen, context));
    java.util.BitSet beforeSheets = ledger.marked();
    PerformanceSheets sheets = SheetsReader.read(lines, context);
    java.util.BitSet sheetLines = ledger.marked();
    sheetLines.andNot(beforeSheets);
    budget.addAllProjectSheets(sheets.projectSheets()).departmentSheet(sheets.departmentSheet());
    // the narrative last: it takes only the lines the table and sheet readers left
    budget.addAllClaims(ClaimsReader.read(lines, context, classNames, profile));
    DocumentTextReader text = new DocumentTextReader(lines, ledger, sheetLines);
    sections.forEach(r -> text.table(r[0], r[1]));
    budget.text(text.read());
    DepartmentBudget model = budget.build();
    return ImmutableDisclosure.builder().source(source).budget(model).report(ledger.report())
        .provenance(context.provenance()).build();
  }

  private Optional<BudgetTable> readTable(TableSection section, ReadContext context,
      ClassNames classNames) {
    switch (section.spec().layout()) {
      case SUMMARY:
        return Optional.of(new SummaryTableReader(classNames).read(section, context));
      case FUNCTION:
        return Optional.of(new FunctionTableReader().read(section, context));
      case ECONOMIC:
        return Optional.of(new EconomicTableReader(catalog.apply(context.budgetYear()),
            EconomicCrosswalk.embedded()).read(section, context));
      case REVENUE:
        return Optional.of(new RevenueTableReader().read(section, context));
      case STATE_CAPITAL:
        return Optional.of(new StateCapitalTableReader().read(section, context));
      case THREE_PUBLIC:
        return Optional.of(new ThreePublicTableReader().read(section, context));
      case UNIT_AMOUNTS:
        return Optional.of(new UnitAmountTableReader().read(section, context));
      case PROJECT:
        return Optional.of(new ProjectTableReader().read(section, context));
      default:
        context.title(section.id(), section.title());
        for (SourceLine line : section.body()) {
          if (!ledger.isMarked(line)) {
            if (line.isBlank()) {
              ledger.skip(line, "blank");
            } else {
              ledger.notUnderstood(line, Optional.of(section.id()),
                  ReaderMessage.of("document.noReader", section.spec().layout()));
            }
          }
        }
        return Optional.empty();
    }
  }

  /**
   * The budget units as the tables list them: the unit rows of 表十二 / 表十三 (the subtotal rows of
   * the project groups) and of 表十一, in that order, each unit once (names compared normalised; two
   * names one character apart are one unit, reported). A unit's type is set only where a sentence
   * of the document says it ({@code <单位名称>为行政单位}).
   */
  private List<BudgetUnit> units(List<BudgetTable> tables, ReadContext context) {
    List<String> names = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<BudgetTable> ordered = new ArrayList<>(tables);
    ordered.sort(java.util.Comparator.comparingInt((BudgetTable t) -> (t instanceof UnitAmountTable) ? 1 : 0));
    for (BudgetTable t : ordered) {
      List<String> printed = new ArrayList<>();
      if (t instanceof ProjectTable) {
        for (ProjectGroup g : ((ProjectTable) t).groups()) {
          g.unitName().ifPresent(printed::add);
        }
      } else if (t instanceof UnitAmountTable) {
        for (UnitAmountRow r : ((UnitAmountTable) t).rows()) {
          printed.add(r.printedUnitName());
        }
      }
      for (String name : printed) {
        String key = TextNormalizer.label(name);
        if (keys.contains(key)) {
          continue;
        }
        Optional<String> near = keys.stream().filter(k -> oneApart(k, key)).findFirst();
        if (near.isPresent()) {
          int at = keys.indexOf(near.get());
          context.line(t.id().toString(), key).ifPresent(n -> ledger.info(
              lineNumbered(n), Optional.of(t.id().toString()),
              ReaderMessage.of("document.unitNear", name, names.get(at))));
          continue;
        }
        keys.add(key);
        names.add(name);
      }
    }
    List<BudgetUnit> units = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Optional<UnitType> type = unitType(keys.get(i));
      units.add(type.isPresent() ? BudgetUnit.of(names.get(i), type.get())
          : BudgetUnit.of(names.get(i)));
    }
    return units;
  }

  private static final Pattern UNIT_TYPE = Pattern.compile(
      "^(?:为|是|属于|系)(?:一个|一家)?(参照公务员法管理的事业单位|参照公务员法管理事业单位|行政单位|事业单位)");

  /** The type a sentence (not a table row) of the text gives unit {@code key}, if exactly one. */
  private Optional<UnitType> unitType(String key) {
    Optional<UnitType> found = Optional.empty();
    for (SourceLine line : unitTypeSentences()) {
      String text = line.label();
      for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
        Matcher m = UNIT_TYPE.matcher(text.substring(at + key.length()));
        if (!m.find()) {
          continue;
        }
        UnitType type = m.group(1).startsWith("参照") ? UnitType.CIVIL_SERVICE_MANAGED
            : m.group(1).equals("行政单位") ? UnitType.ADMINISTRATIVE : UnitType.PUBLIC_INSTITUTION;
        if (found.isPresent() && found.get() != type) {
          ledger.warn(line, Optional.empty(), ReaderMessage.of("document.unitTypes", key,
              found.get().chineseName(), type.chineseName()));
          return Optional.empty();
        }
        found = Optional.of(type);
      }
    }
    return found;
  }

  /**
   * The lines that may say a unit's type: not table rows, and naming 行政单位 or 事业单位, with which
   * every {@link #UNIT_TYPE} ends. Found once, in order: every unit's name is looked for in them.
   */
  private List<SourceLine> unitTypeSentences() {
    if (unitTypeSentences == null) {
      List<SourceLine> found = new ArrayList<>();
      for (SourceLine line : lines) {
        if (!line.isRow() && (line.label().contains("行政单位") || line.label().contains("事业单位"))) {
          found.add(line);
        }
      }
      unitTypeSentences = found;
    }
    return unitTypeSentences;
  }

  /** The first logical line of physical line {@code number} (at or after index number − 1). */
  private SourceLine lineNumbered(int number) {
    for (int i = number - 1; i < lines.size(); i++) {
      if (lines.get(i).number() == number) {
        return lines.get(i);
      }
    }
    throw new IllegalArgumentException("no line " + number);
  }

  /** Whether {@code a} and {@code b} (six characters or more) differ by one deleted character. */
  private static boolean oneApart(String a, String b) {
    String longer = a.length() > b.length() ? a : b;
    String shorter = longer == a ? b : a;
    if (shorter.length() < 6 || longer.length() != shorter.length() + 1) {
      return false;
    }
    int i = 0;
    while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
      i++;
    }
    return longer.substring(i + 1).equals(shorter.substring(i));
  }

  private static void add(ImmutableDepartmentBudget.Builder budget, BudgetTable table) {
    if (table instanceof SummaryTable) {
      budget.addSummaryTables((SummaryTable) table);
    } else if (table instanceof FunctionTable) {
      budget.addFunctionTables((FunctionTable) table);
    } else if (table instanceof EconomicTable) {
      budget.addEconomicTables((EconomicTable) table);
    } else if (table instanceof RevenueTable) {
      budget.addRevenueTables((RevenueTable) table);
    } else if (table instanceof StateCapitalTable) {
      budget.addStateCapitalTables((StateCapitalTable) table);
    } else if (table instanceof ThreePublicTable) {
      budget.addThreePublicTables((ThreePublicTable) table);
    } else if (table instanceof UnitAmountTable) {
      budget.addUnitAmountTables((UnitAmountTable) table);
    } else if (table instanceof ProjectTable) {
      budget.addProjectTables((ProjectTable) table);
    } else {
      throw new IllegalArgumentException("unknown table type " + table.getClass());
    }
  }

  /**
   * Where the table starting at {@code title} ends: at {@code next} (the next title), at a part
   * heading, or after the line following {@code 注：本表无数据}.
   */
  private int sectionEnd(int title, int next) {
    for (int i = title + 1; i < next; i++) {
      SourceLine line = lines.get(i);
      String label = line.label();
      if (!line.isRow() && (isPartHeading(label)
          || isHeadingAfterTables(line) && !footerFollows(i + 1, next))) {
        return i;
      }
      if (TableSectionReader.declaresNoData(label)) {
        return i + 1;
      }
    }
    return next;
  }

  /** The first words of a table's total or footer line: the table goes on until one is printed. */
  private static final Pattern FOOTER = Pattern.compile("^(本年收入合计|本年支出合计|收入总计|支出总计|总计|合计)");
  /** How far past an outline-like line a table's footer is looked for, in lines. */
  private static final int FOOTER_REACH = 60;

  /**
   * Whether a total or footer line ({@code 本年收入合计}, {@code 总计}, {@code 合计}) follows from {@code from}
   * within reach, before {@code next} and any part heading: then an outline-like line before it is a
   * row label cut by its cell's width ({@code 二、政府性基金预算财政拨} / {@code 款}), not the end of the table.
   */
  private boolean footerFollows(int from, int next) {
    for (int i = from; i < Math.min(next, from + FOOTER_REACH); i++) {
      String label = lines.get(i).label();
      if (isPartHeading(label)) {
        return false;
      }
      if (FOOTER.matcher(label).find()) {
        return true;
      }
    }
    return false;
  }

  /** An outline heading of its own, e.g. {@code 三、部门预算情况说明}: no table row prints one alone. */
  private static final Pattern OUTLINE_HEADING = Pattern.compile("^[一二三四五六七八九十]+、[^0-9,.]{2,30}$");

  /**
   * Whether {@code line} starts what follows the tables: an outline heading without amounts, a
   * narrative part of the template ({@code 其他相关情况说明}) or a performance sheet's title.
   */
  private boolean isHeadingAfterTables(SourceLine line) {
    String label = line.label();
    if (OUTLINE_HEADING.matcher(label).matches() && !label.endsWith("支出") && !label.endsWith("收入")) {
      return true;
    }
    if (label.endsWith("绩效目标表")) {
      return true;
    }
    for (String section : profile.narrativeSections()) {
      if (label.equals(TextNormalizer.label(section)) || label.endsWith(TextNormalizer.label(section))
          && label.length() <= section.length() + 8) {
        return true;
      }
    }
    return false;
  }

  /** S10: a running header of another year inside the text, removed like any page mark, is noted. */
  private void reportHeadersOfAnotherYear(int year) {
    for (SourceLine line : lines) {
      for (int y : PageMarks.inlineHeaderYears(line.raw())) {
        if (y != year) {
          ledger.info(line, Optional.empty(), ReaderMessage.of("document.headerOfAnotherYear", y, year));
        }
      }
    }
  }

  private void markPageMarks() {
    for (SourceLine line : lines) {
      PageMarks.wholeLine(line.raw()).ifPresent(reason -> ledger.skip(line, reason));
    }
  }

  private static final Pattern TABLE_PREAMBLE = Pattern.compile(
      "单位[:：]|编制部门|编制单位|部门名称|单位名称|科目编码|科目代码|本年收入|收\\s*入");

  /**
   * Whether a title at {@code index} opens a table: one of the next four non-blank lines is a table's
   * preamble ({@code 单位：}, {@code 编制部门：}, {@code 部门名称：}, a header) or a tab-separated row. A
   * title-like line followed by more titles is a table of contents the reader could not mark.
   */
  private boolean opensTable(int index) {
    int seen = 0;
    for (int k = index + 1; k < lines.size() && seen < 4; k++) {
      SourceLine next = lines.get(k);
      if (next.isBlank()) {
        continue;
      }
      seen++;
      if (next.isRow() || TABLE_PREAMBLE.matcher(next.text()).find()) {
        return true;
      }
    }
    return false;
  }

  private void markRunningHeaders(Optional<String> department) {
    if (department.isEmpty()) {
      return;
    }
    String name = TextNormalizer.label(department.get());
    for (SourceLine line : lines) {
      if (!ledger.isMarked(line) && !line.isRow()
          && line.label().equals(name)) {
        ledger.skip(line, "running header (department name)");
      }
    }
  }

  /**
   * Captions printed above a title ({@code 预算公开表1}, {@code 部门公开表9}; docs/domain/tables.md §1.2): skipped,
   * never used to number a table. A caption after a previous table's body is read there.
   */
  private void markCaptions(List<TableLocator.Title> titles) {
    for (TableLocator.Title t : titles) {
      for (int i = t.index() - 1; i >= 0; i--) {
        SourceLine line = lines.get(i);
        if (line.isBlank() || ledger.isMarked(line)) {
          continue; // blank lines, page marks, running headers
        }
        if (!line.isRow() && CAPTION.matcher(line.label()).matches()) {
          ledger.skip(line, "caption above " + t.spec().id());
        }
        break;
      }
    }
  }

  /** Whether a label is a part heading, {@link #PART}; the character it opens with checked first. */
  private static boolean isPartHeading(String label) {
    return label.startsWith("第") && PART.matcher(label).matches();
  }

  private void markPartHeadings() {
    for (SourceLine line : lines) {
      if (!ledger.isMarked(line) && !line.isRow() && isPartHeading(line.label())) {
        ledger.skip(line, "part heading");
      }
    }
  }
}
