package org.yusuan.budget.disclosure.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureFormatException;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.disclosure.ReadIssue;
import org.yusuan.budget.disclosure.ReaderMessage;

/** PDFs the test writes itself: what is read from each, and the clear error for each bad one. */
class PdfReaderTest {
  @Test
  void cjkTextInAnEmbeddedFontReadsAsAlignedLines() throws IOException {
    byte[] pdf = new PdfMaker().page()
        .text(200, 60, 16, "2025年预算支出总表")
        .text(40, 90, 10, "部门名称：某某局")
        .text(40, 130, 10, "科目名称").right(300, 130, 10, "合计")
        .text(40, 150, 10, "一般公共服务支出").right(300, 150, 10, "1,090.00")
        .text(40, 170, 10, "教育支出").right(300, 170, 10, "20.00")
        .bytes();
    PdfText text = PdfReader.read(pdf, "t.pdf");
    List<String> lines = text.pages().get(0);
    // cells apart by two spaces or more; a vertical gap of three ems and more shows as blank lines
    assertThat(lines).extracting(l -> List.of(l.strip().split("\\s{2,}"))).containsExactly(
        List.of("2025年预算支出总表"), List.of("部门名称：某某局"), List.of(""), List.of(""), List.of(""),
        List.of("科目名称", "合计"), List.of(""), List.of("一般公共服务支出", "1,090.00"), List.of(""),
        List.of("教育支出", "20.00"));
    // the amounts of one column end at one index
    assertThat(lines.get(7).length()).isEqualTo(lines.get(9).length());
    assertThat(text.notes()).isEmpty();
  }

  @Test
  void aRulingLineBetweenTouchingTextSeparatesCells() throws IOException {
    // two words a hair apart, a ruling between them: two cells, not one name
    byte[] ruled = new PdfMaker().page().text(40, 100, 10, "收入").text(61, 100, 10, "支出")
        .vertical(60.5f, 85, 105).bytes();
    byte[] plain = new PdfMaker().page().text(40, 100, 10, "收入").text(61, 100, 10, "支出")
        .bytes();
    assertThat(PdfReader.read(ruled, "r.pdf").pages().get(0)).containsExactly("收入  支出");
    assertThat(PdfReader.read(plain, "p.pdf").pages().get(0)).containsExactly("收入支出");
  }

  @Test
  void anOwnerPasswordAloneDoesNotStopReading() throws IOException {
    byte[] pdf = new PdfMaker().page().text(40, 100, 12, "某某局2025年度部门预算公开")
        .encrypted("owner-secret", "");
    assertThat(PdfReader.read(pdf, "o.pdf").pages().get(0))
        .containsExactly("某某局2025年度部门预算公开");
  }

  @Test
  void aUserPasswordIsAClearError() {
    byte[] pdf = new PdfMaker().page().text(40, 100, 12, "某某局").encrypted("owner", "user");
    assertThatThrownBy(() -> PdfReader.read(pdf, "u.pdf"))
        .isInstanceOf(DisclosureFormatException.class)
        .hasMessage("u.pdf: encrypted PDF that needs a user password to open; give the PDF"
            + " without it");
  }

  @Test
  void aScanWithoutTextIsRefusedNamingItsPages() {
    byte[] pdf = new PdfMaker().page().image(0, 0, 595, 842).page().image(0, 0, 595, 842).bytes();
    assertThatThrownBy(() -> PdfReader.read(pdf, "scan.pdf"))
        .isInstanceOf(DisclosureFormatException.class)
        .hasMessage("scan.pdf: no text layer: pages [1, 2] are images (a scan?); OCR is out of scope");
  }

