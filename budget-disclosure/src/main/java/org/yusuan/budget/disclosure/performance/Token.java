package org.yusuan.budget.disclosure.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.disclosure.text.SourceLine;

/**
 * A non-empty cell of a sheet row: its column, the cleaned text, the text as printed (markup kept),
 * the comparison key and the {@link SheetLabels#field field} the key names. Sheet rows are read as
 * sequences of tokens because cells slide: the column is a hint, the content decides.
 *
 * <p>The field is computed with the token: the readers ask it of every cell several times (finding
 * the sheets, the document's unit, then each row's kind).
 */
record Token(int column, String text, String raw, String key, Optional<SheetLabels.Field> field) {
  Token(int column, String text, String raw, String key) {
    this(column, text, raw, key, SheetLabels.field(key));
  }

  /** Whether the token's label names {@code f}. */
  boolean is(SheetLabels.Field f) {
    return field.isPresent() && field.get() == f;
  }

  /** Whether the token's key is (or starts with) a footer label ({@link SheetLabels#isFooterLabel}). */
  boolean isFooterLabel() {
    return SheetLabels.isFooterLabel(key);
  }

  /** Whether any of {@code tokens} is a footer label. */
  static boolean anyFooterLabel(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) { // by index: called for every sheet line
      if (tokens.get(i).isFooterLabel()) {
        return true;
      }
    }
    return false;
  }

  /** Marks that separate the cells of a layout line: two spaces or more. */
  private static final java.util.regex.Pattern LAYOUT_GAP = java.util.regex.Pattern.compile(" {2,}");

  /** The non-empty cells of {@code line}, in printed order; computed once per line. */
  static List<Token> of(SourceLine line) {
    return line.derived(Token.class, Token::compute);
  }

  private static List<Token> compute(SourceLine line) {
    List<String> cells = line.cells();
    // The printed cells line up with the cleaned ones unless the cells were found by alignment.
    List<String> raws = line.rawCells();
    boolean aligned = raws.size() == cells.size();
    List<Token> tokens = new ArrayList<>(cells.size());
    for (int i = 0; i < cells.size(); i++) {
      String text = cells.get(i);
      if (text.isEmpty()) {
        continue;
      }
      String raw = aligned ? printed(raws.get(i), text) : text;
      tokens.add(new Token(i, text, raw, SheetLabels.key(text)));
    }
    return List.copyOf(tokens);
  }

  /**
   * The printed cell {@code raw}, stripped; the cleaned {@code text} itself when they are equal (most
   * cells print as they are cleaned), so that no copy is kept.
   */
  private static String printed(String raw, String text) {
    String stripped = raw.strip();
    return stripped.equals(text) ? text : stripped;
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
          int column = start;
          while (Character.isWhitespace(raw.charAt(column))) { // a cell is not blank: ends in it
            column++;
          }
          String text = org.yusuan.budget.disclosure.text.TextNormalizer.compact(cell);
          tokens.add(new Token(column, text, cell, SheetLabels.key(text)));
        }
        start = end == raw.length() ? end : gap.end();
      }
      return new LayoutCells(List.copyOf(tokens));
    }
  }
}
