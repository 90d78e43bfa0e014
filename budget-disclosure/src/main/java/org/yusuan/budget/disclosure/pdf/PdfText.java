package org.yusuan.budget.disclosure.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.yusuan.budget.disclosure.PageIndex;
import org.yusuan.budget.disclosure.ReadIssue;
import org.yusuan.budget.disclosure.ReaderMessage;

/**
 * The text of a PDF, page by page, laid out as space-aligned lines (文本): what {@link PdfReader}
 * gives the disclosure reader. {@link #text()} joins the pages as {@code pdftotext} does, a form feed
 * opening each page after the first, so line {@code n} of the text is line {@code n} of the
 * {@link #pages() index}.
 */
public final class PdfText {
  private final String source;
  private final List<List<String>> pages;
  private final List<Note> notes;

  /** What the PDF reader says about one page it could not read in full, in both languages. */
  public record Note(int page, ReadIssue.Level level, ReaderMessage message) {}

  PdfText(String source, List<List<String>> pages, List<Note> notes) {
    this.source = Objects.requireNonNull(source, "source");
    List<List<String>> copy = new ArrayList<>(pages.size());
    for (List<String> p : pages) {
      copy.add(List.copyOf(p));
    }
    this.pages = List.copyOf(copy);
    this.notes = List.copyOf(notes);
  }

  /** {@return where the PDF came from (a file name), as given to the PDF reader} */
  public String source() {
    return source;
  }

  /** {@return the lines of each page, page 1 first; a page without text has none} */
  public List<List<String>> pages() {
    return pages;
  }

  /**
   * What the reader of the PDF has to say about pages it could not read in full: a page painted as
   * an image without text, or a few glyphs without text (warnings); text set outside the page (a
   * note).
   *
   * @return the notes, in page order
   */
  public List<Note> notes() {
    return notes;
  }

  /**
   * {@return the whole text: each page's lines, a form feed before every page after the first} Each
   * line ends with {@code \n}; an empty page after the first is one empty line.
   */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (int p = 0; p < pages.size(); p++) {
      List<String> lines = pages.get(p);
      if (p > 0) {
        sb.append('\f');
      }
      if (lines.isEmpty() && p > 0) {
        sb.append('\n'); // the page's own (empty) line: the next page opens a line of its own
      }
      for (String line : lines) {
        sb.append(line).append('\n');
      }
    }
    return sb.toString();
  }

  /** {@return which lines of {@link #text()} are on which page} */
  public PageIndex index() {
    int[] first = new int[pages.size()];
    int line = 1;
    for (int p = 0; p < pages.size(); p++) {
      first[p] = line;
      line += Math.max(pages.get(p).size(), p > 0 ? 1 : 0);
    }
    return PageIndex.of(first);
  }
}
