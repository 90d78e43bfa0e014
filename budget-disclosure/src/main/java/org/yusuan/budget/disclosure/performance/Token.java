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
}
