package org.yusuan.budget.disclosure.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.performance.IndicatorTarget;

/**
 * A non-empty cell of a sheet row: its column, the cleaned text, the text as printed (markup kept),
 * and what the cleaned text means ({@link CellText}: the comparison key, the {@link SheetLabels#field
 * field} the key names, …). Sheet rows are read as sequences of tokens because cells slide: the
 * column is a hint, the content decides.
 *
 * <p>The meaning is computed with the token, once per distinct text of a read: the readers ask it of
 * every cell several times (finding the sheets, the document's unit, then each row's kind).
 */
record Token(int column, String text, String raw, CellText cell) {
  Token(int column, String text, String raw, String key) {
    this(column, text, raw, new CellText(text, key));
  }

  /** The comparison key of the cleaned text ({@link SheetLabels#key}). */
  String key() {
    return cell.key();
  }

  /** The field the token's label names, if any ({@link SheetLabels#field}). */
  Optional<SheetLabels.Field> field() {
    return cell.field();
  }

  /** Whether the token's label names {@code f}. */
  boolean is(SheetLabels.Field f) {
    Optional<SheetLabels.Field> field = cell.field();
    return field.isPresent() && field.get() == f;
  }

  /** Whether the token's key is (or starts with) a footer label ({@link SheetLabels#isFooterLabel}). */
  boolean isFooterLabel() {
    return cell.isFooterLabel();
  }

  /**
   * The parsed 指标值 of the printed cell: the cell's own, shared by the read, when it printed as it
   * was cleaned (most cells); else parsed from {@code raw} through {@code sink}'s cache.
   */
  IndicatorTarget target(SheetSink sink) {
    return raw == text ? cell.target() : sink.target(raw); // == : printed() keeps the very text
  }

  /** Whether the printed cell reads as an indicator's value ({@link CellText#isValueForm}). */
  boolean looksLikeValue(SheetSink sink) {
    return raw == text ? cell.looksLikeValue() : CellText.looksLikeValue(raw, sink::target);
  }

  /** Whether any of {@code tokens} is a footer label. */
  static boolean anyFooterLabel(List<Token> tokens) {
    if (tokens instanceof TokenList) {
      return ((TokenList) tokens).footer; // decided with the line's tokens
    }
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
    return line.derived(Token.class, l -> compute(l, null));
  }

  /**
   * The non-empty cells of {@code line}, in printed order; computed once per line, each text's
   * meaning taken from (or added to) {@code cache}.
   */
  static List<Token> of(SourceLine line, SheetCache cache) {
    return line.derived(Token.class, cache.tokens); // the read's one function: no lambda per call
  }

  /** The tokens of {@code line} ({@link #of}), each text's meaning from {@code cache} when given. */
  static List<Token> compute(SourceLine line, @Nullable SheetCache cache) {
    List<String> cells = line.cells();
    // The printed cells line up with the cleaned ones unless the cells were found by alignment.
    List<String> raws = line.rawCells();
    boolean aligned = raws.size() == cells.size();
    int filled = line.filledCells(); // counted with the line
    if (filled == 0) {
      return List.of();
    }
    // one array of the exact size, wrapped: no list grown and copied for every line of a sheet
    Token[] tokens = new Token[filled];
    int n = 0;
    for (int i = 0; i < cells.size(); i++) {
      String text = cells.get(i);
      if (text.isEmpty()) {
        continue;
      }
      String raw = aligned ? printed(raws.get(i), text) : text;
      tokens[n++] = new Token(i, text, raw, cache == null ? CellText.of(text) : cache.cell(text));
    }
    return new TokenList(tokens);
  }

  /**
   * The printed cell {@code raw}, stripped; the cleaned {@code text} itself when they are equal (most
   * cells print as they are cleaned), so that no copy is kept.
   */
  private static String printed(String raw, String text) {
    if (raw.equals(text)) {
      return text; // the common case, without stripping first
    }
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
