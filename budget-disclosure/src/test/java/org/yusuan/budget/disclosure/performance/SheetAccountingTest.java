package org.yusuan.budget.disclosure.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.disclosure.LineRecord;
import org.yusuan.budget.disclosure.ReadIssue;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.TextNormalizer;
import org.yusuan.budget.performance.DepartmentPerformanceSheet;
import org.yusuan.budget.performance.FundingBlock;
import org.yusuan.budget.performance.Indicator;
import org.yusuan.budget.performance.IndicatorCategory;
import org.yusuan.budget.performance.PrintedAmount;
import org.yusuan.budget.performance.ProjectPerformanceSheet;

/**
 * Accounting for every number of the sheets (issue E): the funding cells and the indicator cells
 * are found in the text by a scan independent of the reader (labels on the line, cells between the
 * indicator header and the footer), and each one is looked up in the model — in a funding block or
 * an indicator, else in the sheet's unrecognized cells, else in the read report with its reason.
 */
class SheetAccountingTest {
  private static final Pattern SHEET_TITLE =
      Pattern.compile(".*(绩效目标(申报)?表|预算部门\\(单位\\)项目)");
  private static final Pattern FUNDING_LABEL = Pattern.compile(
      ".*(资金总额|财政资|单位自筹|其他资金|合计|预算资金|专户管理资金|单位资金|^其中.*支出|^项目支出$).*");
  private static final Pattern AMOUNT = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?(元|万元)?");
  private static final Pattern TRAILING_AMOUNT =
      Pattern.compile(".*[^0-9,.\\s][:：\\s]\\s*(-?[0-9][0-9,]*(\\.[0-9]+)?(元|万元)?)");
  private static final Set<String> HEADER_CELLS = Set.of("一级指标", "二级指标", "三级指标", "指标值",
      "绩效指标", "绩效目标", "年度绩效指标");
  /** Labels in indicator rows that are no indicator cells (a goal label merged into the header). */
  private static final Set<String> NOT_CELLS = Set.of("一级指标", "二级指标", "三级指标", "指标值",
      "绩效指标", "绩效目标", "年度绩效指标", "总体目标");

  /** What the scan found and where each item was accounted for. */
  static final class Tally {
    int total;
    int inModel;
    int unrecognized;
    int inReport;
    final List<String> missing = new ArrayList<>();

    @Override
    public String toString() {
      return total + " in text: " + inModel + " in the model, " + unrecognized
          + " kept as unrecognized, " + inReport + " reported on their line, missing " + missing;
    }
  }

  /** The result for one seed. */
  static final class Result {
    int projectSheets;
    boolean departmentSheet;
    final Tally funding = new Tally();
    final Tally indicatorCells = new Tally();
    final Tally indicatorNumbers = new Tally();
    int unmarkedSheetLines;
  }

  @Test
  void seed003() throws Exception {
    Result r = account("003_be7d87703d4e3b48.txt");
    // 12 physical sheets: two projects printed as two sheets each (indicators, then the footer)
    assertThat(r.projectSheets).isEqualTo(10);
    assertThat(r.departmentSheet).isFalse();
    // 12 sheets x 11 amount cells (其他资金 blank) minus the blank 年度 cells of one sheet (L768)
    assertThat(r.funding.total).isEqualTo(120);
    assertThat(r.funding.inModel).isEqualTo(r.funding.total);
    assertThat(r.indicatorNumbers.inModel).isEqualTo(r.indicatorNumbers.total);
    assertThat(r.indicatorCells.inModel).isEqualTo(r.indicatorCells.total);
    assertThat(r.unmarkedSheetLines).isZero();
  }

  @Test
  void seed000() throws Exception {
    Result r = account("000_621f33bae8afdaed.txt");
    assertThat(r.projectSheets).isEqualTo(95);
    assertThat(r.departmentSheet).isTrue();
    assertThat(r.funding.inModel).isEqualTo(r.funding.total).isEqualTo(960);
    assertThat(r.indicatorNumbers.inModel).isEqualTo(r.indicatorNumbers.total).isEqualTo(1720);
    assertThat(r.indicatorCells.missing).isEmpty();
    assertThat(r.unmarkedSheetLines).isZero();
  }

