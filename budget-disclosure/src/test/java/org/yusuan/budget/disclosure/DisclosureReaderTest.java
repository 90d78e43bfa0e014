package org.yusuan.budget.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;

class DisclosureReaderTest {

  @ParameterizedTest
  @CsvSource({"000, 临汾市规划和自然资源局, 2024", "001, 兴县自然资源局, 2025",
      "003, 泽州县自然资源局, 2025"})
  void coverGivesDepartmentAndYear(String seed, String department, int year) {
    Disclosure d = Seeds.read(seed);
    assertThat(d.budget().departmentName()).isEqualTo(department);
    assertThat(d.budget().budgetYear()).isEqualTo(year);
    assertThat(d.report().lines()).hasSize(Seeds.text(seed).split("\n", -1).length
        - (Seeds.text(seed).endsWith("\n") ? 1 : 0));
  }

  @ParameterizedTest
  @CsvSource({"000", "001", "003"})
  void everyLineIsAccountedForOnce(String seed) {
    ReadReport r = Seeds.read(seed).report();
    assertThat(r.linesRead() + r.linesSkipped() + r.linesNotUnderstood())
        .isEqualTo(r.lines().size());
    java.util.Set<Integer> warned = new java.util.HashSet<>();
    r.issues().forEach(i -> warned.add(i.line()));
    for (LineRecord l : r.lines(LineDisposition.NOT_UNDERSTOOD)) {
      assertThat(warned).as("a warning for not-understood line %d", l.line()).contains(l.line());
    }
  }

  @Test
  void functionAndSummaryTablesOf003AreReadAsPrinted() {
    Disclosure d = Seeds.read("003");
    FunctionTable t3 = d.budget().functionTable(TableId.T3).orElseThrow();
    assertThat(t3.total().orElseThrow().cells()).extracting(Object::toString)
        .containsExactly("13487.42", "3950.40", "9537.02");
    FunctionRow row = t3.row(FunctionCode.parse("2200199")).orElseThrow();
    assertThat(row.printedName()).isEqualTo("其他自然资源事务支出");
    assertThat(t3.cell(row, AmountColumn.BASIC).isEmpty()).isTrue();
    SummaryTable t1 = d.budget().summaryTable(TableId.T1).orElseThrow();
    assertThat(t1.categoryRows()).hasSize(30).allSatisfy(c -> assertThat(c.code()).isPresent());
    assertThat(t1.category(FunctionCode.parse("224")).orElseThrow().printedName())
        .isEqualTo("二十三、灾害防治及应急管理支出"); // printed as "应 急": wrapping space removed
    assertThat(t1.grandTotal().orElseThrow().incomeAmount().amountOrZero())
        .isEqualTo(WanYuan.parse("13487.42"));
    SummaryTable t4 = d.budget().summaryTable(TableId.T4).orElseThrow();
    assertThat(t4.carryOverByFund()).hasSize(3);
    assertThat(d.provenance().line("T3", "2200199")).contains(185);
    assertThat(d.provenance().titleLine("T1")).contains(78);
  }

  @Test
  void rowsThatLostACellAfterAPageBreakAreReanchoredAndReported() {
    Disclosure d = Seeds.read("000");
    FunctionTable t2 = d.budget().functionTable(TableId.T2).orElseThrow();
    FunctionRow row = t2.row(FunctionCode.parse("21211")).orElseThrow();
    assertThat(t2.cell(row, AmountColumn.GOVERNMENT_FUND).amountOrZero())
        .isEqualTo(WanYuan.parse("18963.98"));
    assertThat(t2.cell(row, AmountColumn.UNIT_FUNDS).isEmpty()).isTrue();
    assertThat(t2.cell(row, AmountColumn.CARRY_OVER).amountOrZero())
        .isEqualTo(WanYuan.parse("4600.00"));
    assertThat(issueAt(d, 181)).hasValueSatisfying(i -> {
      assertThat(i.level()).isEqualTo(ReadIssue.Level.INFO);
      assertThat(i.message()).contains("re-anchored");
    });
  }