  @Test
  void aScannedPageAmongPagesOfTextIsAWarningOnThatPage(@TempDir Path dir) throws IOException {
    byte[] pdf = new PdfMaker().page().text(100, 100, 12, "某某局")
        .text(100, 130, 12, "2025年度部门预算公开").page().image(0, 0, 595, 842).bytes();
    PdfText text = PdfReader.read(pdf, "mixed.pdf");
    assertThat(text.notes()).containsExactly(new PdfText.Note(2, ReadIssue.Level.WARNING,
        ReaderMessage.of("pdf.scanned", 2)));
    assertThat(text.notes().get(0).message().english())
        .isEqualTo("page 2: an image without text (a scan?): not read; OCR is out of scope");
    assertThat(text.notes().get(0).message().chinese())
        .isEqualTo("第 2 页：只有图像而无文字（扫描件？）：未读取；不做文字识别（OCR）");
    Path file = dir.resolve("mixed.pdf");
    Files.write(file, pdf);
    Disclosure d = DisclosureReader.read(file);
    assertThat(d.report().issues()).filteredOn(i -> i.message().startsWith("page 2:"))
        .singleElement().satisfies(i -> {
          assertThat(i.level()).isEqualTo(ReadIssue.Level.WARNING);
          assertThat(d.position(i.line())).isEqualTo("2:1");
        });
  }

  @Test
  void glyphsWithoutTextAreRefusedNamingThePage() throws IOException {
    byte[] pdf = UnmappedFont.pdf("ABCDEFGH");
    assertThatThrownBy(() -> PdfReader.read(pdf, "glyphs.pdf"))
        .isInstanceOf(DisclosureFormatException.class)
        .hasMessage("glyphs.pdf: page 1: 8 glyphs of Unmapped map to no text (the font has no"
            + " ToUnicode map); their text cannot be read without guessing");
  }

  @Test
  void textSetOutsideThePageIsNotReadAndSaidSo() throws IOException {
    byte[] pdf = new PdfMaker().page().text(40, 100, 12, "某某局")
        .text(40, -30, 12, "页外文字").text(40, 900, 12, "页外文字").bytes();
    PdfText text = PdfReader.read(pdf, "o.pdf");
    assertThat(text.pages().get(0)).containsExactly("某某局");
    assertThat(text.notes()).singleElement().satisfies(n -> {
      assertThat(n.page()).isEqualTo(1);
      assertThat(n.level()).isEqualTo(ReadIssue.Level.INFO);
      assertThat(n.message().english())
          .isEqualTo("page 1: 8 glyph(s) set outside the page's visible area are not read");
    });
  }

  @Test
  void aTruncatedPdfIsRefused() {
    byte[] pdf = new PdfMaker().page().text(40, 100, 12, "某某局").bytes();
    byte[] cut = Arrays.copyOf(pdf, pdf.length / 2);
    assertThatThrownBy(() -> PdfReader.read(cut, "cut.pdf"))
        .isInstanceOf(DisclosureFormatException.class)
        .hasMessage("cut.pdf: truncated PDF: no %%EOF in its last 1024 bytes; its pages could be"
            + " read only in part");
  }

  @Test
  void aCorruptPdfIsRefused() {
    byte[] junk = "%PDF-1.7\nthis is no PDF body at all\n%%EOF\n".getBytes(
        java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> PdfReader.read(junk, "junk.pdf"))
        .isInstanceOf(DisclosureFormatException.class)
        .hasMessageStartingWith("junk.pdf: not a readable PDF (");
  }

  @Test
  void bytesThatAreNoPdfAreRefused() {
    assertThatThrownBy(() -> PdfReader.read("hello".getBytes(), "h.pdf"))
        .isInstanceOf(DisclosureFormatException.class)
        .hasMessage("h.pdf: not a PDF: no %PDF- header in its first 1024 bytes");
  }

  @Test
  void aPdfThatIsNoDisclosureIsRefusedByTheReader(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("letter.pdf");
    Files.write(file, new PdfMaker().page().text(40, 100, 12, "会议通知").bytes());
    assertThatThrownBy(() -> DisclosureReader.read(file))
        .isInstanceOf(DisclosureFormatException.class)
        .hasMessageStartingWith(file + ": no budget year");
  }
}
