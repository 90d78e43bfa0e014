package org.yusuan.budget.disclosure;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.disclosure.pdf.PdfHeader;
import org.yusuan.budget.disclosure.pdf.PdfReader;
import org.yusuan.budget.disclosure.pdf.PdfText;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.SourceText;
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.text.TextEncoding;
import org.yusuan.budget.text.UndecodableTextException;

/**
 * Reads a published 部门预算公开, its PDF or its text (tab-separated, space-aligned as {@code pdftotext
 * -layout} makes it, or page text), into a {@link Disclosure}: the {@link org.yusuan.budget.document.DepartmentBudget} and a {@link
 * ReadReport} accounting for every line.
 *
 * <pre>{@code
 * Disclosure d = DisclosureReader.read(Path.of("某县某局2025.txt"));
 * d.budget().functionTable(TableId.T3);          // the tables, as printed
 * d.report().linesNotUnderstood();               // 0 when every line was understood
 * }</pre>
 *
 * <p>Tables are found by their titles against a template ({@link TableProfile}): the built-in template
 * the document follows, detected from its titles and marker phrases, unless the caller names one
 * ({@link org.yusuan.budget.template.Templates}). A document of an unknown template is read as far as
 * its titles are known. What the reader does not understand is kept in the report as a warning with its line;
 * it never throws for content, only for text that is no disclosure at all ({@link
 * DisclosureFormatException}) or for I/O ({@link IOException}). Stateless and thread-safe.
 */
public final class DisclosureReader {
  private DisclosureReader() {}

  /**
   * Reads a PDF or a text file (told apart by content: {@code %PDF-} opens a PDF), detecting its
   * template. A text is UTF-8, else GB18030/GBK ({@link TextEncoding}); a byte-order mark is dropped. A
   * PDF needs Apache PDFBox on the class path (an optional dependency).
   *
   * @param file a 部门预算公开 as a PDF, or as text in one of the layouts the class comment names
   * @return the budget as printed, the account of every line, and where each row was printed
   * @throws IOException if the file cannot be read
   * @throws DisclosureFormatException if the file is neither UTF-8 nor GB18030 text nor a readable PDF
   *     (see {@link PdfReader}), or names no budget year or department
   */
  public static Disclosure read(Path file) throws IOException {
    return read(file, Optional.empty(), Optional.empty());
  }

  /**
   * Reads a PDF or text file whose tables follow {@code profile}, checking its names against the
   * catalog edition embedded for the budget year.
   *
   * @param file a 部门预算公开 as a PDF or as text
   * @param profile the template the document follows; no template is detected
   * @return the budget as printed, the account of every line, and where each row was printed
   * @throws IOException if the file cannot be read
   * @throws DisclosureFormatException if the file is no readable text or PDF, or names no budget year
   *     or department
   */
  public static Disclosure read(Path file, TableProfile profile) throws IOException {
    return read(file, Optional.of(profile), Optional.empty());
  }

  /**
   * Reads a PDF or text file whose tables follow {@code template} (detected when empty), checking its
   * names against {@code catalog} (the edition embedded for the budget year when empty).
   *
   * @param file a 部门预算公开 as a PDF or as text
   * @param template the template the document follows, or empty to detect it from its titles
   * @param catalog the catalog edition to check names against, or empty for the one embedded for the
   *     budget year read
   * @return the budget as printed, the account of every line, and where each row was printed
   * @throws IOException if the file cannot be read
   * @throws DisclosureFormatException if the file is no readable text or PDF (a PDF without PDFBox on
   *     the class path included), or names no budget year or department
   */
  public static Disclosure read(Path file, Optional<TableProfile> template, Optional<Edition> catalog)
      throws IOException {
    Objects.requireNonNull(file, "file");
    if (PdfHeader.isPdf(file)) {
      Objects.requireNonNull(template, "template");
      Objects.requireNonNull(catalog, "catalog");
      requirePdfBox(file.toString());
      return readPdf(PdfReader.read(file), file.toString(), template, catalog);
    }
    return read(Files.readAllBytes(file), file.toString(), template, catalog);
  }

