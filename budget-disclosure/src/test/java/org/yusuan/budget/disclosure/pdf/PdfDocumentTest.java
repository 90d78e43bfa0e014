package org.yusuan.budget.disclosure.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.disclosure.LineRecord;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;

/**
 * A disclosure drawn as a PDF (CJK text in an embedded font, ruled table cells, a table continued on
 * the next page, page numbers, a name wrapping inside its cell) reads to the tables its tab-separated
 * text gives, and cites {@code page:line}.
 */
class PdfDocumentTest {
  private static final String TABS = "某某局\n2025年度部门预算公开\n"
      + "2025年预算支出总表\n部门名称：某某局\n单位：万元\n"
      + "科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
      + "201\t一般公共服务支出\t90.00\t80.00\t10.00\n"
      + "20101\t人大事务\t90.00\t80.00\t10.00\n"
      + "2010101\t行政运行\t80.00\t80.00\t\n"
      + "2010199\t其他人大事务支出\t10.00\t\t10.00\n"
      + "205\t教育支出\t20.00\t\t20.00\n"
      + "20599\t其他教育支出\t20.00\t\t20.00\n"
      + "2059999\t其他教育支出（含学前教育和特殊教育补助）\t20.00\t\t20.00\n"
      + "合计\t\t110.00\t80.00\t30.00\n";

  /** Column edges of the drawn table: code, name, and three amounts (right ends). */
  private static final float[] RULES = {35, 100, 250, 330, 410, 490};

  static PdfMaker drawn() {
    PdfMaker pdf = new PdfMaker().page()
        .text(260, 200, 18, "某某局")
        .text(180, 240, 22, "2025年度部门预算公开")
        .page()
        .text(210, 60, 16, "2025年预算支出总表")
        .text(40, 90, 10, "部门名称：某某局")
        .text(40, 105, 10, "单位：万元");
    header(pdf, 130);
    row(pdf, 150, "201", "一般公共服务支出", "90.00", "80.00", "10.00");
    row(pdf, 170, "20101", "人大事务", "90.00", "80.00", "10.00");
    row(pdf, 190, "2010101", "行政运行", "80.00", "80.00", "");
    row(pdf, 210, "2010199", "其他人大事务支出", "10.00", "", "10.00");
    rules(pdf, 118, 218);
    pdf.text(290, 800, 9, "2");
    // the table goes on over the page: rows only, then the total
    pdf.page();
    row(pdf, 60, "205", "教育支出", "20.00", "", "20.00");
    row(pdf, 80, "20599", "其他教育支出", "20.00", "", "20.00");
    // a name wrapping inside its cell: two lines of the cell, the amounts on the first
    row(pdf, 100, "2059999", "其他教育支出（含学前", "20.00", "", "20.00");
    pdf.text(RULES[1] + 4, 112, 10, "教育和特殊教育补助）");
    row(pdf, 132, "", "合计", "110.00", "80.00", "30.00");
    rules(pdf, 48, 140);
    pdf.text(290, 800, 9, "3");
    return pdf;
  }

  private static void header(PdfMaker pdf, float y) {
    pdf.text(RULES[0] + 4, y, 10, "科目编码").text(RULES[1] + 4, y, 10, "科目名称")
        .text(RULES[2] + 30, y, 10, "合计").text(RULES[3] + 20, y, 10, "基本支出")
        .text(RULES[4] + 20, y, 10, "项目支出");
  }

  private static void row(PdfMaker pdf, float y, String code, String name, String... amounts) {
    if (!code.isEmpty()) {
      pdf.text(RULES[0] + 4, y, 10, code);
    }
    pdf.text(RULES[1] + 4, y, 10, name);
    for (int k = 0; k < amounts.length; k++) {
      if (!amounts[k].isEmpty()) {
        pdf.right(RULES[k + 3] - 4, y, 10, amounts[k]);
      }
    }
  }

  private static void rules(PdfMaker pdf, float top, float bottom) {
    for (float x : RULES) {
      pdf.vertical(x, top, bottom);
    }
    pdf.horizontal(top, RULES[0], RULES[RULES.length - 1]);
    pdf.horizontal(bottom, RULES[0], RULES[RULES.length - 1]);
  }

  private static Disclosure readPdf(Path dir, byte[] pdf, String name) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, pdf);
    return DisclosureReader.read(file);
  }

  @Test
  void aDrawnTableReadsToTheTableItsTabSeparatedTextGives(@TempDir Path dir) throws IOException {
    Disclosure text = DisclosureReader.read(new StringReader(TABS), "tabs");
    Disclosure pdf = readPdf(dir, drawn().bytes(), "budget.pdf");
    FunctionTable t3 = pdf.budget().functionTable(TableId.T3).orElseThrow();
    assertThat(t3).isEqualTo(text.budget().functionTable(TableId.T3).orElseThrow());
    assertThat(t3.rows()).hasSize(7);
    assertThat(t3.rows().get(6).printedName()).isEqualTo("其他教育支出（含学前教育和特殊教育补助）");
    assertThat(pdf.budget().departmentName()).isEqualTo("某某局");
    assertThat(pdf.budget().budgetYear()).isEqualTo(2025);
    assertThat(pdf.report().lines(LineDisposition.NOT_UNDERSTOOD)).isEmpty();
  }

  @Test
  void pageNumbersArePageMarksAndLinesAreCitedByPageAndLine(@TempDir Path dir) throws IOException {
    Disclosure pdf = readPdf(dir, drawn().bytes(), "budget.pdf");
    assertThat(pdf.pages()).isPresent();
    assertThat(pdf.pages().orElseThrow().pages()).isEqualTo(3);
    LineRecord total = pdf.report().lines().stream()
        .filter(l -> l.text().contains("110.00")).findFirst().orElseThrow();
    assertThat(pdf.position(total.line())).startsWith("3:");
    LineRecord title = pdf.report().lines().stream()
        .filter(l -> l.text().contains("预算支出总表")).findFirst().orElseThrow();
    assertThat(pdf.position(title.line())).isEqualTo("2:1");
    assertThat(pdf.report().lines()).filteredOn(l -> l.text().strip().equals("2"))
        .extracting(LineRecord::disposition).containsExactly(LineDisposition.SKIPPED);
  }

  @Test
  void aPdfIsKnownByItsContentNotItsName(@TempDir Path dir) throws IOException {
    Disclosure named = readPdf(dir, drawn().bytes(), "budget.txt");
    assertThat(named.pages()).isPresent();
    assertThat(named.budget().functionTable(TableId.T3)).isPresent();
    Path text = dir.resolve("text.pdf");
    Files.writeString(text, TABS);
    Disclosure read = DisclosureReader.read(text);
    assertThat(read.pages()).isEmpty();
    assertThat(read.position(3)).isEqualTo("3");
    assertThat(read.budget().functionTable(TableId.T3)).isPresent();
  }
}
