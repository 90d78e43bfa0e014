package org.yusuan.budget.disclosure.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.catalog.Names;

/**
 * The one place where extracted PDF text is cleaned (parsing.md §2, §10, §11). Every reader and
 * matcher goes through these functions, so that a label, a name or a number means the same
 * everywhere.
 */
public final class TextNormalizer {
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(\\s[^<>]*)?/?>");
  private static final Pattern LATEX = Pattern.compile("\\\\(geq|leq|ge|le|neq|times|%|approx)");
  private static final Pattern AND_BETWEEN_CJK =
      Pattern.compile("(?<=[\\p{IsHan}]) and (?=[\\p{IsHan}])");

  private TextNormalizer() {}

  /**
   * Removes markup residue: HTML tags (inner text kept), markdown {@code **}, LaTeX {@code \geq}
   * {@code \leq} {@code \%} and {@code $}, and an English {@code and} between two Chinese
   * characters (a machine substitution for 和).
   */
  public static String stripMarkup(String text) {
    String s = text;
    if (s.indexOf('<') >= 0) {
      s = TAG.matcher(s).replaceAll("");
    }
    if (s.contains("**")) {
      s = s.replace("**", "");
    }
    if (s.indexOf('\\') >= 0) {
      Matcher m = LATEX.matcher(s);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(sb, Matcher.quoteReplacement(latex(m.group(1))));
      }
      m.appendTail(sb);
      s = sb.toString();
    }
    if (s.indexOf('$') >= 0) {
      s = s.replace("$", "");
    }
    if (s.contains(" and ")) {
      s = AND_BETWEEN_CJK.matcher(s).replaceAll("和");
    }
    return s;
  }

  private static String latex(String command) {
    switch (command) {
      case "geq":
      case "ge":
        return "≥";
      case "leq":
      case "le":
        return "≤";
      case "neq":
        return "≠";
      case "times":
        return "×";
      case "approx":
        return "≈";
      default:
        return "%";
    }
  }


  /**
   * A cell's value as printed, with the wrapping damage removed: white space between two Chinese
   * characters, inside a run of digits and around a decimal point or thousands separator is deleted;
   * other runs of white space become one space; the ends are trimmed. {@code 灾害防治及应 急管理支出}
   * becomes {@code 灾害防治及应急管理支出}, {@code 1 234.5 6} becomes {@code 1234.56}.
   */
  public static String compact(String text) {
    String s = trim(text);
    if (s.isEmpty() || !hasSpace(s)) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        sb.append(c);
        i++;
        continue;
      }
      int j = i;
      while (j < n && isSpace(s.charAt(j))) {
        j++;
      }
      char before = sb.length() == 0 ? 0 : sb.charAt(sb.length() - 1);
      char after = j < n ? s.charAt(j) : 0;
      if (!joins(before, after)) {
        sb.append(' ');
      }
      i = j;
    }
    return sb.toString();
  }

  /** {@code text} without leading and trailing {@link #isSpace spaces} (also no-break spaces). */
  private static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == text.length() ? text : text.substring(start, end);
  }

  private static boolean hasSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isSpace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean joins(char before, char after) {
    if (isCjk(before) && isCjk(after)) {
      return true;
    }
    boolean numericBefore = isDigit(before) || before == '.' || before == ',';
    boolean numericAfter = isDigit(after) || after == '.' || after == ',';
    return numericBefore && numericAfter;
  }

  /**
   * The form in which labels and names are compared: markup removed, then the catalog's own name
   * normalisation ({@link Names#normalize}: NFKC width folding, bracket, dash and quote variants
   * unified, every white space removed). {@code 一次性项目（1年结束）} and {@code 一次性项目(1年结束)}
   * fold to the same key; {@code “三公”} and {@code "三公"} too.
   */
  public static String label(String text) {
    return Names.normalize(stripMarkup(text));
  }

  /** Whether {@code c} is white space, the ideographic space or a no-break space. */
  public static boolean isSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f;
    }
    return c == '\u3000' || c == '\u00a0' || c == '\u0085' || c == '\u1680'
        || c >= '\u2000' && c <= '\u200a' || c == '\u2028' || c == '\u2029' || c == '\u202f'
        || c == '\u205f';
  }

  /**
   * Whether {@code c} is a CJK ideograph or CJK / full-width punctuation (across which wrapping
   * inserts spaces). Range checks: this runs for every space of every line.
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
