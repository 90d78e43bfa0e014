package org.yusuan.budget.disclosure.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.yusuan.budget.disclosure.DisclosureFormatException;
import org.yusuan.budget.disclosure.ReadIssue;
import org.yusuan.budget.disclosure.ReaderMessage;

/**
 * Reads a published PDF (Apache PDFBox) into {@link PdfText}: per page, glyphs with their positions
 * and the table ruling lines, laid out as aligned lines ({@link PageLayout}). One page is held at a
 * time. A PDF that cannot be read in full is refused with a {@link DisclosureFormatException} naming
 * the file and, where it lies in one, the page: a file that is no PDF or is truncated or corrupt, a
 * user password, glyphs that map to no text (their text would be guessed), or no text on any page (a
 * scan: OCR is out of scope). An owner password alone (printing or copying restricted) does not stop
 * reading. A page painted as an image among pages of text is reported in {@link PdfText#notes()}.
 */
public final class PdfReader {
  /** A page is refused when at least 1 in this many of its glyphs maps to no text. */
  private static final int UNMAPPED_SHARE = 50;

  private PdfReader() {}

  /**
   * Reads the PDF file {@code file}, one page at a time.
   *
   * @param file the PDF; the file name is the source named in errors
   * @return the text of every page, with notes on pages read only in part
   * @throws IOException if the file cannot be read
   * @throws DisclosureFormatException if the file is no PDF, is truncated or corrupt, needs a user
   *     password, maps too many glyphs to no text, or holds no text on any page
   */
  public static PdfText read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    checkComplete(source, tail(file));
    return read(new RandomAccessReadBufferedFile(file), source);
  }

  /**
   * Reads the PDF held in {@code pdf}; {@code source} names it in errors.
   *
   * @param pdf the whole PDF file's bytes; not modified
   * @param source the name errors and the report cite, e.g. a file name
   * @return the text of every page, with notes on pages read only in part
   * @throws IOException if closing the PDF fails (a PDF that cannot be loaded or whose page content
   *     cannot be read is a {@link DisclosureFormatException})
   * @throws DisclosureFormatException if the bytes are no PDF, are truncated or corrupt, need a user
   *     password, map too many glyphs to no text, or hold no text on any page
   */
  public static PdfText read(byte[] pdf, String source) throws IOException {
    Objects.requireNonNull(pdf, "pdf");
    Objects.requireNonNull(source, "source");
    if (!PdfHeader.isPdf(pdf)) {
      throw new DisclosureFormatException(source, "not a PDF: no %PDF- header in its first 1024 bytes");
    }
    int from = Math.max(0, pdf.length - PdfHeader.WINDOW);
    checkComplete(source, new String(pdf, from, pdf.length - from, StandardCharsets.ISO_8859_1));
    return read(new RandomAccessReadBuffer(pdf), source);
  }

  private static String tail(Path file) throws IOException {
    long size = Files.size(file);
    try (var channel = Files.newByteChannel(file)) {
      channel.position(Math.max(0, size - PdfHeader.WINDOW));
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) Math.min(size, PdfHeader.WINDOW));
      while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
        // read the tail in full
      }
      return new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
    }
  }

  /** A PDF ends with {@code %%EOF}; one that does not was cut short, and would be read in part. */
  private static void checkComplete(String source, String tail) {
    if (!tail.contains("%%EOF")) {
      throw new DisclosureFormatException(source,
          "truncated PDF: no %%EOF in its last 1024 bytes; its pages could be read only in part");
    }
  }

  private static PdfText read(RandomAccessRead input, String source) throws IOException {
    PDDocument document;
    try {
      document = Loader.loadPDF(input);
    } catch (InvalidPasswordException e) {
      input.close();
      throw new DisclosureFormatException(source,
          "encrypted PDF that needs a user password to open; give the PDF without it", e);
    } catch (IOException e) {
      input.close();
      throw new DisclosureFormatException(source, "not a readable PDF (" + e.getMessage() + ")", e);
    }
    try (document) {
      return pages(document, source);
    }
  }

  private static PdfText pages(PDDocument document, String source) throws IOException {
    int count = document.getNumberOfPages();
    if (count == 0) {
      throw new DisclosureFormatException(source, "PDF without pages");
    }
    GlyphCollector collector = new GlyphCollector();
    List<List<String>> pages = new ArrayList<>(count);
    List<PdfText.Note> notes = new ArrayList<>();
    List<Integer> scanned = new ArrayList<>();
    for (int p = 1; p <= count; p++) {
      PDPage page = document.getPage(p - 1);
      try {
        collector.collect(document, p);
      } catch (IOException | RuntimeException e) {
        throw new DisclosureFormatException(source,
            "page " + p + ": its content cannot be read (" + e.getMessage() + ")", e);
      }
      int mapped = collector.glyphs().size();
      if (collector.unmapped() > 0 && collector.unmapped() * UNMAPPED_SHARE >= mapped) {
        throw new DisclosureFormatException(source, "page " + p + ": " + collector.unmapped()
            + " glyphs of " + String.join(", ", collector.unmappedFonts())
            + " map to no text (the font has no ToUnicode map); their text cannot be read without"
            + " guessing");
      }
      RulingFinder drawing = new RulingFinder(page);
      drawing.find();
      List<String> lines = PageLayout.lines(collector.glyphs(), drawing.rulings());
      if (collector.unmapped() > 0) {
        notes.add(new PdfText.Note(p, ReadIssue.Level.WARNING, ReaderMessage.of("pdf.unmapped", p,
            collector.unmapped(), String.join(", ", collector.unmappedFonts()))));
      }
      if (collector.outside() > 0) {
        notes.add(new PdfText.Note(p, ReadIssue.Level.INFO,
            ReaderMessage.of("pdf.outside", p, collector.outside())));
      }
      if (lines.isEmpty() && drawing.images() > 0) {
        scanned.add(p);
        notes.add(new PdfText.Note(p, ReadIssue.Level.WARNING,
            ReaderMessage.of("pdf.scanned", p)));
      }
      pages.add(lines);
    }
    if (pages.stream().allMatch(List::isEmpty)) {
      throw new DisclosureFormatException(source, scanned.isEmpty()
          ? "PDF without text on any of its " + count + " pages"
          : "no text layer: pages " + scanned + " are images (a scan?); OCR is out of scope");
    }
    return new PdfText(source, pages, notes);
  }
}
