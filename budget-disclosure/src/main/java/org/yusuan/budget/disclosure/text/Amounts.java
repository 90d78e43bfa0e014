package org.yusuan.budget.disclosure.text;

import java.util.Optional;
import java.util.regex.Pattern;
import org.yusuan.budget.money.MoneyFormatException;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.table.AmountCell;

/**
 * Amount cells as tables print them (docs/domain/parsing.md §8): empty means zero printed as nothing; otherwise
 * a number with optional thousands separators and an optional unit that overrides the table's.
 */
public final class Amounts {
  private static final Pattern NUMBER = Pattern.compile(
      "[+\\-−]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?\\s*(万元|亿元|元|万|亿)?");

  private Amounts() {}

  /**
   * {@return whether {@code text} is an amount (not empty)} Full-width commas count as thousands
   * separators.
   *
   * @param text a cleaned cell, as in {@link SourceLine#cells()}
   */
  public static boolean isAmount(String text) {
    return !text.isEmpty() && NUMBER.matcher(text.replace('，', ',')).matches();
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