  @Test
  void aDamagedCodeIsKeptAsPrintedWithAWarning() {
    Disclosure d = Seeds.read("001");
    FunctionTable t3 = d.budget().functionTable(TableId.T3).orElseThrow();
    assertThat(t3.rows()).anySatisfy(r -> {
      assertThat(r.printedCode()).isEqualTo("2101");
      assertThat(r.code()).isEmpty();
    });
    assertThat(issueAt(d, 183)).hasValueSatisfying(i ->
        assertThat(i.level()).isEqualTo(ReadIssue.Level.WARNING));
  }

  /** The first issue reported at {@code line} (a plain search: AssertJ's anySatisfy is slow here). */
  private static java.util.Optional<ReadIssue> issueAt(Disclosure d, int line) {
    return d.report().issues().stream().filter(i -> i.line() == line).findFirst();
  }

  @Test
  void pageMarksAndTheTableOfContentsAreSkippedWithReasons() {
    ReadReport r = Seeds.read("001").report();
    assertThat(r.lines().get(2).reason()).isEqualTo("review stamp 仅供内部审核");
    assertThat(r.lines().get(920).reason()).isEqualTo("page number");
    assertThat(r.lines().get(28).reason()).isEqualTo("table of contents");
    assertThat(r.lines().get(10).disposition()).isEqualTo(LineDisposition.READ);
  }

  @Test
  void textThatIsNoDisclosureFailsClearly() {
    assertThatThrownBy(() -> DisclosureReader.read(new StringReader("hello\nworld\n"), "x.txt"))
        .isInstanceOf(DisclosureFormatException.class)
        .hasMessageStartingWith("x.txt: no budget year");
  }

