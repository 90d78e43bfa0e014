package org.yusuan.budget.disclosure.performance;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.budget.disclosure.text.SourceLine;

/**
 * A non-empty cell of a sheet row: its column, the cleaned text, the text as printed (markup kept)
 * and the comparison key. Sheet rows are read as sequences of tokens because cells slide: the
 * column is a hint, the content decides.
 */
record Token(int column, String text, String raw, String key) {
  /** Marks that separate the cells of a layout line: two spaces or more. */
  private static final java.util.regex.Pattern LAYOUT_GAP = java.util.regex.Pattern.compile(" {2,}");

  /** The non-empty cells of {@code line}, in printed order; computed once per line. */
  static List<Token> of(SourceLine line) {
    return line.derived(Token.class, Token::compute);
  }

  private static List<Token> compute(SourceLine line) {
    List<String> raws = SourceLine.rawCells(line.raw());
    List<Token> tokens = new ArrayList<>();
    List<String> cells = line.cells();
    for (int i = 0; i < cells.size(); i++) {
      String text = cells.get(i);
      if (text.isEmpty()) {
        continue;
      }
      String raw = i < raws.size() && raws.size() == cells.size() ? raws.get(i).strip() : text;
      tokens.add(new Token(i, text, raw, SheetLabels.key(text)));
    }
    return List.copyOf(tokens);
  }

  /**
   * The cells of a line of {@code pdftotext -layout} text (no tabs): runs separated by two spaces or
   * more, each with the character column it starts at (a page's form feed is no column). A single
   * space stays inside a cell: layout text prints {@code ≥15 个} and {@code 236 某专项} so.
   */
  static List<Token> ofLayout(SourceLine line) {
    return line.derived(LayoutCells.class, LayoutCells::compute).tokens();
  }

  /** The derived view of a line as layout cells (a key of its own beside {@link #of}). */
  private record LayoutCells(List<Token> tokens) {
    static LayoutCells compute(SourceLine line) {
      String raw = line.raw().replace('\f', ' ').replace('\u3000', ' ');
      if (raw.startsWith(" ") && line.raw().startsWith("\f")) {
        raw = raw.substring(1); // the form feed that opens a page takes no column
      }
      List<Token> tokens = new ArrayList<>();
      java.util.regex.Matcher gap = LAYOUT_GAP.matcher(raw);
      int start = 0;
      while (start < raw.length()) {
        int end = gap.find(start) ? gap.start() : raw.length();
        String cell = raw.substring(start, end).strip();
        if (!cell.isEmpty()) {
          int column = start + (raw.substring(start, end).length()
              - raw.substring(start, end).stripLeading().length());
          String text = org.yusuan.budget.disclosure.text.TextNormalizer.compact(cell);
          tokens.add(new Token(column, text, cell, SheetLabels.key(text)));
        }
        start = end == raw.length() ? end : gap.end();
      }
      return new LayoutCells(List.copyOf(tokens));
    }
  }
}
