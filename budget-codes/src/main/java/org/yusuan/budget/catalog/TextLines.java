package org.yusuan.budget.catalog;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.budget.text.TextEncoding;

/** The catalog files' lines ({@link TextEncoding} decodes them strictly, naming a bad line) and fields. */
final class TextLines {
  private TextLines() {}

  /**
   * {@return the lines of {@code bytes} in UTF-8; fails naming the first line that is not UTF-8}
   */
  static List<String> utf8(byte[] bytes, String source) {
    int[] bad = new int[1];
    return TextEncoding.lines(bytes, java.nio.charset.StandardCharsets.UTF_8, bad).orElseThrow(() ->
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

  /** {@return whether a line is blank or a comment ({@code #} first)} */
  static boolean isSkippable(String line) {
    return line.isBlank() || line.startsWith("#");
  }
}