  @Test
  void aFileThatIsNeitherUtf8NorGb18030FailsNamingTheFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.txt");
    // line 1 ends inside a two-byte GB18030 character (b8 then a newline); 0xff is UTF-8 nowhere
    Files.write(file, new byte[] {(byte) 0xd5, (byte) 0xfe, (byte) 0xb8, 0x0a, (byte) 0xff});
    assertThatThrownBy(() -> DisclosureReader.read(file))
        .isInstanceOf(DisclosureFormatException.class)
        .hasMessageContaining("bad.txt")
        .hasMessageContaining("neither UTF-8 (line 1 is not) nor GB18030 (line 1 is not)");
  }

  @Test
  void gb18030AndBomTextReadsAsItsUtf8Twin(@TempDir Path dir) throws IOException {
    String text = "某某局\n\n2026年度部门预算公开\n";
    Path gbk = dir.resolve("gbk.txt");
    Files.write(gbk, text.getBytes(java.nio.charset.Charset.forName("GB18030")));
    Path bom = dir.resolve("bom.txt");
    Files.write(bom, ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Disclosure utf8 = DisclosureReader.read(new StringReader(text), "t");
    assertThat(utf8.budget().departmentName()).isEqualTo("某某局");
    assertThat(DisclosureReader.read(gbk).budget()).isEqualTo(utf8.budget());
    assertThat(DisclosureReader.read(bom).budget()).isEqualTo(utf8.budget());
    assertThat(DisclosureReader.read(gbk).report().lines()).hasSameSizeAs(utf8.report().lines());
  }

  @Test
  void aCoverWithoutTablesStillReads() throws IOException {
    Disclosure d = DisclosureReader.read(new StringReader("某某局\n\n2026年度部门预算公开\n"), "t");
    assertThat(d.budget().budgetYear()).isEqualTo(2026);
    assertThat(d.budget().tables()).isEmpty();
    assertThat(d.report().linesRead()).isEqualTo(2);
  }

  /** Found by fuzzing (seed 1234050761200339222): a tag that only looks like {@code <td>}. */
  @Test
  void aTagThatOnlyLooksLikeATdIsTextNotACellBoundary() throws IOException {
    String text = String.join("\n", "某局", "2025年度部门预算公开",
        "泽州县(区)级预算部门(单位)项目支出绩效目标表",
        "<tdspan=\"2\">",
        "项目名称\t测试项目\t\t\t\t\t",
        "主管部门及代码\t080-某局\t\t\t实施单位\t某局\t\t");
    Disclosure d = DisclosureReader.read(new StringReader(text), "t");
    assertThat(d.report().lines()).hasSize(6);
    assertThat(org.yusuan.budget.disclosure.text.SourceLine.of(4, "<tdspan=\"2\">").cells())
        .containsExactly("<tdspan=\"2\">");
    assertThat(org.yusuan.budget.disclosure.text.SourceLine.of(4, "a<td colspan=\"2\">b</td>").cells())
        .containsExactly("a", "b");
  }

  /** Another template (an older 单位预算 with numbered titles): read as far as understood, the rest reported. */
  @Test
  void anotherLayoutIsReadAsFarAsUnderstoodAndTheRestReported() throws IOException {
    String text = String.join("\n", "某县某中心", "2019年度单位预算公开", "",
        "表1 收支预算总表", "单位：万元", "收入\t\t支出\t",
        "一、财政拨款\t120.00\t一、一般公共服务支出\t120.00",
        "2019年预算支出总表", "部门名称：某县某中心", "单位：万元",
        "科目编码\t科目名称\t合计\t基本支出\t项目支出",
        "合计\t\t120.00\t100.00\t20.00",
        "201\t一般公共服务支出\t120.00\t100.00\t20.00");
    Disclosure d = DisclosureReader.read(new StringReader(text), "old.txt");
    assertThat(d.budget().budgetYear()).isEqualTo(2019);
    assertThat(d.budget().departmentName()).isEqualTo("某县某中心");
    assertThat(d.budget().presence(TableId.T3)).isEqualTo(org.yusuan.budget.table.TablePresence.PRESENT);
    assertThat(d.budget().presence(TableId.T1)).isEqualTo(org.yusuan.budget.table.TablePresence.ABSENT);
    ReadReport r = d.report();
    // the numbered title and its rows are not understood, each with a warning naming its line
    for (int line : new int[] {4, 6, 7}) {
      assertThat(r.lines().get(line - 1).disposition()).as("line %d", line)
          .isEqualTo(LineDisposition.NOT_UNDERSTOOD);
      assertThat(issueAt(d, line)).isPresent();
    }
    assertThat(r.lines().get(12).disposition()).isEqualTo(LineDisposition.READ);
  }

  /** 表一: expenditure amounts printed without their 类 label are reported, not dropped. */
  @Test
  void summaryAmountsWithoutTheirLabelAreNotUnderstood() throws IOException {
    String text = String.join("\n", "某局", "2025年度部门预算公开", "2025年预算收支总表", "单位：万元",
        "收入\t\t支出\t\t\t", "项目\t2025年\t项目\t2025年合计\t当年预算安排\t上年结转安排",
        "一、一般公共预算\t100.00\t一、一般公共服务支出\t100.00\t100.00\t",
        "二、政府性基金预算\t\t\t7.00\t7.00\t");
    Disclosure d = DisclosureReader.read(new StringReader(text), "t");
    SummaryTable t1 = d.budget().summaryTable(TableId.T1).orElseThrow();
    assertThat(t1.incomeRows()).hasSize(1);
    assertThat(t1.categoryRows()).hasSize(1);
    assertThat(d.report().lines().get(7).disposition()).isEqualTo(LineDisposition.NOT_UNDERSTOOD);
    assertThat(issueAt(d, 8)).hasValueSatisfying(i ->
        assertThat(i.message()).isEqualTo("expenditure amounts without their 项目 label"));
  }

  /** A second 合计 row in a 支出功能分类 table is reported; the first stays (it used to be replaced). */
  @Test
  void aSecondTotalRowIsNotUnderstood() throws IOException {
    String text = String.join("\n", "某局", "2025年度部门预算公开", "2025年预算支出总表", "单位：万元",
        "科目编码\t科目名称\t合计\t基本支出\t项目支出",
        "合计\t\t10.00\t10.00\t", "201\t一般公共服务支出\t10.00\t10.00\t",
        "合计\t\t99.00\t99.00\t");
    Disclosure d = DisclosureReader.read(new StringReader(text), "t");
    FunctionTable t3 = d.budget().functionTable(TableId.T3).orElseThrow();
    assertThat(t3.total().orElseThrow().cells().get(0).toString()).isEqualTo("10.00");
    assertThat(d.report().lines().get(7).disposition()).isEqualTo(LineDisposition.NOT_UNDERSTOOD);
  }
}