  /**
   * Reads a document's bytes (a file's, or standard input's): a PDF when they open with {@code %PDF-},
   * else a UTF-8 or GB18030 text; {@code source} names it in the report.
   *
   * @param content the whole document; not modified
   * @param source the name the report and the findings cite (a file name; the command names
   *     standard input {@code <stdin>})
   * @param template the template the document follows, or empty to detect it from its titles
   * @param catalog the catalog edition to check names against, or empty for the one embedded for the
   *     budget year read
   * @return the budget as printed, the account of every line, and where each row was printed
   * @throws IOException if the PDF reader fails on the bytes
   * @throws DisclosureFormatException if the bytes are neither text nor a readable PDF, or name no
   *     budget year or department
   */
  public static Disclosure read(byte[] content, String source, Optional<TableProfile> template,
      Optional<Edition> catalog) throws IOException {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(catalog, "catalog");
    if (PdfHeader.isPdf(content)) {
      requirePdfBox(source);
      return readPdf(PdfReader.read(content, source), source, template, catalog);
    }
    TextEncoding.Decoded text;
    try {
      text = TextEncoding.decode(content);
    } catch (UndecodableTextException e) {
      throw new DisclosureFormatException(source, "not text: " + e.getMessage(), e);
    }
    return read(new StringReader(text.text()), source, template, catalog);
  }

  /**
   * A PDF: its pages laid out as aligned text ({@link org.yusuan.budget.disclosure.pdf.PdfReader}),
   * read like any text; findings cite {@code page:line}, and a page the PDF reader could not read is a
   * warning on that page's first line.
   */
  private static Disclosure readPdf(PdfText pdf, String source, Optional<TableProfile> template,
      Optional<Edition> catalog) throws IOException {
    Disclosure d = read(new StringReader(pdf.text()), source, template, catalog);
    PageIndex pages = pdf.index();
    List<ReadIssue> issues = new ArrayList<>(d.report().issues());
    for (PdfText.Note note : pdf.notes()) {
      issues.add(ImmutableReadIssue.builder().level(note.level()).line(pages.first(note.page()))
          .message(note.message().english()).messageZh(note.message().chinese()).text("").build());
    }
    return ImmutableDisclosure.copyOf(d).withPages(pages)
        .withReport(ImmutableReadReport.copyOf(d.report()).withIssues(issues));
  }

  private static void requirePdfBox(String source) {
    if (!pdfBoxPresent()) {
      throw new DisclosureFormatException(source, "a PDF: reading it needs Apache PDFBox"
          + " 3.0.x (org.apache.pdfbox:pdfbox) on the class path, beside budget-disclosure");
    }
  }

  private static boolean pdfBoxPresent() {
    try {
      Class.forName("org.apache.pdfbox.Loader", false, DisclosureReader.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * Reads text from {@code reader}, detecting its template; {@code source} names it in the report.
   *
   * @param reader the decoded text; read to its end, not closed
   * @param source the name the report and the findings cite, e.g. a file name
   * @return the budget as printed, the account of every line, and where each row was printed
   * @throws IOException if {@code reader} fails
   * @throws DisclosureFormatException if the text names no budget year or department
   */
  public static Disclosure read(Reader reader, String source) throws IOException {
    return read(reader, source, Optional.empty(), Optional.empty());
  }

  /**
   * Reads text from {@code reader} whose tables follow {@code profile}.
   *
   * @param reader the decoded text; read to its end, not closed
   * @param source the name the report and the findings cite, e.g. a file name
   * @param profile the template the document follows; no template is detected
   * @return the budget as printed, the account of every line, and where each row was printed
   * @throws IOException if {@code reader} fails
   * @throws DisclosureFormatException if the text names no budget year or department
   */
  public static Disclosure read(Reader reader, String source, TableProfile profile)
      throws IOException {
    return read(reader, source, Optional.of(profile), Optional.empty());
  }

  /**
   * Reads text from {@code reader} whose tables follow {@code template} (detected when empty),
   * checking its names against {@code catalog} (the edition embedded for the budget year when empty).
   *
   * @param reader the decoded text; read to its end, not closed
   * @param source the name the report and the findings cite, e.g. a file name
   * @param template the template the document follows, or empty to detect it from its titles
   * @param catalog the catalog edition to check names against, or empty for the one embedded for the
   *     budget year read
   * @return the budget as printed, the account of every line, and where each row was printed
   * @throws IOException if {@code reader} fails
   * @throws DisclosureFormatException if the text names no budget year or department
   */
  public static Disclosure read(Reader reader, String source, Optional<TableProfile> template,
      Optional<Edition> catalog) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(catalog, "catalog");
    List<SourceLine> lines = SourceText.lines(reader);
    return new DocumentReader(source, lines, template,
        catalog.isEmpty() ? Editions::nearestEmbedded : year -> catalog.get()).read();
  }
}