  @Test
  void seed001() throws Exception {
    Result r = account("001_1c7714c1bc4a05ea.txt");
    assertThat(r.projectSheets).isEqualTo(40);
    assertThat(r.departmentSheet).isFalse();
    assertThat(r.funding.inModel).isEqualTo(r.funding.total).isEqualTo(398);
    // damaged rows (a third value after a complete half, 001 L687-696) keep 9 values unrecognized
    assertThat(r.indicatorNumbers.missing).isEmpty();
    assertThat(r.indicatorNumbers.inModel).isGreaterThanOrEqualTo(r.indicatorNumbers.total - 9);
    assertThat(r.indicatorCells.missing).isEmpty();
    assertThat(r.unmarkedSheetLines).isZero();
  }

  static Result account(String seed) throws Exception {
    Path path = seedPath(seed);
    Disclosure d = DisclosureReader.read(path);
    List<String> raw = Files.readAllLines(path);
    Result r = new Result();
    r.projectSheets = d.budget().projectSheets().size();
    r.departmentSheet = d.budget().departmentSheet().isPresent();

    Map<String, Integer> amounts = new HashMap<>();
    Map<String, Integer> targets = new HashMap<>();
    Map<String, Integer> names = new HashMap<>();
    Map<String, Integer> unrecognized = new HashMap<>();
    for (ProjectPerformanceSheet s : d.budget().projectSheets()) {
      s.implementationFunding().ifPresent(b -> addAmounts(amounts, b));
      s.annualFunding().ifPresent(b -> addAmounts(amounts, b));
      addIndicators(targets, names, s.implementationIndicators());
      addIndicators(targets, names, s.annualIndicators());
      s.unrecognized().forEach(v -> add(unrecognized, v.value()));
    }
    if (d.budget().departmentSheet().isPresent()) {
      DepartmentPerformanceSheet s = d.budget().departmentSheet().get();
      s.sourceTotal().ifPresent(a -> add(amounts, a.raw()));
      s.directionTotal().ifPresent(a -> add(amounts, a.raw()));
      s.sources().forEach(l -> add(amounts, l.amount().raw()));
      s.directions().forEach(l -> add(amounts, l.amount().raw()));
      addIndicators(targets, names, s.indicators());
      s.unrecognized().forEach(v -> add(unrecognized, v.value()));
    }
    Set<Integer> reportedLines = new HashSet<>();
    for (ReadIssue i : d.report().issues()) {
      if (i.table().map(t -> t.contains("绩效目标表")).orElse(false)) {
        reportedLines.add(i.line());
      }
    }

    Set<String> mergedSheets = new HashSet<>();
    for (ReadIssue i : d.report().issues()) {
      if (i.message().contains("merged into it")) {
        i.table().ifPresent(mergedSheets::add);
      }
    }
    Map<Integer, String> reasons = new HashMap<>();
    d.report().lines().forEach(l -> reasons.put(l.line(), l.reason()));
    Set<String> modelAmounts = new HashSet<>(amounts.keySet());
    List<Object[]> indicatorCells = new ArrayList<>();
    boolean inSheets = false;
    boolean indicators = false;
    for (int n = 1; n <= raw.size(); n++) {
      SourceLine line = SourceLine.of(n, raw.get(n - 1));
      String key = TextNormalizer.label(line.text());
      if (!line.isRow() && SHEET_TITLE.matcher(key).matches()) {
        inSheets = true;
        indicators = false;
        continue;
      }
      if (!inSheets) {
        continue;
      }
      if (!line.isRow() && key.startsWith("十一、")) {
        break;
      }
      if (SHEET_TITLE.matcher(key).matches() && line.filledCells() == 1) {
        indicators = false;
        continue;
      }
      if (key.contains("负责人") || key.contains("填报日期")) {
        indicators = false;
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (String c : line.cells()) {
        if (!c.isEmpty()) {
          cells.add(c);
        }
      }
      if (cells.isEmpty()) {
        continue;
      }
      if (!indicators && cells.stream().anyMatch(c -> HEADER_CELLS.contains(TextNormalizer.label(c)))) {
        indicators = true;
      }
      if (indicators) {
        for (String c : cells) {
          String k = TextNormalizer.label(c);
          if (NOT_CELLS.contains(k) || (IndicatorCategory.fromLabel(c).isKnown()
              && !k.matches(".*[0-9].*"))) {
            continue;
          }
          indicatorCells.add(new Object[] {n, c});
        }
        continue;
      }
      if (cells.stream().noneMatch(c -> FUNDING_LABEL.matcher(TextNormalizer.label(c)).matches())) {
        continue;
      }
      for (String c : cells) {
        String k = c.replace(" ", "");
        String amount = AMOUNT.matcher(k).matches() ? k : null;
        Matcher m = TRAILING_AMOUNT.matcher(c);
        if (amount == null && m.matches()) {
          amount = m.group(1).replace(" ", "");
        }
        if (amount == null) {
          continue;
        }
        String id = reasons.getOrDefault(n, "").replaceFirst(" .*", "");
        boolean repeat = mergedSheets.contains(id)
            && modelAmounts.contains(TextNormalizer.label(amount));
        // a merged sheet's repeated upper part is in the model once, with the first printing
        String where = repeat || take(amounts, amount) ? "model" : take(unrecognized, amount)
            ? "unrecognized" : reportedLines.contains(n) ? "report" : null;
        count(r.funding, where, n, c);
      }
    }
    // lines without a report issue first, so that a doubtful line cannot take another's cell
    indicatorCells.sort(java.util.Comparator.comparing(x -> reportedLines.contains((Integer) x[0])));
    for (Object[] x : indicatorCells) {
      int n = (Integer) x[0];
      String c = (String) x[1];
      String k = TextNormalizer.label(c);
      boolean numeric = k.matches(".*[0-9].*");
      Map<String, Integer> firstMap = numeric ? targets : names;
      Map<String, Integer> secondMap = numeric ? names : targets;
      String where = take(firstMap, k) || take(secondMap, k) ? "model"
          : take(unrecognized, k) ? "unrecognized"
          : reportedLines.contains(n) ? "report" : null;
      count(r.indicatorCells, where, n, c);
      if (numeric) {
        count(r.indicatorNumbers, where, n, c);
      }
    }
    int first = Integer.MAX_VALUE;
    int last = 0;
    for (LineRecord l : d.report().lines()) {
      if (l.reason().contains("绩效目标表")) {
        first = Math.min(first, l.line());
        last = Math.max(last, l.line());
      }
    }
    for (LineRecord l : d.report().lines()) {
      if (l.line() >= first && l.line() <= last && l.disposition() == LineDisposition.NOT_UNDERSTOOD
          && l.reason().equals("no reader took this line")) {
        r.unmarkedSheetLines++;
      }
    }
    System.out.println(seed + ": " + r.projectSheets + " project sheets, department sheet "
        + r.departmentSheet + "\n  funding cells: " + r.funding + "\n  indicator cells: "
        + r.indicatorCells + "\n  indicator values with numbers: " + r.indicatorNumbers
        + "\n  sheet lines nobody marked: " + r.unmarkedSheetLines);
    return r;
  }

  private static void count(Tally t, String where, int line, String cell) {
    t.total++;
    if (where == null) {
      t.missing.add("L" + line + " " + cell);
    } else if (where.equals("model")) {
      t.inModel++;
    } else if (where.equals("unrecognized")) {
      t.unrecognized++;
    } else {
      t.inReport++;
    }
  }

  private static void addAmounts(Map<String, Integer> m, FundingBlock b) {
    b.total().filter(a -> !a.isBlank()).ifPresent(a -> add(m, a.raw()));
    for (var l : b.sources()) {
      PrintedAmount a = l.amount();
      if (!a.isBlank()) {
        add(m, a.raw());
      }
    }
  }

  private static void addIndicators(Map<String, Integer> targets, Map<String, Integer> names,
      List<Indicator> list) {
    for (Indicator i : list) {
      i.name().ifPresent(n -> add(names, n));
      if (!i.target().raw().isEmpty()) {
        add(targets, i.target().raw());
      }
      // cells kept as labels the taxonomy does not know
      i.level1().filter(c -> !c.isKnown()).ifPresent(c -> add(names, c.label()));
      i.level2().filter(c -> !c.isKnown()).ifPresent(c -> add(names, c.label()));
    }
  }

  private static void add(Map<String, Integer> m, String s) {
    m.merge(TextNormalizer.label(s), 1, Integer::sum);
  }

  private static boolean take(Map<String, Integer> m, String s) {
    String k = TextNormalizer.label(s);
    Integer n = m.get(k);
    if (n == null || n == 0) {
      return false;
    }
    m.put(k, n - 1);
    return true;
  }

  static Path seedPath(String name) throws URISyntaxException {
    return Path.of(SheetAccountingTest.class.getResource("/seeds/" + name).toURI());
  }

}
