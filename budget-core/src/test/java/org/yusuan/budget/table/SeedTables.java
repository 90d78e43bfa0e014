package org.yusuan.budget.table;

import org.yusuan.budget.template.TableSpec;
import org.yusuan.budget.template.TableProfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.money.WanYuan;

/**
 * Test-only: finds the 13 tables of a seed by title and builds the model from their tab-separated
 * lines. Deliberately small (the real reader is a later issue); it knows the standard layouts and
 * re-anchors only the lines it is told to.
 */
final class SeedTables {
  /** Header rows per table of the standard template (docs/domain/tables.md §3). */
  static final Map<TableId, Integer> HEADER_ROWS = Map.ofEntries(
      Map.entry(TableId.T1, 2), Map.entry(TableId.T2, 2), Map.entry(TableId.T3, 2),
      Map.entry(TableId.T4, 3), Map.entry(TableId.T5, 2), Map.entry(TableId.T6, 2),
      Map.entry(TableId.T7, 2), Map.entry(TableId.T8, 1), Map.entry(TableId.T9, 3),
      Map.entry(TableId.T10, 2), Map.entry(TableId.T11, 2), Map.entry(TableId.T12, 3),
      Map.entry(TableId.T13, 3));

  static final Map<String, String> CATEGORY_CODES = loadCategoryCodes();

  /** Where a table sits in the text. */
  record Section(TableId id, int titleLine, String title, Optional<String> department,
      boolean declaredEmpty, List<Integer> dataLines) {}

  private final SeedText text;
  private final TableProfile profile = TableProfile.standard();
  private final Map<TableId, Section> sections = new LinkedHashMap<>();
  private final Set<Integer> shiftedLines;

  /** Reads the tables of {@code text}; {@code shiftedLines} lost one cell before their last cell. */
  SeedTables(SeedText text, Set<Integer> shiftedLines) {
    this.text = text;
    this.shiftedLines = shiftedLines;
    findSections();
  }

  Map<TableId, Section> sections() {
    return sections;
  }

  /** The numbers the table of contents prints: {@code 表一2025年预算收支总表.....}. */
  private final Map<TableId, String> numbers = new HashMap<>();

  private void findSections() {
    Map<Integer, TableId> titles = new HashMap<>();
    int end = -1;
    for (int n = 1; n <= text.lineCount(); n++) {
      String l = text.line(n).trim();
      java.util.regex.Matcher toc = java.util.regex.Pattern
          .compile("^(表[一二三四五六七八九十]+)\\d{4}年(.*?)\\.{3,}.*").matcher(l);
      if (toc.matches()) {
        for (TableSpec spec : profile.tables()) {
          String title = toc.group(2).replace("（不含上年结转）", "");
          if (title.endsWith(spec.titleKeyword())) {
            numbers.putIfAbsent(spec.id(), toc.group(1));
          }
        }
        continue;
      }
      if (l.startsWith("第三部分") && !titles.isEmpty()) {
        end = n;
        break;
      }
      if (!l.matches("\\d{4}年.*") || l.contains("\t") || l.contains("部门预算报表")) {
        continue;
      }
      for (TableSpec spec : profile.tables()) {
        if (l.endsWith(spec.titleKeyword()) || l.endsWith(spec.titleKeyword() + "（不含上年结转）")) {
          titles.put(n, spec.id());
        }
      }
    }
    List<Integer> starts = new ArrayList<>(new java.util.TreeSet<>(titles.keySet()));
    for (int i = 0; i < starts.size(); i++) {
      int start = starts.get(i);
      int stop = i + 1 < starts.size() ? starts.get(i + 1) : end;
      TableId id = titles.get(start);
      sections.put(id, section(id, start, stop));
    }
  }

  private Section section(TableId id, int start, int stop) {
    Optional<String> department = Optional.empty();
    boolean empty = false;
    int headerLeft = HEADER_ROWS.get(id);
    List<Integer> data = new ArrayList<>();
    for (int n = start + 1; n < stop; n++) {
      String l = text.line(n);
      if (l.startsWith("部门名称：")) {
        department = Optional.of(l.substring(5).replaceAll("\\s*单位[：:]万元$", "").trim());
      } else if (l.trim().equals("注：本表无数据")) {
        empty = true;
      } else if (l.contains("\t")) {
        if (headerLeft > 0) {
          headerLeft--;
        } else {
          data.add(n);
        }
      }
    }
    return new Section(id, start, text.line(start).trim(), department, empty, List.copyOf(data));
  }

