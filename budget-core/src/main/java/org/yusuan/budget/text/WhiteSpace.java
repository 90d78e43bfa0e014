package org.yusuan.budget.text;

import com.google.common.base.CharMatcher;
import java.util.Objects;

/**
 * The one definition of white space (空白) in printed budget text, and the operations on it.
 *
 * <p>White space is: the ASCII controls tab, line feed, vertical tab, form feed, carriage return
 * (U+0009–U+000D) and the information separators U+001C–U+001F, the space U+0020, next line U+0085,
 * the no-break space U+00A0, the ogham space U+1680, the typographic spaces U+2000–U+200A, the
 * zero-width space U+200B, the line and paragraph separators U+2028 and U+2029, the narrow no-break
 * space U+202F, the medium mathematical space U+205F, the ideographic space U+3000 (全角空格) and the
 * byte-order mark / zero-width no-break space U+FEFF.
 *
 * <p>That is every character {@link Character#isWhitespace} or {@link Character#isSpaceChar} accepts,
 * every character of Guava's {@link CharMatcher#whitespace()}, and U+200B and U+FEFF, which PDF text
 * extraction leaves inside words without any visible width. Characters outside the Basic Multilingual
 * Plane are never white space. The set is closed under NFKC: a white-space character normalises to
 * white space, and no other character normalises to white space alone (see {@link Width#fold}).
 */
public final class WhiteSpace {
  private static final CharMatcher MATCHER = new CharMatcher() {
    @Override
    public boolean matches(char c) {
      return isWhiteSpace(c);
    }

    @Override
    public String toString() {
      return "WhiteSpace.matcher()";
    }
  };

  private WhiteSpace() {}

  /**
   * {@return whether {@code c} is white space as defined {@linkplain WhiteSpace above}}
   *
   * @param c a UTF-16 unit
   */
  public static boolean isWhiteSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f;
    }
    if (c < 0x2000) {
      return c == '\u0085' || c == '\u00a0' || c == '\u1680';
    }
    if (c <= '\u200b') {
      return true;
    }
    if (c > '\u3000') {
      return c == '\ufeff'; // CJK text: one more comparison, not six
    }
    return c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000';
  }

  /**
   * {@return whether the code point is white space; supplementary code points never are}
   *
   * @param codePoint any code point
   */
  public static boolean isWhiteSpace(int codePoint) {
    return codePoint >= 0 && codePoint < 0x10000 && isWhiteSpace((char) codePoint);
  }

  /**
   * {@return the definition as a Guava {@link CharMatcher}, for splitting, collapsing and the other
   * operations Guava offers ({@code WhiteSpace.matcher().collapseFrom(s, ' ')})}
   */
  public static CharMatcher matcher() {
    return MATCHER;
  }

  /**
   * {@return whether {@code text} holds any white space}
   *
   * @param text any text
   */
  public static boolean containsAny(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (isWhiteSpace(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return whether {@code text} is empty or white space only (an empty cell, 空单元格)}
   *
   * @param text any text, e.g. a cell as printed
   */
  public static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isWhiteSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return {@code text} with every white-space character removed (compaction): cells wrap
   * mid-word and codes are printed spaced, so {@code "绩效　指标"} (U+3000) gives {@code 绩效指标} and
   * {@code "201 01"} gives {@code 20101}} A string without white space is returned as is, not
   * copied.
   *
   * @param text any text
   */
  public static String removeAll(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int first = 0;
    int n = text.length();
    while (first < n && !isWhiteSpace(text.charAt(first))) {
      first++;
    }
    if (first == n) {
      return text.toString();
    }
    StringBuilder sb = new StringBuilder(n - 1);
    sb.append(text, 0, first);
    for (int i = first + 1; i < n; i++) {
      char c = text.charAt(i);
      if (!isWhiteSpace(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * {@return {@code text} without leading and trailing white space; unlike {@link String#trim()}
   * this removes the ideographic space U+3000 and the no-break spaces, and keeps other control
   * characters}
   *
   * @param text any text
   */
  public static String trim(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int start = 0;
    int end = text.length();
    while (start < end && isWhiteSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isWhiteSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.subSequence(start, end).toString();
  }
}
