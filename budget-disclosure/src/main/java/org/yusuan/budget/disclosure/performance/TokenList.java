package org.yusuan.budget.disclosure.performance;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The tokens of one sheet line ({@link Token#of}), unmodifiable, with what the sheet readers ask
 * of every line decided once while the tokens are made: whether one is a footer label ({@link
 * Token#anyFooterLabel}, asked by the region finder and again by the sheet's reader) and whether
 * the line is an indicator header ({@link IndicatorBlock#isHeader}).
 */
final class TokenList extends AbstractList<Token> implements RandomAccess {
  private final Token[] tokens;
  /** Whether a token is a footer label. */
  final boolean footer;
  /** Whether a token's key names an indicator header ({@link IndicatorBlock#isHeaderKey}). */
  final boolean header;

  /** The tokens {@code tokens}, not copied: the caller hands them over. */
  TokenList(Token[] tokens) {
    this.tokens = tokens;
    boolean f = false;
    boolean h = false;
    for (Token t : tokens) {
      f |= t.isFooterLabel();
      h |= t.cell().isHeaderKey(); // decided once per text of the read
    }
    this.footer = f;
    this.header = h;
  }

  @Override
  public Token get(int index) {
    return tokens[index];
  }

  @Override
  public int size() {
    return tokens.length;
  }
}