  /** The cells of a data line, re-anchored if listed and padded with empty cells to {@code width}. */
  List<String> cells(int line, int width) {
    List<String> c = new ArrayList<>(text.cells(line));
    if (shiftedLines.contains(line)) {
      c.add(c.size() - 1, "");
    }
    while (c.size() < width) {
      c.add("");
    }
    if (c.size() != width) {
      throw new IllegalStateException(text.where(line) + ": " + c.size() + " cells, expected "
          + width + ": " + c);
    }
    return c;
  }

  static String[] amounts(List<String> cells, int from) {
    return cells.subList(from, cells.size()).toArray(new String[0]);
  }

  static Optional<FunctionCode> categoryCode(String printedName) {
    String key = printedName.replaceAll("\\s+", "").replaceFirst("^[一二三四五六七八九十]+、", "");
    return Optional.ofNullable(CATEGORY_CODES.get(key)).map(FunctionCode::parse);
  }

  /** All tables of the seed, built by layout. */
  List<BudgetTable> tables() {
    List<BudgetTable> out = new ArrayList<>();
    for (Section s : sections.values()) {
      out.add(build(s));
    }
    return out;
  }

  BudgetTable build(Section s) {
    TableSpec spec = profile.requireSpec(s.id());
    int w = spec.columns().size();
    switch (spec.layout()) {
      case SUMMARY: {
        var b = SummaryTable.builder(spec);
        common(b::printedTitle, b::printedNumber, b::printedDepartment, b::declaredEmpty, s);
        boolean afterCarryOver = false;
        for (int n : s.dataLines()) {
          List<String> c = cells(n, 3 + w);
          String right = c.get(2).trim();
          SummaryLine line = SummaryLine.of(c.get(0), c.get(1), c.get(2), amounts(c, 3));
          if (right.equals("本年支出合计")) {
            b.currentYearTotal(line);
          } else if (right.equals("年终结转")) {
            b.carryOver(line);
            afterCarryOver = true;
          } else if (right.equals("支出总计")) {
            b.grandTotal(line);
          } else if (afterCarryOver) {
            b.addCarryOverByFund(IncomeRow.of(c.get(0), c.get(1)));
          } else {
            if (!c.get(0).isEmpty() || !c.get(1).isEmpty()) {
              b.addIncomeRows(IncomeRow.of(c.get(0), c.get(1)));
            }
            if (!right.isEmpty()) {
              b.addCategoryRows(CategoryRow.of(c.get(2), categoryCode(c.get(2)), amounts(c, 3)));
            }
          }
        }
        return b.build();
      }
      case FUNCTION: {
        var b = FunctionTable.builder(spec);
        common(b::printedTitle, b::printedNumber, b::printedDepartment, b::declaredEmpty, s);
        for (int n : s.dataLines()) {
          List<String> c = cells(n, 2 + w);
          if (isTotal(c)) {
            b.total(TotalRow.of("合计", amounts(c, 2)));
          } else {
            b.addRows(FunctionRow.of(c.get(0), c.get(1), amounts(c, 2)));
          }
        }
        return b.build();
      }
      case REVENUE: {
        var b = RevenueTable.builder(spec);
        common(b::printedTitle, b::printedNumber, b::printedDepartment, b::declaredEmpty, s);
        for (int n : s.dataLines()) {
          List<String> c = cells(n, 2 + w);
          if (isTotal(c)) {
            b.total(TotalRow.of("合计", amounts(c, 2)));
          } else {
            b.addRows(RevenueRow.of(c.get(0), c.get(1), amounts(c, 2)));
          }
        }
        return b.build();
      }
      case ECONOMIC: {
        var b = EconomicTable.builder(spec);
        common(b::printedTitle, b::printedNumber, b::printedDepartment, b::declaredEmpty, s);
        for (int n : s.dataLines()) {
          List<String> c = cells(n, 2 + w);
          if (isTotal(c)) {
            b.total(TotalRow.of("合计", amounts(c, 2)));
          } else if (c.get(1).isEmpty()) {
            b.addRows(EconomicRow.classRow(c.get(0), amounts(c, 2)));
          } else {
            b.addRows(EconomicRow.sectionRow(c.get(0), c.get(1), amounts(c, 2)));
          }
        }
        return b.build();
      }
      case STATE_CAPITAL: {
        var b = StateCapitalTable.builder(spec);
        common(b::printedTitle, b::printedNumber, b::printedDepartment, b::declaredEmpty, s);
        for (int n : s.dataLines()) {
          List<String> c = cells(n, 3 + 2 + w);
          if (isTotal(c)) {
            b.revenueTotal(TotalRow.of("合计", c.get(2)));
            b.expenditureTotal(TotalRow.of(c.get(3).isEmpty() ? c.get(4) : c.get(3),
                amounts(c, 5)));
          } else {
            if (!c.get(0).isEmpty()) {
              b.addRevenueRows(RevenueRow.of(c.get(0), c.get(1), c.get(2)));
            }
            if (!c.get(3).isEmpty()) {
              b.addExpenditureRows(FunctionRow.of(c.get(3), c.get(4), amounts(c, 5)));
            }
          }
        }
        return b.build();
      }
      case THREE_PUBLIC: {
        var b = ThreePublicTable.builder(spec);
        common(b::printedTitle, b::printedNumber, b::printedDepartment, b::declaredEmpty, s);
        for (int n : s.dataLines()) {
          List<String> c = cells(n, 1 + w);
          if (c.get(0).equals("合计")) {
            b.total(TotalRow.of("合计", amounts(c, 1)));
          } else {
            b.addRows(ThreePublicRow.of(c.get(0), amounts(c, 1)));
          }
        }
        return b.build();
      }
      case UNIT_AMOUNTS: {
        var b = UnitAmountTable.builder(spec);
        common(b::printedTitle, b::printedNumber, b::printedDepartment, b::declaredEmpty, s);
        for (int n : s.dataLines()) {
          List<String> c = cells(n, 1 + w);
          if (c.get(0).equals("部门合计")) {
            b.total(TotalRow.of(c.get(0), amounts(c, 1)));
          } else {
            b.addRows(UnitAmountRow.of(c.get(0), amounts(c, 1)));
          }
        }
        return b.build();
      }
      case PROJECT:
        return projects(spec, s, w);
      default:
        throw new IllegalStateException("layout " + spec.layout());
    }
  }

