package org.yusuan.budget.text;

/**
 * The punctuation variants that one {@linkplain TextKey comparison key} unifies: a name typed in a
 * Chinese input method and the same name in the catalog or in another table differ in which dash,
 * quote or bracket was used ({@code “三公”} / {@code "三公"}, {@code ——} / {@code --}, {@code
 * 〔2024〕} / {@code [2024]}), never in what they mean.
 */
public final class Punctuation {
  private Punctuation() {}

  /**
   * {@return whether {@code c} prints as a dash or hyphen (破折号, 连字符): the ASCII hyphen-minus, the
   * hyphens and dashes U+2010–U+2015 (‐ ‑ ‒ – — ―), the minus sign U+2212, the small em dash
   * U+FE58, the small and full-width hyphen-minus U+FE63 and U+FF0D}
   *
   * @param c a UTF-16 unit
   */
  public static boolean isDash(char c) {
    return c == '-' || c >= '\u2010' && c <= '\u2015' || c == '\u2212' || c == '\ufe58'
        || c == '\ufe63' || c == '\uff0d';
  }

  /**
   * {@return the ASCII form of a quote, dash or bracket variant, else {@code codePoint} itself:
   * every {@linkplain #isDash dash} → {@code -}; double quotes {@code “ ”} and the corner brackets
   * {@code 「 」} used as quotes → {@code "}; single quotes {@code ‘ ’} → {@code '}; the
   * tortoise-shell, lenticular and full-width square brackets {@code 〔 【 〖 ［} → {@code [} and
   * {@code 〕 】 〗 ］} → {@code ]}} Parentheses and colons are not listed: their full-width forms are
   * {@linkplain Width#fold width} variants. Book-title marks {@code 《》} and {@code 〈〉} are kept:
   * they are not brackets of the same name.
   *
   * @param codePoint any code point, supplementary ones included (returned unchanged)
   */
  public static int unify(int codePoint) {
    if (codePoint < 0x2010) {
      return codePoint; // ASCII ('-' included) and the scripts before general punctuation
    }
    if (codePoint < 0x10000 && isDash((char) codePoint)) {
      return '-';
    }
    switch (codePoint) {
      case '“':
      case '”':
      case '「':
      case '」':
        return '"';
      case '‘':
      case '’':
        return '\'';
      case '〔':
      case '【':
      case '〖':
      case '［':
        return '[';
      case '〕':
      case '】':
      case '〗':
      case '］':
        return ']';
      default:
        return codePoint;
    }
  }
}
