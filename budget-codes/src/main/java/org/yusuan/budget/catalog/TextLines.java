package org.yusuan.budget.catalog;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits file bytes into lines and decodes them strictly, so a bad byte is reported with its line. */
final class TextLines {
  private TextLines() {}

  /**
   * The lines of {@code bytes} in {@code charset}, without line terminators and without a leading
   * byte-order mark; empty if some line is not valid in the charset, with that line's number in
   * {@code badLine[0]}.
   */
  static Optional<List<String>> decode(byte[] bytes, Charset charset, int[] badLine) {
    var decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<String> lines = new ArrayList<>();
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    int lineNumber = 1;
    while (start <= bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      if (end == bytes.length && start == end && start > 0) {
        break; // the newline ending the last line does not start another line
      }
      int contentEnd = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
      try {
        String line = decoder.decode(ByteBuffer.wrap(bytes, start, contentEnd - start)).toString();
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        lines.add(line);
      } catch (CharacterCodingException e) {
        badLine[0] = lineNumber;
        return Optional.empty();
      }
      lineNumber++;
      start = end + 1;
    }
    return Optional.of(lines);
  }

  /** The lines of {@code bytes} in UTF-8; fails naming the first line that is not UTF-8. */
  static List<String> utf8(byte[] bytes, String source) {
    int[] bad = new int[1];
    return decode(bytes, java.nio.charset.StandardCharsets.UTF_8, bad).orElseThrow(() ->
        new EditionFormatException(source, bad[0], "not valid UTF-8"));
  }

  /** Splits a tab-separated line, keeping empty fields. */
  static List<String> tabs(String line) {
    List<String> fields = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= line.length(); i++) {
      if (i == line.length() || line.charAt(i) == '\t') {
        fields.add(line.substring(start, i));
        start = i + 1;
      }
    }
    return fields;
  }

  /** Whether a line is blank or a comment ({@code #} first). */
  static boolean isSkippable(String line) {
    return line.isBlank() || line.startsWith("#");
  }
}
