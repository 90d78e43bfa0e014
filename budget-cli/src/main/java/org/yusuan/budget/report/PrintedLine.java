package org.yusuan.budget.report;

import java.util.Arrays;
import java.util.List;

/**
 * A source line split into the cells it prints (印刷的单元格): at tabs in a text, at runs of two or
 * more spaces in the aligned text of a PDF's table; one cell otherwise. The HTML report renders and
 * locates findings with the same split.
 */
final class PrintedLine {
  private PrintedLine() {}

  /** The cells of {@code raw}; {@code aligned}: split a line without tabs at runs of spaces. */
  static List<String> cells(String raw, boolean aligned) {
    if (raw.indexOf('\t') >= 0) {
      return Arrays.stream(raw.split("\t", -1)).map(String::strip).toList();
    }
    String text = raw.strip();
    if (aligned && !text.isEmpty()) {
      return List.of(text.split("\\s{2,}"));
    }
    return List.of(text);
  }
}
