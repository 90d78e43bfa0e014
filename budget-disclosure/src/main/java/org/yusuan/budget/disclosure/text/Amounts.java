package org.yusuan.budget.disclosure.text;

import java.util.Optional;
import org.yusuan.budget.money.MoneyFormatException;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.table.AmountCell;

/**
 * Amount cells as tables print them (docs/domain/parsing.md §8): empty means zero printed as nothing; otherwise
 * a number with optional thousands separators and an optional unit that overrides the table's.
 */
public final class Amounts {

  private Amounts() {}

  /**
   * {@return whether {@code text} is an amount (not empty)}: {@code [+\-−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?
   * \s*(万元|亿元|元|万|亿)?}, where full-width commas count as thousands separators.
   *
   * @param text a cleaned cell, as in {@link SourceLine#cells()}
   */
  public static boolean isAmount(String text) {
    // a scan, not the pattern above (kept in the tests as the oracle): every cell of every table row
    // is asked
    int n = text.length();
    int i = 0;
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-' || text.charAt(i) == '−')) {
      i++;
    }
    int start = i;
    i = digits(text, i);
    int lead = i - start;
    if (lead == 0) {
      return false;
    }
    if (i < n && isComma(text.charAt(i))) {
      if (lead > 3) {
        return false;
      }
      while (i < n && isComma(text.charAt(i))) { // groups of exactly three digits
        int group = digits(text, i + 1);
        if (group - (i + 1) != 3) {
          return false;
        }
        i = group;
      }
    }
    if (i < n && text.charAt(i) == '.') {
      int fraction = digits(text, i + 1);
      if (fraction == i + 1) {
        return false;
      }
      i = fraction;
    }
    while (i < n && isRegexSpace(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return true;
    }
    return endsWith(text, i, "万元") || endsWith(text, i, "亿元") || endsWith(text, i, "元")
        || endsWith(text, i, "万") || endsWith(text, i, "亿");
  }

  /** {@return whether {@code text} from {@code i} is {@code unit}} */
  private static boolean endsWith(String text, int i, String unit) {
    return text.length() - i == unit.length() && text.startsWith(unit, i);
  }

  /** {@return the index after the ASCII digits from {@code i}} */
  private static int digits(String text, int i) {
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private static boolean isComma(char c) {
    return c == ',' || c == '，';
  }

  /** {@code \\s} of a pattern without the Unicode flag. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  /**
   * {@return whether {@code text} is empty or an amount: what an amount cell may hold}
   *
   * @param text a cleaned cell, as in {@link SourceLine#cells()}
   */
  public static boolean isAmountCell(String text) {
    return text.isEmpty() || isAmount(text);
  }

  /**
   * The cell for {@code text} in a table printed in {@code unit}, with the printed precision of its
   * text ({@link AmountCell#quantum()}: 1 元 for {@code 156,211,123} in a 元 table); empty for an
   * empty text; absent when the text is not an amount or not exact to the fen.
   *
   * @param text a cleaned cell, as in {@link SourceLine#cells()}; a unit printed in it (万元, 元, …)
   *     overrides {@code unit}
   * @param unit the unit the table declares for its amounts (万元 or 元)
   * @return the cell, or empty when {@code text} cannot be an amount cell
   */
  public static Optional<AmountCell> cell(String text, MoneyUnit unit) {
    if (text.isEmpty()) {
      return Optional.of(AmountCell.empty());
    }
    if (!isAmount(text)) {
      return Optional.empty();
    }
    try {
      return Optional.of(AmountCell.parse(text.replace('，', ','), unit));
    } catch (MoneyFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }
}
