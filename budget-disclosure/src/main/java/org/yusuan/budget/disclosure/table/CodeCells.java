package org.yusuan.budget.disclosure.table;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.text.LayoutTokens.Kind;
import org.yusuan.budget.disclosure.text.LayoutTokens.Token;

/**
 * The 科目编码 of a row printed without tabs (docs/domain/parsing.md §14), in the forms the texts use:
 * split over 类/款/项 columns ({@code 201   05   07}, {@code 301   01}), whole and indented by level
 * ({@code       2050202}), or glued to the name in page text ({@code 2010506统计管理}, {@code 301
 * 01基本工资}). The code cell
 * keeps what is printed: a 款 printed with one digit ({@code 301   2}) stays {@code 3012}, for the
 * code rules to report; nothing is repaired here.
 */
final class CodeCells {
  /** A code glued to the name: 类 (3), 款 (5) or 项 (7) digits, then a character that is no digit. */
  private static final Pattern GLUED = Pattern.compile("(\\d{3}|\\d{5}|\\d{7})([^\\d.,，].*)");
  /** A 款 or 项 part glued to the name after the 类 printed apart ({@code 301 01基本工资}). */
  private static final Pattern GLUED_PART = Pattern.compile("(\\d{1,2})([^\\d.,，].*)");
  private static final int MAX_PARTS = 3;

  private CodeCells() {}

  /**
   * Whether {@code tokens[0, count)} are the parts of one printed code: digits only, the first of
   * three or more digits (a 类 or a whole code), the others of one or two (款, 项), three at most.
   */
  static boolean isCode(List<Token> tokens, int count) {
    if (count < 1 || count > MAX_PARTS) {
      return false;
    }
    for (int i = 0; i < count; i++) {
      Token t = tokens.get(i);
      int length = t.text().length();
      if (t.kind() != Kind.DIGITS || (i == 0 ? length < 3 : length > 2)) {
        return false;
      }
    }
    return true;
  }

  /** The code cell of the parts {@code tokens[0, count)}: as printed, one space apart. */
  static String code(List<Token> tokens, int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sb.append(i == 0 ? "" : " ").append(tokens.get(i).text());
    }
    return sb.toString();
  }

  /** A label that starts with a glued code, split into the code and the name; else absent. */
  static Optional<Token[]> unglue(Token label) {
    return unglue(label, GLUED);
  }

  /** A label that starts with a glued 款 or 项 part, split into the part and the name. */
  static Optional<Token[]> ungluePart(Token label) {
    return unglue(label, GLUED_PART);
  }

  private static Optional<Token[]> unglue(Token label, Pattern glued) {
    Matcher m = glued.matcher(label.text());
    if (label.kind() != Kind.LABEL || !m.matches()) {
      return Optional.empty();
    }
    int split = label.start() + m.group(1).length();
    return Optional.of(new Token[] {
        new Token(m.group(1), label.start(), split, Kind.DIGITS),
        new Token(m.group(2), split, label.end(), Kind.LABEL)});
  }
}
