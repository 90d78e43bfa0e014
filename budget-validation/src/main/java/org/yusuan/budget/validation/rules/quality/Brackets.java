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

  /** How many open brackets {@link #firstUnbalanced} keeps in a {@code long}, three bits each. */
  static final int PACKED = 21;

  /** The offset of the first bracket or quote of {@code text} without its partner, if any. */
  static OptionalInt firstUnbalanced(String text) {
    int at = unbalancedAt(text);
    return at < 0 ? OptionalInt.empty() : OptionalInt.of(at);
  }

  /**
   * As {@link #firstUnbalanced}, −1 for none: the ~3,000 cells of a document are asked one after
   * the other, and their answer is read once.
   */
  static int unbalancedAt(String text) {
    // most texts (the ~3,000 indicator names of a document) hold no bracket at all: a loop doing
    // nothing but the filter finds the first, and the pairing starts there
    int first = next(text, 0);
    return first == text.length() ? -1 : unbalancedAt(text, first);
  }

  /**
   * The first offset from {@code from} whose character {@link #mayBeBracket may be a bracket}, or
   * the text's length: a loop of its own, short, for the JIT.
   */
  private static int next(String text, int from) {
    int n = text.length();
    int i = from;
    while (i < n && !mayBeBracket(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** As {@link #unbalancedAt(String)}, pairing from {@code first}: no bracket lies before it. */
  private static int unbalancedAt(String text, int first) {
    // the pairs of the brackets still open, three bits each, the innermost lowest: no stack to
    // allocate; the outermost's offset is all that is returned
    long pairs = 0;
    int depth = 0;
    int outermost = -1;
    for (int i = first; i < text.length(); i = next(text, i + 1)) {
      int code = code(text.charAt(i));
      if (code > 0) {
        if (depth == PACKED) {
          return firstUnbalancedDeep(text).orElse(-1);
        }
        outermost = depth == 0 ? i : outermost;
        pairs = pairs << 3 | code - 1;
        depth++;
        continue;
      }
      if (code == 0) {
        continue;
      }
      int pair = -code - 1;
      if (depth > 0 && (pairs & 7) == pair) {
        pairs >>>= 3;
        depth--;
      } else if (pair == 0 && isListNumber(text, i)) {
        continue;
      } else {
        return i;
      }
    }
    return depth == 0 ? -1 : outermost;
  }

  /** As {@link #firstUnbalanced}, with a stack of any depth: for a text nesting more than {@link #PACKED}. */
  static OptionalInt firstUnbalancedDeep(String text) {
    // {pair, offset} of each bracket still open
    Deque<int[]> open = new ArrayDeque<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int o = OPEN.indexOf(c);
      if (o >= 0) {
        open.push(new int[] {PAIR_OF_OPEN.charAt(o) - '0', i});
        continue;
      }
      int k = CLOSE.indexOf(c);
      if (k < 0) {
        continue;
      }
      int pair = PAIR_OF_CLOSE.charAt(k) - '0';
      if (!open.isEmpty() && open.peek()[0] == pair) {
        open.pop();
      } else if (pair == 0 && isListNumber(text, i)) {
        continue;
      } else {
        return OptionalInt.of(i);
      }
    }
    return open.isEmpty() ? OptionalInt.empty() : OptionalInt.of(open.peekLast()[1]);
  }

  /**
   * {@code c}'s pair + 1 for an opening bracket or quote of {@link #OPEN}, −(pair + 1) for a closing
   * one of {@link #CLOSE}, 0 for any other character: one switch rather than two searches.
   */
  static int code(char c) {
    switch (c) {
      case '（': case '(': return 1;
      case '“': return 2;
      case '《': return 3;
      case '【': return 4;
      case '〔': return 5;
      case '‘': return 6;
      case '「': return 7;
      case '〈': return 8;
      case '）': case ')': return -1;
      case '”': return -2;
      case '》': return -3;
      case '】': return -4;
      case '〕': return -5;
      case '’': return -6;
      case '」': return -7;
      case '〉': return -8;
      default: return 0;
    }
  }

  /**
   * Whether {@code c} can be one of {@link #OPEN} or {@link #CLOSE}: the ASCII brackets, the quotes
   * U+2018–U+201D, the CJK brackets U+3008–U+3015, the full-width brackets U+FF08–U+FF09. Tested
   * first because almost every character of a text is none of them (Han characters lie between).
   */
  static boolean mayBeBracket(char c) {
    if ((char) (c - '\u3016') < '\uFF08' - '\u3016') {
      return false;  // U+3016 to U+FF07, the Han characters, most of a text: one unsigned test
    }
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
