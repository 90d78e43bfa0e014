package org.yusuan.budget.disclosure.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads text into numbered {@link SourceLine}s: one per line, {@code \n}, {@code \r\n} or {@code \r};
 * a line with a form feed inside it (page text) is two logical lines with the same number.
 */
public final class SourceText {
  /** The longest line accepted, in characters; a longer one is cut with a warning by the reader. */
  public static final int MAX_LINE_LENGTH = 100_000;

  private SourceText() {}

  /**
   * All lines of {@code reader}, numbered from 1; a leading byte-order mark is dropped.
   *
   * @param reader the text, already decoded; read to its end but not closed
   * @return the logical lines in order, their indexes 0, 1, 2, …
   * @throws IOException when {@code reader} fails
   */
  public static List<SourceLine> lines(Reader reader) throws IOException {
    List<SourceLine> lines = new ArrayList<>();
    CellPool pool = new CellPool(); // one string per repeated cell of this text
    BufferedReader in = reader instanceof BufferedReader
        ? (BufferedReader) reader : new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (number == 1 && !line.isEmpty() && line.charAt(0) == '\ufeff') {
        line = line.substring(1);
      }
      // page text: a form feed inside a line starts the next page's first line (a table title
      // glued to the last row of the page before); it becomes a logical line of its own
      int ff = line.indexOf('\f');
      while (ff > 0 && !line.substring(0, ff).isBlank() && !line.substring(ff + 1).isBlank()) {
        lines.add(SourceLine.of(lines.size(), number, line.substring(0, ff), pool));
        line = line.substring(ff);
        ff = line.indexOf('\f', 1);
      }
      lines.add(SourceLine.of(lines.size(), number, line, pool));
    }
    return lines;
  }
}
