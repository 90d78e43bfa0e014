package org.yusuan.budget.cli.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TablePresence;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.rules.Validators;

/**
 * The real documents of other templates in {@code shared/corpus} (a sibling of the repository; CI has
 * it), read and validated end to end as {@code budget validate} does, against what was established by
 * reading each document (issue H). Skipped with a printed notice when the corpus is absent. The exact
 * counts of ERROR and WARNING findings per rule make a new false ERROR, or a lost finding, fail.
 */
class CorpusDocumentsTest {
  private record Checked(Disclosure disclosure, ValidationReport report) {
    DepartmentBudget budget() {
      return disclosure.budget();
    }

    /** ERROR and WARNING findings by "SEVERITY rule", e.g. {@code "ERROR N15" → 1}. */
    Map<String, Integer> defects() {
      Map<String, Integer> m = new TreeMap<>();
      for (Finding f : report.findings()) {
        if (f.severity() == Severity.ERROR || f.severity() == Severity.WARNING) {
          m.merge(f.severity() + " " + f.rule(), 1, Integer::sum);
        }
      }
      return m;
    }

    WanYuan total(TableId id) {
      FunctionTable t = budget().functionTable(id).orElseThrow();
      return t.total().orElseThrow().cells().get(t.columns().indexOf(AmountColumn.TOTAL)).amountOrZero();
    }

    boolean readerSays(String text) {
      return disclosure.report().issues().stream().anyMatch(i -> i.message().contains(text));
    }
  }

  /** {@code "SEVERITY rule", count, …} as a sorted map. */
  private static Map<String, Integer> expected(Object... keysAndCounts) {
    Map<String, Integer> m = new TreeMap<>();
    for (int i = 0; i < keysAndCounts.length; i += 2) {
      m.put((String) keysAndCounts[i], (Integer) keysAndCounts[i + 1]);
    }
    return m;
  }

  static Optional<Path> corpus() {
    return org.yusuan.budget.disclosure.Corpus.dir().map(c -> c.resolve("text"));
  }

  private static Checked check(String file) throws IOException {
    Optional<Path> path = corpus().map(c -> c.resolve(file)).filter(Files::isRegularFile);
    if (path.isEmpty()) {
      System.out.println("[corpus] shared/corpus/text/" + file + " not found: test skipped");
    }
    assumeTrue(path.isPresent(), "corpus document " + file + " absent");
    Disclosure d = DisclosureReader.read(path.get());
    ValidationReport r = Validators.standard(Editions.nearestEmbedded(d.budget().budgetYear()))
        .validate(d.budget());
    return new Checked(d, r);
  }

  @Test
  void aShanghaiDistrictDepartmentBudgetInYuan() throws IOException {
    Checked c = check("sh-putuo-wanli-2024-budget.txt");
    DepartmentBudget b = c.budget();
    assertThat(b.profile().name()).isEqualTo("shanghai-department");
    assertThat(b.departmentName()).isEqualTo("上海市普陀区人民政府万里街道办事处");
    assertThat(b.budgetYear()).isEqualTo(2024);
    for (TableId id : new TableId[] {TableId.T1, TableId.T2, TableId.T3, TableId.T4, TableId.T5, TableId.T6}) {
      assertThat(b.presence(id)).as(id.toString()).isEqualTo(TablePresence.PRESENT);
    }
    // 表6/表7 注:…故本表为空表; 表9 says so too although it prints 47.91 (a real defect, below)
    assertThat(b.presence(TableId.T8)).isEqualTo(TablePresence.NO_DATA);
    assertThat(b.presence(TableId.T9)).isEqualTo(TablePresence.NO_DATA);
    assertThat(b.presence(TableId.T10)).isEqualTo(TablePresence.NO_DATA);
    // 合计 156,211,123 元 in 表2, 表3 and 表5, exact in 万元
    assertThat(c.total(TableId.T2)).isEqualTo(WanYuan.parse("15621.1123"));
    assertThat(c.total(TableId.T3)).isEqualTo(WanYuan.parse("15621.1123"));
    assertThat(c.total(TableId.T5)).isEqualTo(WanYuan.parse("15621.1123"));
    assertThat(b.table(TableId.T8).orElseThrow().printedLabel())
        .contains("表6 部门政府性基金预算支出功能分类预算表");
    // 表8 prints 301 2 and 301 7: 款 codes with one digit, kept as printed and reported
    assertThat(c.readerSays("code \"3012\" of \"津贴补贴\" is not a 部门经济分类 code")).isTrue();
    assertThat(c.readerSays("code \"3017\" of \"绩效工资\" is not a 部门经济分类 code")).isTrue();
    // 表9 prints its items on one line of amounts under them: 47.91 = 0 + 1.35 + 46.56 (25 + 21.56)
    assertThat(b.threePublicTable(TableId.T10).orElseThrow().total().orElseThrow().cells().get(0)
        .amountOrZero()).isEqualTo(WanYuan.parse("47.91"));
    assertThat(b.threePublicTable(TableId.T10).orElseThrow().rows()).hasSize(5);
    // Defects: 表9 says 故本表为空表 while printing 47.91 (D4); item 31 restates 住房公积金 350.35 as
    // 352.67 (N15); 表3 2120101 行政运行 carries 项目支出 (S3 ×2, soft); 国有资产 counted at 8月31日, the
    // Shanghai convention, not 12月31日 (S6).
    assertThat(c.defects()).containsExactlyEntriesOf(expected(
        "ERROR D4", 1, "ERROR N15", 1, "WARNING S3", 2, "WARNING S6", 1));
  }

