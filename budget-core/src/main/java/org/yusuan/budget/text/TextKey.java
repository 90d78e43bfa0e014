package org.yusuan.budget.text;

import java.text.Normalizer;
import java.util.Objects;

/**
 * The comparison key (比较键) of a printed name or label: two texts name the same thing when their keys
 * are equal. Printed names of one 科目, project or unit differ in white space (cells wrap mid-word:
 * {@code 灾害防治及应 急管理支出}; U+3000 pads names), in width ({@code （１）} / {@code (1)}) and in
 * quote, dash and bracket variants ({@code “三公”} / {@code "三公"}); they never differ in meaning by
 * these. The key folds exactly these and nothing else: no case folding, no ordinal or 等 removal (which
 * belong to the caller that knows the label's grammar).
 *
 * <pre>{@code
 * TextKey.key("维修（护）费 ");             // "维修(护)费"
 * TextKey.key("“三公”经费　支出");           // "\"三公\"经费支出"
 * TextKey.keyEquals("１２３ＡＢ", "123 AB"); // true
 * }</pre>
 */
public final class TextKey {
  /** Passes of NFKC and folding before giving up on a fixed point (two suffice in practice). */
  private static final int MAX_PASSES = 8;

  private TextKey() {}

  /**
   * {@return the key of {@code text}: {@linkplain Width#fold compatibility width folding} (NFKC:
   * full-width letters, digits and punctuation to ASCII, CJK kept), every {@linkplain WhiteSpace
   * white space} removed, and the {@linkplain Punctuation#unify quote, dash and bracket variants}
   * unified} The key is its own key; a text that is already a key is returned as is, not copied.
   *
   * <p>NFKC may put a space before a combining mark ({@code ¨} → space + U+0308); removing the space
   * lets the mark combine anew, so folding repeats until nothing changes: inserting white space
   * anywhere never changes the key.
   *
   * @param text any text, e.g. a printed project or column name
   */
  public static String key(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    int first = 0;
    while (first < n && isKeyChar(text.charAt(first))) {
      first++;
    }
    if (first == n) {
      return text.toString(); // the common case: a key already
    }
    // While every character folds alone (no NFKC tables, no composition): one pass into an array
    // (a builder would start in Latin-1 and copy itself at the first ideograph).
    char[] out = new char[n];
    int length = 0;
    for (int i = 0; i < first; i++) {
      out[length++] = text.charAt(i);
    }
    for (int i = first; i < n; i++) {
      char c = text.charAt(i);
      if (WhiteSpace.isWhiteSpace(c)) {
        continue;
      }
      if (!isSimple(c)) {
        return foldToFixedPoint(text);
      }
      out[length++] = foldSimple(c);
    }
    return new String(out, 0, length);
  }

  /**
   * {@return whether {@code key(a).equals(key(b))}, computed without building the keys when both
   * texts are made of ASCII, CJK ideographs and punctuation, full-width forms and white space
   * (printed names are): validators compare every sheet's name with every project's} Other text
   * falls back to building both keys.
   *
   * @param a one text
   * @param b the other text
   */
  public static boolean keyEquals(CharSequence a, CharSequence b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    int i = 0;
    int j = 0;
    int n = a.length();
    int m = b.length();
    while (true) {
      while (i < n && WhiteSpace.isWhiteSpace(a.charAt(i))) {
        i++;
      }
      while (j < m && WhiteSpace.isWhiteSpace(b.charAt(j))) {
        j++;
      }
      if (i < n && !isSimple(a.charAt(i)) || j < m && !isSimple(b.charAt(j))) {
        // A character NFKC maps in context (a combining mark, a compatibility form): a later mark
        // may combine with an earlier character, so only whole keys can be compared.
        return key(a).equals(key(b));
      }
      if (i == n || j == m) {
        // A simple character is never removed: a text with one left has the longer key.
        return i == n && j == m;
      }
      if (foldSimple(a.charAt(i)) != foldSimple(b.charAt(j))) {
        // Simple characters are starters no later character combines with: the keys differ here.
        return false;
      }
      i++;
      j++;
    }
  }

  /**
   * {@return whether {@code c} is unchanged in a key: not white space, NFKC-stable, no variant to
   * unify} A text of such characters is its own key, returned by {@link #key} as is.
   *
   * @param c a UTF-16 unit
   */
  public static boolean isKeyChar(char c) {
    // the characters of most keys first: ASCII (white space is at most the space) and ideographs
    if (c < 0x80) {
      return c > ' ' || !WhiteSpace.isWhiteSpace(c);
    }
    if (c >= '\u4e00' && c <= '\u9fff') {
      return true;
    }
    return Width.isNfkcStable(c) && !WhiteSpace.isWhiteSpace(c) && Punctuation.unify(c) == c;
  }

  /**
   * {@return whether {@code c} folds alone: NFKC-stable, a full-width ASCII form, or white space}
   */
  private static boolean isSimple(char c) {
    return Width.isNfkcStable(c) || Width.isFullWidthAscii(c) || WhiteSpace.isWhiteSpace(c);
  }

  /** {@return the key character of a simple character that is not white space} */
  private static char foldSimple(char c) {
    return (char) Punctuation.unify(Width.toHalfWidth(c));
  }

  private static String foldToFixedPoint(CharSequence text) {
    String current = text.toString();
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      String next = removeAndUnify(Normalizer.normalize(current, Normalizer.Form.NFKC));
      if (next.equals(current)) {
        return next;
      }
      current = next;
    }
    return current;
  }

  /** {@return one pass over NFKC text: white space removed, punctuation variants unified} */
  private static String removeAndUnify(String folded) {
    StringBuilder sb = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (!WhiteSpace.isWhiteSpace(cp)) {
        sb.appendCodePoint(Punctuation.unify(cp));
      }
    }
    return sb.toString();
  }
}
