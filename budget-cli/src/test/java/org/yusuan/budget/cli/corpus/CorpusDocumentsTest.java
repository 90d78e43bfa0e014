package org.yusuan.budget.cli.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.disclosure.ReadReport;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TablePresence;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.template.DocumentKind;
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

    /** The 文本质量 (Q) findings as {@code "rule line excerpt"}, in report order. */
    List<String> quality(boolean withLine) {
      return report.findings().stream().filter(f -> f.rule().startsWith("Q"))
          .map(f -> f.rule() + (withLine ? " " + f.location().line().orElseThrow() : "") + " "
              + f.location().row().orElseThrow())
          .toList();
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
    // 文本质量: the glossary's 上年结转 ends with a full stop typed twice (a real defect)
    assertThat(c.defects()).containsExactlyEntriesOf(expected(
        "WARNING P11", 26, "WARNING P12", 26, "WARNING P7", 17, "WARNING Q2", 1));
    assertThat(c.quality(true)).containsExactly("Q2 378 …途继续使用的资金。。");
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

  /**
   * Q6 (科目名称) judges the 类（类）款（款）项（项） of the Shanghai 编制说明 and the 类 of the statements by
   * 类, and finds every name as the tables print it: the one older 类 name (石泉路's 医疗卫生与计划生育支出
   * in a 预算) is N20's alone.
   */
  @Test
  void theNarrativesNamesOfClassesAreTheTablesNames() throws IOException {
    for (String file : List.of("sh-putuo-wanli-2024-budget.txt", "sh-putuo-shangwuwei-2025-unit-budget.txt",
        "sh-putuo-shiquanlu-2026-unit-budget.pagetext.txt", "sh-putuo-caizhengju-2024-final-accounts.txt")) {
      Checked c = check(file);
      assertThat(c.budget().claims()).as(file).anyMatch(cl -> !cl.functionNames().isEmpty());
      assertThat(c.report().outcome("Q6")).as(file).contains(org.yusuan.budget.validation.Outcome.PASS);
      assertThat(c.report().findingsOf("Q6")).as(file).isEmpty();
    }
  }

  /**
   * D5 (空表应注明): every all-blank grid of the corpus carries its 本表无数据 / 故本表为空表 (the Shanghai
   * 表八/表九, the 决算's F8/F9) or is a page-text table not read whole (石泉路, the 决算's F2/F3/F6).
   */
  @Test
  void everyEmptyGridOfTheCorpusSaysItIsEmpty() throws IOException {
    for (String file : List.of("sh-putuo-wanli-2024-budget.txt", "sh-putuo-shangwuwei-2025-unit-budget.txt",
        "sh-putuo-shiquanlu-2026-unit-budget.pagetext.txt", "sh-putuo-caizhengju-2024-final-accounts.txt",
        "swu-2024-budget.txt", "swu-2024-final-accounts.txt")) {
      assertThat(check(file).report().outcome("D5")).as(file).contains(org.yusuan.budget.validation.Outcome.PASS);
    }
  }

  /** The 决算 of the corpus as its text and as its PDF: both read to the same model (PdfCorpusTest). */
  private static Checked[] textAndPdf(String name) throws IOException {
    Checked text = check(name + ".txt");
    Optional<Path> pdf = org.yusuan.budget.disclosure.Corpus.dir()
        .map(c -> c.resolve("pdf/" + name + ".pdf")).filter(Files::isRegularFile);
    if (pdf.isEmpty()) {
      System.out.println("[corpus] shared/corpus/pdf/" + name + ".pdf not found: PDF not checked");
      return new Checked[] {text};
    }
    Disclosure d = DisclosureReader.read(pdf.get());
    return new Checked[] {text, new Checked(d, Validators.standard(
        Editions.nearestEmbedded(d.budget().budgetYear())).validate(d.budget()))};
  }

  private static List<String> cells(List<AmountCell> cells) {
    return cells.stream().map(AmountCell::toString).toList();
  }

  private static WanYuan wan(String amount) {
    return WanYuan.parse(amount);
  }

  /**
   * A Shanghai district 部门决算 (issue J; figures as J-corpus-notes A established them). Read: the
   * cover, 收入支出决算总表 (F1) whole, 一般公共预算财政拨款支出决算表 (F5) whole, the 三公 table (F7)
   * with its items as 预算数/决算数 column groups, F8/F9 declared empty. Not read, never guessed: 收入决算表
   * and 支出决算表 (F2/F3: headers cut into syllables, amounts of top-aligned cells on the line above
   * their row — no page shows which column an amount is in), 财政拨款收入支出决算总表 (F4: labels of both
   * sides wrap into each other's lines) and the 基本支出 table (F6: two halves side by side); each
   * records its rows not read, so the rules over them lack the data.
   */
  @Test
  void aShanghaiDistrictFinalAccounts() throws IOException {
    Checked[] both = textAndPdf("sh-putuo-caizhengju-2024-final-accounts");
    for (Checked c : both) {
      DepartmentBudget b = c.budget();
      assertThat(b.profile().name()).isEqualTo("shanghai-final-accounts");
      assertThat(b.profile().kind()).isEqualTo(DocumentKind.FINAL_ACCOUNTS);
      assertThat(b.departmentName()).isEqualTo("上海市普陀区财政局");
      assertThat(b.budgetYear()).isEqualTo(2024);
      for (TableId id : new TableId[] {TableId.F1, TableId.F2, TableId.F3, TableId.F4, TableId.F5,
          TableId.F6, TableId.F7}) {
        assertThat(b.presence(id)).as(id.toString()).isEqualTo(TablePresence.PRESENT);
      }
      // 注：…无政府性基金预算财政拨款支出，故本表无数据 (and 国有资本经营)
      assertThat(b.presence(TableId.F8)).isEqualTo(TablePresence.NO_DATA);
      assertThat(b.presence(TableId.F9)).isEqualTo(TablePresence.NO_DATA);

      SummaryTable f1 = b.summaryTable(TableId.F1).orElseThrow();
      assertThat(f1.rowsNotRead()).isZero();
      // 一…八 by source, then 使用非财政拨款结余（含专用结余）; 26 类 (not the budget's 30), then 结余分配
      assertThat(f1.incomeRows()).hasSize(9);
      assertThat(f1.incomeRows().get(0).amount().amountOrZero()).isEqualTo(wan("2940.05"));
      assertThat(f1.incomeRows().get(7).amount().amountOrZero()).isEqualTo(wan("6.20"));
      assertThat(f1.categoryRows()).hasSize(27);
      // 类 208 prints 326.71 here and 326.72 in the detail tables (a rounding the notes explain)
      assertThat(f1.categoryRows().get(7).cells().get(0).amountOrZero()).isEqualTo(wan("326.71"));
      assertThat(f1.currentYearTotal().orElseThrow().incomeAmount().amountOrZero())
          .isEqualTo(wan("2946.25"));
      assertThat(cells(f1.currentYearTotal().orElseThrow().cells())).containsExactly("2940.05");
      assertThat(f1.carryOver().orElseThrow().incomeAmount().amountOrZero()).isEqualTo(wan("49.14"));
      assertThat(cells(f1.carryOver().orElseThrow().cells())).containsExactly("55.34");
      assertThat(f1.grandTotal().orElseThrow().incomeAmount().amountOrZero())
          .isEqualTo(wan("2995.39"));
      assertThat(cells(f1.grandTotal().orElseThrow().cells())).containsExactly("2995.39");

      FunctionTable f5 = b.functionTable(TableId.F5).orElseThrow();
      assertThat(f5.rows()).hasSize(19);
      assertThat(f5.rowsNotRead()).isZero();
      assertThat(cells(f5.total().orElseThrow().cells()))
          .containsExactly("2940.05", "2336.91", "603.14");
      assertThat(cells(f5.rows().get(2).cells())).containsExactly("1511.89", "1503.52", "8.37");

      assertThat(b.functionTable(TableId.F2).orElseThrow().rowsNotRead()).isEqualTo(20);
      assertThat(b.functionTable(TableId.F2).orElseThrow().total()).isEmpty();
      assertThat(b.functionTable(TableId.F3).orElseThrow().rowsNotRead()).isEqualTo(26);
      assertThat(b.functionTable(TableId.F3).orElseThrow().rows()).isEmpty();
      // F4: its cut labels (二、政府性基金预算财政拨 / 款) no longer end the table; its 22 labels without
      // amounts are read, the 9 lines with amounts fit no column the page shows (its header is cut into
      // syllables) and are not read
      SummaryTable f4 = b.summaryTable(TableId.F4).orElseThrow();
      assertThat(f4.rowsNotRead()).isEqualTo(9);
      assertThat(f4.categoryRows()).hasSize(22);
      assertThat(f4.categoryRows()).allSatisfy(r -> assertThat(cells(r.cells())).containsOnly(""));
      assertThat(b.table(TableId.F6).orElseThrow().rowsNotRead()).isEqualTo(23);

      // 预算数 0.95 under 合计 and under 公务接待费 (by the headings they overlap), every 决算数 blank
      ThreePublicTable f7 = b.threePublicTable(TableId.F7).orElseThrow();
      assertThat(f7.rowsNotRead()).isZero();
      assertThat(cells(f7.total().orElseThrow().cells())).containsExactly("0.95", "");
      assertThat(f7.rows()).extracting(r -> r.item().orElseThrow()).containsExactly(
          ThreePublicItem.OVERSEAS_TRAVEL, ThreePublicItem.VEHICLES, ThreePublicItem.VEHICLE_PURCHASE,
          ThreePublicItem.VEHICLE_OPERATION, ThreePublicItem.OFFICIAL_RECEPTION);
      assertThat(f7.rows()).extracting(r -> cells(r.cells())).containsExactly(List.of("", ""),
          List.of("", ""), List.of("", ""), List.of("", ""), List.of("0.95", ""));
      // the narrative (第三部分 …部门决算情况说明): 96 claims; its 一般公共服务支出 占71.73% is 71.65%
      // (2,106.66 / 2,940.05), a real defect; its 财政拨款收入支出总计 0.3万元 (the table: 2,961.68)
      // is not checked while F4 is not read; its “无…三公” agrees with F7's blank 决算数
      assertThat(b.claims()).hasSize(96);
      // 文本质量: the 目录 lists 十一、其他重要事项说明, the body heads it 十一、其他重要事项的情况说明 (Q7)
      assertThat(c.defects()).containsExactlyEntriesOf(expected("ERROR J22", 1, "WARNING Q7", 1));
      assertThat(c.quality(false)).containsExactly("Q7 十一、其他重要事项说明");
    }
    ReadReport text = both[0].disclosure().report();
    assertThat(List.of(text.linesRead(), text.linesSkipped(), text.linesNotUnderstood()))
        .containsExactly(162, 357, 219);
  }

  /**
   * A university's 部门决算 (issue J; J-corpus-notes B). Read: the cover (`西南大学 2024 年度部门决算`, not
   * the date `2025 年 8 月`), 表1 whole (合计 609,139.01 its grand total), 表3 and 表4 whole — names printed
   * centred around their code line joined (超长期特别国债 / 安排的支出), 表4's 合计 on the header's last line.
   * Not read: 表2 (headers cut into syllables over five lines, no row prints every column: which column
   * an amount is in is not shown).
   */
  @Test
  void aUniversityFinalAccounts() throws IOException {
    Checked[] both = textAndPdf("swu-2024-final-accounts");
    for (Checked c : both) {
      DepartmentBudget b = c.budget();
      assertThat(b.profile().name()).isEqualTo("university-final-accounts");
      assertThat(b.departmentName()).isEqualTo("西南大学");
      assertThat(b.budgetYear()).isEqualTo(2024);
      assertThat(b.profile().ids()).containsExactly(TableId.F1, TableId.F2, TableId.F3, TableId.F10);
      SummaryTable f1 = b.summaryTable(TableId.F1).orElseThrow();
      assertThat(f1.printedNumber()).contains("表1");
      // 一、财政拨款收入 and its 其中 … 六、其他收入 and its 其中, then 使用非财政拨款结余（含专用结余）
      assertThat(f1.incomeRows()).hasSize(9);
      assertThat(f1.incomeRows().get(8).amount().amountOrZero()).isEqualTo(wan("24990.38"));
      assertThat(f1.categoryRows()).hasSize(27);
      assertThat(cells(f1.categoryRows().get(26).cells())).containsExactly("4335.69"); // 结余分配
      assertThat(f1.currentYearTotal().orElseThrow().incomeAmount().amountOrZero())
          .isEqualTo(wan("477447.73"));
      assertThat(cells(f1.currentYearTotal().orElseThrow().cells())).containsExactly("481483.46");
      assertThat(f1.carryOver().orElseThrow().incomeAmount().amountOrZero())
          .isEqualTo(wan("106700.90"));
      assertThat(cells(f1.carryOver().orElseThrow().cells())).containsExactly("123319.86");
      assertThat(f1.grandTotal().orElseThrow().incomeLabel()).isEqualTo("合计");
      assertThat(f1.grandTotal().orElseThrow().incomeAmount().amountOrZero())
          .isEqualTo(wan("609139.01"));

      FunctionTable f3 = b.functionTable(TableId.F3).orElseThrow();
      assertThat(f3.rows()).hasSize(27);
      assertThat(f3.rowsNotRead()).isZero();
      assertThat(cells(f3.total().orElseThrow().cells()))
          .containsExactly("481483.46", "367180.56", "114302.90", "", "", "");
      assertThat(f3.rows().get(8).printedName()).isEqualTo("超长期特别国债安排的支出");
      assertThat(cells(f3.rows().get(8).cells()))
          .containsExactly("6304.68", "", "6304.68", "", "", "");
      assertThat(f3.rows().get(18).printedName()).isEqualTo("机关事业单位基本养老保险缴费支出");

      FunctionTable f10 = b.functionTable(TableId.F10).orElseThrow();
      assertThat(f10.rows()).hasSize(27);
      assertThat(f10.rowsNotRead()).isZero();
      assertThat(cells(f10.total().orElseThrow().cells()))
          .containsExactly("266783.56", "209899.51", "56884.05", "20466.13");
      assertThat(f10.rows().get(15).printedName()).isEqualTo("实验室及相关设施");
      assertThat(cells(f10.rows().get(15).cells()))
          .containsExactly("1165.07", "", "1165.07", "265.07");
      assertThat(f10.rows().get(16).printedName()).isEqualTo("社会保障和就业支出");
      assertThat(c.total(TableId.F10)).isEqualTo(wan("266783.56"));

      FunctionTable f2 = b.functionTable(TableId.F2).orElseThrow();
      assertThat(f2.rows()).isEmpty();
      assertThat(f2.rowsNotRead()).isEqualTo(32);
      // the 决算报表说明: 78 claims; 授予小微企业 7,295.12 of 中小企业 12,127.08 is 60.16%, printed 60.02%
      assertThat(b.claims()).hasSize(78);
      assertThat(c.defects()).containsExactlyEntriesOf(expected("ERROR J33", 1));
    }
    ReadReport text = both[0].disclosure().report();
    assertThat(List.of(text.linesRead(), text.linesSkipped(), text.linesNotUnderstood()))
        .containsExactly(186, 221, 130); // the body's 一、学校概况 / （一）学校基本情况 end the contents they repeat
  }
}
