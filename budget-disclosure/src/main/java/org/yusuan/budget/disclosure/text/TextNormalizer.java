package org.yusuan.budget.disclosure.text;

import java.util.regex.Pattern;
import org.yusuan.budget.text.Markup;
import org.yusuan.budget.text.TextKey;
import org.yusuan.budget.text.WhiteSpace;

/**
 * The one place where extracted PDF text is cleaned (docs/domain/parsing.md §2, §10, §11). Every reader and
 * matcher goes through these functions, so that a label, a name or a number means the same
 * everywhere. The generic parts (white space, markup, the comparison key) are {@link
 * org.yusuan.budget.text}'s; what is left here is the repair of PDF extraction damage: wrapped
 * cells and the English {@code and}.
 */
public final class TextNormalizer {
  private static final Pattern AND_BETWEEN_CJK =
      Pattern.compile("(?<=[\\p{IsHan}]) and (?=[\\p{IsHan}])");

  private TextNormalizer() {}

  /**
   * Removes markup residue ({@link Markup#strip}: HTML tags with their inner text kept, character
   * references decoded, markdown {@code **}, LaTeX {@code \geq} {@code \leq} {@code \%} and {@code
   * $}), then repairs an English {@code and} between two Chinese characters (a machine substitution
   * for 和).
   *
   * @param text one line or cell as extracted
   * @return the text without markup; white space is left as it was
   */
  public static String stripMarkup(String text) {
    String s = Markup.removeFrom(text);
    if (s.contains(" and ")) {
      s = AND_BETWEEN_CJK.matcher(s).replaceAll("和");
    }
    return s;
  }

  /**
   * Whether {@link #stripMarkup} surely returns {@code text} unchanged: no character that may open
   * markup ({@link Markup#mayStart}) and no {@code and}. Kept beside it so that the two change
   * together.
   */
  static boolean nothingToStrip(String text) {
    char before = 0;
    char twoBefore = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (mayStripAt(c, before, twoBefore)) {
        return false;
      }
      twoBefore = before;
      before = c;
    }
    return true;
  }

  /**
   * Whether {@link #stripMarkup} may change a text at its character {@code c}, which follows {@code
   * before} and {@code twoBefore} (0 at the start): {@code c} may open markup, or it ends an {@code
   * and}. The one test of {@link #nothingToStrip} and of a row split in one pass ({@link RowCells}).
   */
  static boolean mayStripAt(char c, char before, char twoBefore) {
    return Markup.mayStart(c) || c == 'd' && before == 'n' && twoBefore == 'a';
  }

  /**
   * A cell's value as printed, with the wrapping damage removed: white space between two Chinese
   * characters, inside a run of digits and around a decimal point or thousands separator is deleted;
   * other runs of white space become one space; the ends are trimmed. {@code 灾害防治及应 急管理支出}
   * becomes {@code 灾害防治及应急管理支出}, {@code 1 234.5 6} becomes {@code 1234.56}.
   *
   * @param text one cell or line, markup already stripped
   * @return the compacted text; {@code text} itself when it holds no inner white space
   */
  public static String compact(String text) {
    String s = text;
    int n = s.length();
    int start = 0;
    while (start < n && WhiteSpace.isWhiteSpace(s.charAt(start))) {
      start++;
    }
    while (n > start && WhiteSpace.isWhiteSpace(s.charAt(n - 1))) {
      n--;
    }
    int firstSpace = start;
    while (firstSpace < n && !WhiteSpace.isWhiteSpace(s.charAt(firstSpace))) {
      firstSpace++;
    }
    if (firstSpace == n) {
      return s.substring(start, n); // no white space inside: the trimmed text (s itself when untrimmed)
    }
    // one copy into an array (a builder would start in Latin-1 and copy itself at the first
    // ideograph): the characters before the first white space as they are, then the runs decided
    char[] out = new char[n - start];
    s.getChars(start, firstSpace, out, 0);
    int length = firstSpace - start;
    int i = firstSpace;
    while (i < n) {
      char c = s.charAt(i);
      if (!WhiteSpace.isWhiteSpace(c)) {
        out[length++] = c;
        i++;
        continue;
      }
      int j = i;
      while (j < n && WhiteSpace.isWhiteSpace(s.charAt(j))) {
        j++;
      }
      char before = length == 0 ? 0 : out[length - 1];
      char after = j < n ? s.charAt(j) : 0;
      if (!joins(before, after)) {
        out[length++] = ' ';
      }
      i = j;
    }
    return new String(out, 0, length);
  }

  /**
   * Whether {@link #compact} deletes the white space between {@code before} and {@code after}
   * (else it leaves one space).
   */
  static boolean joins(char before, char after) {
    if (isCjk(before) && isCjk(after)) {
      return true;
    }
    boolean numericBefore = isDigit(before) || before == '.' || before == ',';
    boolean numericAfter = isDigit(after) || after == '.' || after == ',';
    return numericBefore && numericAfter;
  }

  /**
   * The form in which labels and names are compared: markup removed, then the comparison key that
   * the catalog and the validators use too ({@link TextKey#key}: NFKC width folding, bracket, dash
   * and quote variants unified, every white space removed). {@code 一次性项目（1年结束）} and {@code
   * 一次性项目(1年结束)} fold to the same key; {@code “三公”} and {@code "三公"} too.
   *
   * @param text a label or name as printed
   * @return the comparison key; not for display
   */
  public static String label(String text) {
    // one pass for the common label, already a key: no markup and (no white space) no " and "
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Markup.mayStart(c) || !TextKey.isKeyChar(c)) {
        return TextKey.key(stripMarkup(text));
      }
    }
    return text;
  }

  /**
   * Whether {@code c} is a CJK ideograph or CJK / full-width punctuation (across which wrapping
   * inserts spaces). Range checks: this runs for every space of every line.
   *
   * @param c one UTF-16 unit; characters outside the basic plane are not CJK here
   * @return whether wrapping white space next to {@code c} may be deleted
   */
  public static boolean isCjk(char c) {
    return c >= '\u4e00' && c <= '\u9fff' // CJK unified ideographs
        || c >= '\u3400' && c <= '\u4dbf' // extension A
        || c >= '\u3000' && c <= '\u303f' // CJK symbols and punctuation
        || c >= '\uff00' && c <= '\uffef' // half- and full-width forms
        || c >= '\uf900' && c <= '\ufaff'; // compatibility ideographs
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
