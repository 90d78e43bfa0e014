package org.yusuan.budget.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.IntFunction;
import org.yusuan.budget.codes.Edition;
import org.yusuan.budget.disclosure.table.CatalogClassNames;
import org.yusuan.budget.disclosure.table.ClassNames;
import org.yusuan.budget.disclosure.table.FunctionTableReader;
import org.yusuan.budget.disclosure.table.ReadContext;
import org.yusuan.budget.disclosure.table.SummaryTableReader;
import org.yusuan.budget.disclosure.table.TableLocator;
import org.yusuan.budget.disclosure.table.TableSection;
import org.yusuan.budget.disclosure.text.LineLedger;
import org.yusuan.budget.disclosure.text.PageMarks;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.TextNormalizer;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.DepartmentBudget;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ImmutableDepartmentBudget;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.StateCapitalTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableProfile;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.UnitAmountTable;

/**
 * One read of one text: finds the cover, the table of contents, the parts and the tables, hands each
 * part to its reader, and closes the line ledger. Package-private; {@link DisclosureReader} is the API.
 */
final class DocumentReader {
  private static final Pattern COVER = Pattern.compile("^(\\d{4})年(?:度)?(?:部门|单位)预算(?:公开)?$");
  private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]+部分.*");
  private static final Pattern TOC_ENTRY = Pattern.compile(".*(\\.{3,}|…+)\\s*\\d{0,4}$|.*\\t\\s*\\d{1,4}\\s*$");
  private static final Pattern NARRATIVE_PART = Pattern.compile("^第三部分.*(说明|情况).*");

  private final String source;
  private final List<SourceLine> lines;
  private final TableProfile profile;
  private final LineLedger ledger;
  private final IntFunction<Edition> catalog;

  /** A read of {@code lines}; {@code catalog} gives the classification edition of a budget year. */
  DocumentReader(String source, List<SourceLine> lines, TableProfile profile,
      IntFunction<Edition> catalog) {
    this.source = source;
    this.lines = lines;
    this.profile = profile;
    this.ledger = new LineLedger(source, lines);
    this.catalog = catalog;
  }

  Disclosure read() {
    markPageMarks();
    markTableOfContents();
    Cover cover = cover();
    markRunningHeaders(cover.department);
    TableLocator locator = new TableLocator(profile);
    List<TableLocator.Title> titles = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!ledger.isMarked(lines.get(i))) {
        locator.title(lines.get(i), i).ifPresent(titles::add);
      }
    }
    int year = cover.year.orElseGet(() -> titles.isEmpty() ? 0 : titles.get(0).year());
    if (year == 0) {
      throw new DisclosureFormatException(source, "no budget year: neither a cover line "
          + "(YYYY年度部门预算公开) nor a table title (YYYY年预算收支总表 …) was found");
    }
    String department = cover.department.orElseThrow(() -> new DisclosureFormatException(source,
        "no department name: no line above the cover (YYYY年度部门预算公开) names it"));
    for (TableLocator.Title t : titles) {
      if (t.year() != year) {
        ledger.warn(lines.get(t.index()), Optional.of(t.spec().id().toString()),
            "title year " + t.year() + " differs from the budget year " + year);
      }
    }
    markPartHeadings();
    ReadContext context = new ReadContext(ledger, department, year);
    ClassNames classNames = new CatalogClassNames(catalog.apply(year));
    ImmutableDepartmentBudget.Builder budget = ImmutableDepartmentBudget.builder()
        .departmentName(department).budgetYear(year).profile(profile);
    List<BudgetTable> seen = new ArrayList<>();
    for (int k = 0; k < titles.size(); k++) {
      TableLocator.Title t = titles.get(k);
      if (seen.stream().anyMatch(b -> b.id().equals(t.spec().id()))) {
        ledger.warn(lines.get(t.index()), Optional.of(t.spec().id().toString()),
            "table printed a second time; only the first is read");
        continue;
      }
      int end = sectionEnd(t.index(), k + 1 < titles.size() ? titles.get(k + 1).index() : lines.size());
      TableSection section = new TableSection(t.spec(), lines.get(t.index()),
          lines.subList(t.index() + 1, end));
      Optional<BudgetTable> table = readTable(section, context, classNames);
      table.ifPresent(seen::add);
      table.ifPresent(tb -> add(budget, tb));
    }
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
      default:
        context.title(section.id(), section.title());
        for (SourceLine line : section.body()) {
          if (!ledger.isMarked(line)) {
            if (line.isBlank()) {
              ledger.skip(line, "blank");
            } else {
              ledger.notUnderstood(line, Optional.of(section.id()),
                  "no reader yet for layout " + section.spec().layout());
            }
          }
        }
        return Optional.empty();
    }
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
      String label = TextNormalizer.label(line.text());
      if (!line.isRow() && PART.matcher(label).matches()) {
        return i;
      }
      if (label.contains("本表无数据")) {
        return i + 1;
      }
    }
    return next;
  }

  private void markPageMarks() {
    for (SourceLine line : lines) {
      PageMarks.wholeLine(line.raw()).ifPresent(reason -> ledger.skip(line, reason));
    }
  }

  private void markTableOfContents() {
    for (int i = 0; i < lines.size(); i++) {
      if (TextNormalizer.label(lines.get(i).text()).equals("目录")) {
        ledger.skip(lines.get(i), "table of contents");
        for (int j = i + 1; j < lines.size(); j++) {
          SourceLine line = lines.get(j);
          if (ledger.isMarked(line)) {
            continue;
          }
          if (line.isBlank()) {
            ledger.skip(line, "blank");
          } else if (TOC_ENTRY.matcher(line.raw().strip()).matches()) {
            ledger.skip(line, "table of contents");
          } else {
            return;
          }
        }
        return;
      }
    }
  }

  private static final class Cover {
    Optional<String> department = Optional.empty();
    Optional<Integer> year = Optional.empty();
  }

  private Cover cover() {
    Cover cover = new Cover();
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (ledger.isMarked(line) || line.isRow()) {
        continue;
      }
      Matcher m = COVER.matcher(TextNormalizer.label(line.text()));
      if (!m.matches()) {
        continue;
      }
      cover.year = Optional.of(Integer.parseInt(m.group(1)));
      ledger.read(line, "cover: budget year");
      for (int j = i - 1; j >= 0; j--) {
        SourceLine above = lines.get(j);
        if (!ledger.isMarked(above) && !above.isBlank()) {
          cover.department = Optional.of(above.text());
          ledger.read(above, "cover: department name");
          break;
        }
      }
      return cover;
    }
    return cover;
  }

  private void markRunningHeaders(Optional<String> department) {
    if (department.isEmpty()) {
      return;
    }
    String name = TextNormalizer.label(department.get());
    for (SourceLine line : lines) {
      if (!ledger.isMarked(line) && !line.isRow()
          && TextNormalizer.label(line.text()).equals(name)) {
        ledger.skip(line, "running header (department name)");
      }
    }
  }

  private void markPartHeadings() {
    for (SourceLine line : lines) {
      if (!ledger.isMarked(line) && !line.isRow()
          && PART.matcher(TextNormalizer.label(line.text())).matches()) {
        ledger.skip(line, "part heading");
      }
    }
  }
}