  @Test
  void aShanghaiUnitBudgetInYuanWithDecimals() throws IOException {
    Checked c = check("sh-putuo-shangwuwei-2025-unit-budget.txt");
    DepartmentBudget b = c.budget();
    assertThat(b.profile().name()).isEqualTo("shanghai-unit");
    assertThat(b.departmentName()).isEqualTo("上海市普陀区商务委员会");
    assertThat(b.budgetYear()).isEqualTo(2025);
    assertThat(b.presence(TableId.T8)).isEqualTo(TablePresence.NO_DATA);
    // 合计 371,514,655.00 元
    assertThat(c.total(TableId.T2)).isEqualTo(WanYuan.parse("37151.4655"));
    assertThat(c.total(TableId.T5)).isEqualTo(WanYuan.parse("37151.4655"));
    // 表9 prints 3 amounts under its 7 items: which items are blank is not shown, so it is not read
    assertThat(b.threePublicTable(TableId.T10).orElseThrow().rowCount()).isZero();
    assertThat(c.defects()).containsExactlyEntriesOf(expected("WARNING S6", 1));
  }

  @Test
  void aCentralUniversityBudgetInWanYuan() throws IOException {
    Checked c = check("swu-2024-budget.txt");
    DepartmentBudget b = c.budget();
    assertThat(b.profile().name()).isEqualTo("central-department");
    assertThat(b.departmentName()).isEqualTo("西南大学");
    assertThat(b.budgetYear()).isEqualTo(2024);
    assertThat(c.total(TableId.T3)).isEqualTo(WanYuan.parse("486554.95"));
    assertThat(c.total(TableId.T14)).isEqualTo(WanYuan.parse("244675.66"));
    assertThat(b.projectSheets()).hasSize(26);
    // the sheets print no 填报日期 (P11), name the ministry [105]教育部 as 主管部门 (P12) and 17 lack a
    // 成本指标 (P7): differences of the central template, reported as WARNINGs; no ERROR
    assertThat(c.defects()).containsExactlyEntriesOf(expected(
        "WARNING P11", 26, "WARNING P12", 26, "WARNING P7", 17));
  }

  @Test
  void aShanghaiUnitBudgetAsPageTextFindsEveryTable() throws IOException {
    Checked c = check("sh-putuo-shiquanlu-2026-unit-budget.pagetext.txt");
    DepartmentBudget b = c.budget();
    assertThat(b.profile().name()).isEqualTo("shanghai-unit");
    assertThat(b.departmentName()).isEqualTo("上海市普陀区人民政府石泉路街道办事处（本级）");
    assertThat(b.budgetYear()).isEqualTo(2026);
    for (TableId id : new TableId[] {TableId.T1, TableId.T2, TableId.T3, TableId.T4, TableId.T5,
        TableId.T6, TableId.T8, TableId.T10}) {
      assertThat(b.presence(id)).as(id.toString()).isEqualTo(TablePresence.PRESENT);
    }
    assertThat(b.presence(TableId.T9)).isEqualTo(TablePresence.NO_DATA);
    // page text does not show which cells are blank: the rows it cannot place are NOT_UNDERSTOOD,
    // never guessed, and the tables say so; rules over them lack the data (no invented sums)
    assertThat(b.table(TableId.T3).orElseThrow().rowsNotRead()).isEqualTo(65);
    assertThat(b.table(TableId.T5).orElseThrow().rowsNotRead()).isEqualTo(61);
    assertThat(c.report().outcomes().stream().filter(o -> o.rule().equals("T3.2")).findFirst()
        .orElseThrow().outcome()).isEqualTo(org.yusuan.budget.validation.Outcome.INSUFFICIENT_DATA);
    // Real defects: 5.40% printed where the figures give 5.38% (N16); years and bases of the
    // comparisons (N18 ×5); 类 210 named 医疗卫生与计划生育支出, its former name (N20); 国有资产 at
    // 8月31日, the Shanghai convention (S6).
    assertThat(c.defects()).containsExactlyEntriesOf(expected(
        "ERROR N16", 1, "WARNING N18", 5, "WARNING N20", 1, "WARNING S6", 1));
  }

  @Test
  void finalAccountsAreReadNotRefused() throws IOException {
    for (String file : new String[] {"sh-putuo-caizhengju-2024-final-accounts.txt",
        "swu-2024-final-accounts.txt"}) {
      Checked c = check(file);
      assertThat(c.budget().budgetYear()).as(file).isEqualTo(2024);
      assertThat(c.budget().departmentName()).as(file)
          .isIn("上海市普陀区财政局", "西南大学");
    }
  }
}
