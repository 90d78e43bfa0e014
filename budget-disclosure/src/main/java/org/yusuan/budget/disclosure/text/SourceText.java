package org.yusuan.budget.disclosure.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** Reads text into numbered {@link SourceLine}s: one per line, {@code \n}, {@code \r\n} or {@code \r}. */
public final class SourceText {
  /** The longest line accepted, in characters; a longer one is cut with a warning by the reader. */
  public static final int MAX_LINE_LENGTH = 100_000;

  private SourceText() {}

  /** All lines of {@code reader}, numbered from 1; a leading byte-order mark is dropped. */
  public static List<SourceLine> lines(Reader reader) throws IOException {
    List<SourceLine> lines = new ArrayList<>();
    BufferedReader in = reader instanceof BufferedReader
        ? (BufferedReader) reader : new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (number == 1 && !line.isEmpty() && line.charAt(0) == '\ufeff') {
        line = line.substring(1);
      }
      lines.add(SourceLine.of(number, line));
    }
    return lines;
  }
}
