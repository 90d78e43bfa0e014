package org.yusuan.budget.disclosure.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yusuan.budget.disclosure.Corpus;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.disclosure.ReadReport;

/**
 * Every PDF of {@code shared/corpus/pdf} reads to the model its {@code pdftotext -layout} text
 * ({@code text/}) reads to: the same department, year and template, the same tables (rows, cells,
 * printed precision, rows not read), the same narrative claims (their line aside) and the same
 * performance sheets. Skipped, with a notice, where the corpus is absent.
 *
 * <p>What differs is the lines, not the model, and there the PDF is the truth: the PDF reader shows
 * a vertical gap as fewer blank lines than pdftotext (skipped lines differ); it keeps on one line
 * what is printed on one baseline where pdftotext breaks it at a raised digit (swu-2024-budget's
 * 学研合作关系 paragraph: one line, not two); and it reads a line whose baseline lies less than a
 * point below the page's edge, printed and visible, which pdftotext drops (shangwuwei's page 3
 * ends with the 帮困对象粮油供应管理 line that page 4 prints again: one more line not understood).
 */
class PdfCorpusTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // name, pages, lines read, skipped, not understood (of the PDF), glyphs outside the page
      "sh-putuo-wanli-2024-budget, 33, 359, 455, 53, ''",
      "sh-putuo-shangwuwei-2025-unit-budget, 22, 196, 169, 51, 3=23 4=696",
      "swu-2024-budget, 45, 1083, 793, 114, ''",
      // the 决算 since issue J: read by their own templates (lines read, figures in CorpusDocumentsTest)
      "sh-putuo-caizhengju-2024-final-accounts, 25, 162, 346, 188, ''",
      // (the body's 一、学校概况 / （一）学校基本情况 end the contents, whose entries they repeat: not entries)
      "swu-2024-final-accounts, 22, 184, 467, 130, ''"})
  void thePdfReadsToTheModelOfItsText(String name, int pages, int read, int skipped,
      int notUnderstood, String outside) throws IOException {
    Path pdfFile = Corpus.require("pdf/" + name + ".pdf");
    Path textFile = Corpus.require("text/" + name + ".txt");
    Disclosure pdf = DisclosureReader.read(pdfFile);
    Disclosure text = DisclosureReader.read(textFile);

    assertThat(pdf.budget().departmentName()).isEqualTo(text.budget().departmentName());
    assertThat(pdf.budget().budgetYear()).isEqualTo(text.budget().budgetYear());
    assertThat(pdf.budget().profile()).isEqualTo(text.budget().profile());
    assertThat(pdf.budget().tables()).isEqualTo(text.budget().tables());
    assertThat(withoutLines(pdf)).isEqualTo(withoutLines(text));
    assertThat(pdf.budget().projectSheets()).isEqualTo(text.budget().projectSheets());
    assertThat(pdf.budget().departmentSheet()).isEqualTo(text.budget().departmentSheet());

    assertThat(pdf.pages().orElseThrow().pages()).isEqualTo(pages);
    ReadReport r = pdf.report();
    assertThat(List.of(r.linesRead(), r.linesSkipped(), r.linesNotUnderstood()))
        .isEqualTo(List.of(read, skipped, notUnderstood));
    // shangwuwei sets its 主要职能 in full on page 3 and again on page 4, each running off the page
    assertThat(r.issues()).filteredOn(i -> i.message().startsWith("page "))
        .extracting(i -> i.message().replaceAll("page (\\d+): (\\d+) glyph.*", "$1=$2"))
        .containsExactlyElementsOf(outside.isEmpty() ? List.of() : List.of(outside.split(" ")));
  }

  /** The claims without the line they were read from (the PDF's lines are not the text's). */
  private static List<String> withoutLines(Disclosure d) {
    return d.budget().claims().stream()
        .map(c -> c.toString().replaceAll(", sourceLine=\\d+", ""))
        .collect(Collectors.toList());
  }
}