  /**
   * 表十二/十三: first row = department; then greedy groups: a subtotal row (and its identical
   * copies) followed by the rows whose totals add up to it.
   */
  private ProjectTable projects(TableSpec spec, Section s, int w) {
    var b = ProjectTable.builder(spec);
    common(b::printedTitle, b::printedNumber, b::printedDepartment, b::declaredEmpty, s);
    List<List<String>> rows = new ArrayList<>();
    List<Integer> lines = s.dataLines();
    for (int n : lines) {
      rows.add(cells(n, 1 + w));
    }
    if (rows.isEmpty()) {
      return b.build();
    }
    b.total(TotalRow.of(rows.get(0).get(0), amounts(rows.get(0), 1)));
    int i = 1;
    while (i < rows.size()) {
      var g = ImmutableProjectGroup.builder();
      List<String> head = rows.get(i);
      g.addSubtotalRows(TotalRow.of(head.get(0), amounts(head, 1)));
      i++;
      while (i < rows.size() && rows.get(i).equals(head)) {
        g.addSubtotalRows(TotalRow.of(head.get(0), amounts(head, 1)));
        i++;
      }
      WanYuan target = WanYuan.parse(head.get(1));
      WanYuan sum = WanYuan.ZERO;
      int count = 0;
      while (i < rows.size() && sum.plus(WanYuan.ofFen(count * 5_000L + 5_000L))
          .isLessThan(target)) {
        List<String> r = rows.get(i);
        g.addProjects(ProjectRow.of(r.get(0), amounts(r, 1)));
        sum = sum.plus(AmountCell.parse(r.get(1)).amountOrZero());
        count++;
        i++;
      }
      WanYuan diff = sum.minus(target).abs();
      if (diff.isGreaterThan(WanYuan.ofFen(5_000L * (count + 1)))) {
        throw new IllegalStateException(text.where(lines.get(i - 1)) + ": group " + head.get(0)
            + " sums to " + sum + " not " + target);
      }
      b.addGroups(g.build());
    }
    return b.build();
  }

  private static boolean isTotal(List<String> c) {
    return c.get(0).equals("合计") || (c.get(0).isEmpty() && c.get(1).equals("合计"));
  }

  private void common(java.util.function.Function<String, ?> title,
      java.util.function.Function<String, ?> number,
      java.util.function.Function<String, ?> department,
      java.util.function.Function<Boolean, ?> declaredEmpty, Section s) {
    title.apply(s.title());
    if (numbers.containsKey(s.id())) {
      number.apply(numbers.get(s.id()));
    }
    s.department().ifPresent(department::apply);
    declaredEmpty.apply(s.declaredEmpty());
  }

  private static Map<String, String> loadCategoryCodes() {
    try (InputStream in = SeedTables.class.getResourceAsStream("/table/category-codes.tsv")) {
      Map<String, String> m = new LinkedHashMap<>();
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!l.isBlank() && !l.startsWith("#")) {
          String[] p = l.split("\t");
          m.put(p[0], p[1]);
        }
      }
      return Map.copyOf(m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
