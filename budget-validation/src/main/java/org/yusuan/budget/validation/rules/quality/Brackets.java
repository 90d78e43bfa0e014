package org.yusuan.budget.validation.rules.quality;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalInt;

/**
 * Bracket and quote pairs of a text (括号与引号配对): full- and half-width brackets are one pair
 * ({@code （…)} is common and no defect); a closing bracket after a list number ({@code 1）}, {@code
 * a)}, {@code 一）}) opens nothing and is not counted.
 */
final class Brackets {
  private Brackets() {}

  static final String OPEN = "（(“《【〔‘「〈";
  static final String CLOSE = "）)”》】〕’」〉";
  /** Which pair each bracket belongs to: （ and ( are one pair. */
  private static final String PAIR_OF_OPEN = "001234567";
  private static final String PAIR_OF_CLOSE = "001234567";

  /** The offset of the first bracket or quote of {@code text} without its partner, if any. */
  static OptionalInt firstUnbalanced(String text) {
    // {pair, offset} of each bracket still open; made at the first one, since most texts have none
    Deque<int[]> open = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!mayBeBracket(c)) {
        continue;
      }
      int o = OPEN.indexOf(c);
      if (o >= 0) {
        if (open == null) {
          open = new ArrayDeque<>(4);
        }
        open.push(new int[] {PAIR_OF_OPEN.charAt(o) - '0', i});
        continue;
      }
      int k = CLOSE.indexOf(c);
      if (k < 0) {
        continue;
      }
      int pair = PAIR_OF_CLOSE.charAt(k) - '0';
      if (open != null && !open.isEmpty() && open.peek()[0] == pair) {
        open.pop();
      } else if (pair == 0 && isListNumber(text, i)) {
        continue;
      } else {
        return OptionalInt.of(i);
      }
    }
    return open == null || open.isEmpty() ? OptionalInt.empty() : OptionalInt.of(open.peekLast()[1]);
  }

  /**
   * Whether {@code c} can be one of {@link #OPEN} or {@link #CLOSE}: the ASCII brackets, the quotes
   * U+2018–U+201D, the CJK brackets U+3008–U+3015, the full-width brackets U+FF08–U+FF09. Tested
   * first because almost every character of a text is none of them (Han characters lie between).
   */
  static boolean mayBeBracket(char c) {
    return c == '(' || c == ')' || c >= '\u2018' && c <= '\u201D' || c >= '\u3008' && c <= '\u3015'
        || c == '\uFF08' || c == '\uFF09';
  }

  /**
   * Whether the closing bracket at {@code close} ends a list number: one to three digits, Latin
   * letters or Chinese numerals at the start of the text or after a sentence mark or a space.
   */
  static boolean isListNumber(String text, int close) {
    int n = 0;
    while (n < 3 && close - 1 - n >= 0 && isNumbering(text.charAt(close - 1 - n))) {
      n++;
    }
    int before = close - 1 - n;
    if (n == 0 || before >= 0 && isNumbering(text.charAt(before))) {
      return false;
    }
    return before < 0 || "。；;：:，, 　\t".indexOf(text.charAt(before)) >= 0;
  }

  private static boolean isNumbering(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
        || "一二三四五六七八九十".indexOf(c) >= 0;
  }
}
