package org.yusuan.budget.text;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Width folding: full-width (全角) forms to half-width (半角). Budget text is typed in Chinese input
 * methods that print {@code （１２３）} and {@code ：} where a table prints {@code (123)} and {@code :};
 * compared text must not depend on which was used.
 */
public final class Width {
  private static final char FULL_WIDTH_FIRST = '\uff01'; // ！
  private static final char FULL_WIDTH_LAST = '\uff5e'; // ～
  private static final int FULL_WIDTH_OFFSET = 0xfee0; // ！ - !

  private Width() {}

  /**
   * {@return the compatibility fold of {@code text} (Unicode NFKC): full-width letters, digits and
   * punctuation become ASCII ({@code （１２３）} → {@code (123)}, {@code ：} → {@code :}), the
   * ideographic space becomes a space, and the other compatibility forms their plain characters
   * (superscript {@code ²} → {@code 2}, circled {@code ①} → {@code 1}, {@code ㎡} → {@code m2},
   * compatibility ideographs and Kangxi radicals → the unified ideograph)} CJK ideographs (汉字) and
   * CJK punctuation ({@code 、。《》 【】}) are kept. Text that needs no change is returned as is, not
   * copied.
   *
   * <p>Use it for comparison, not for display: a unit {@code km²} becomes {@code km2}.
   *
   * @param text any text
   */
  public static String fold(CharSequence text) {
    Objects.requireNonNull(text, "text");
    boolean changes = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isFullWidthAscii(c) || c == '\u3000') {
        changes = true;
      } else if (!isNfkcStable(c)) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
      }
    }
    if (!changes) {
      return text.toString();
    }
    // Only full-width ASCII and U+3000 change, one character each: NFKC without the tables.
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      sb.append(toHalfWidth(text.charAt(i)));
    }
    return sb.toString();
  }

  /**
   * {@return whether {@code c} is in the full-width ASCII block U+FF01–U+FF5E ({@code ！} … {@code
   * ～}), whose characters are the printable ASCII characters {@code !} … {@code ~} at double width}
   *
   * @param c a UTF-16 unit
   */
  public static boolean isFullWidthAscii(char c) {
    return c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST;
  }

  /**
   * {@return the half-width (半角) form of {@code c}: the ASCII character of a full-width ASCII
   * character ({@code ５} → {@code 5}, {@code （} → {@code (}), a space for the ideographic space
   * U+3000, else {@code c}} Narrower than {@link #fold}: for text that is kept as printed (a
   * target's unit keeps {@code ²}), where only the input method's width must not matter.
   *
   * @param c a UTF-16 unit
   */
  public static char toHalfWidth(char c) {
    if (isFullWidthAscii(c)) {
      return (char) (c - FULL_WIDTH_OFFSET);
    }
    return c == '\u3000' ? ' ' : c;
  }

  /**
   * {@return whether NFKC leaves {@code c} unchanged in any text made of such characters: ASCII,
   * the general punctuation dashes and quotes U+2010, U+2012–U+2016, U+2018–U+201F, the minus sign
   * U+2212, the signs indicator values print (≤ ≥ × ÷ ± ° ·: U+2264, U+2265, U+00D7, U+00F7,
   * U+00B1, U+00B0, U+00B7 — a budget's 3,000 指标值 are compared with their names, so they must not
   * take the NFKC path), CJK symbols and punctuation U+3001–U+301F and the CJK ideographs
   * U+3400–U+4DBF, U+4E00–U+9FFF} None of them composes with another (they are all starters without
   * compositions among them), so a text of such characters is its own NFKC form. Checked
   * exhaustively by the tests.
   */
  static boolean isNfkcStable(char c) {
    return c < 0x80
        || c >= '\u4e00' && c <= '\u9fff'
        || c >= '\u3001' && c <= '\u301f'
        || c >= '\u3400' && c <= '\u4dbf'
        || c >= '\u2012' && c <= '\u201f' && c != '\u2017'
        || c == '\u2010' || c == '\u2212'
        || c == '\u2264' || c == '\u2265'
        || c == '\u00d7' || c == '\u00f7' || c == '\u00b1' || c == '\u00b0' || c == '\u00b7';
  }
}
