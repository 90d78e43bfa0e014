package org.yusuan.budget.catalog;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Normalisation of 科目名称 for comparison: printed names differ from the catalog in spacing, in
 * full- and half-width forms of parentheses and punctuation, and in the 等 some 类 names drop.
 *
 * <pre>{@code
 * Names.normalize("维修（护）费 ");          // "维修(护)费"
 * Names.withoutDeng("资源勘探工业信息等支出"); // "资源勘探工业信息支出"
 * }</pre>
 */
public final class Names {
  private Names() {}

  /**
   * Removes every whitespace character (including U+3000 and no-break spaces), folds full-width
   * forms to half-width (NFKC: （）→(), ，→, ：→:), and unifies bracket and dash variants
   * (〔【［→[, 〕】］→], —–－→-).
   */
  public static String normalize(CharSequence name) {
    Objects.requireNonNull(name, "name");
    if (nfkcStable(name)) {
      return fold(name); // the common case: NFKC is the identity here, one pass suffices
    }
    // NFKC may put a space before a combining mark (¨ → " ̈"); removing the space lets the mark
    // combine anew, so fold until nothing changes (two or three passes at most in practice)
    String current = name.toString();
    for (int pass = 0; pass < 8; pass++) {
      String next = fold(Normalizer.normalize(current, Normalizer.Form.NFKC));
      if (next.equals(current)) {
        return next;
      }
      current = next;
    }
    return current;
  }

  /** One pass: white space removed, bracket, dash and quote variants unified. */
  private static String fold(CharSequence folded) {
    StringBuilder sb = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); ) {
      int cp = Character.codePointAt(folded, i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF
          || cp == 0x200B) {
        continue;
      }
      switch (cp) {
        case '〔': case '【': case '〖': case '［':
          sb.append('[');
          break;
        case '〕': case '】': case '〗': case '］':
          sb.append(']');
          break;
        case '—': case '–': case '－': case '‐':
          sb.append('-');
          break;
        case '“': case '”':
          sb.append('"');
          break;
        case '‘': case '’':
          sb.append('\'');
          break;
        default:
          sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  /** Whether NFKC leaves {@code s} unchanged because of the ranges its characters are in. */
  private static boolean nfkcStable(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80 || c >= 0x4e00 && c <= 0x9fff || c >= 0x3001 && c <= 0x3011
          || c >= 0x2018 && c <= 0x201d) {
        continue;
      }
      return false;
    }
    return true;
  }

  /**
   * The variant of a name without 等 before 支出, as some tables print 类 names (资源勘探工业信息等支出 →
   * 资源勘探工业信息支出); the name itself when it has no such 等.
   */
  public static String withoutDeng(String name) {
    return name.replace("等支出", "支出");
  }
}
