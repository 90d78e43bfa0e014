package org.yusuan.budget.table;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.yusuan.budget.money.WanYuan;

/**
 * One amount cell of a table as printed: either empty (nothing printed, which the standard template
 * uses for zero) or an amount in 万元. A printed {@code 0.00} is {@code of(WanYuan.ZERO)}, distinct
 * from {@link #empty()}.
 */
public final class AmountCell implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final AmountCell EMPTY = new AmountCell(null);

  private final WanYuan amount;

  private AmountCell(WanYuan amount) {
    this.amount = amount;
  }

  /** The empty cell (nothing printed). */
  public static AmountCell empty() {
    return EMPTY;
  }

  /** A cell printing {@code amount}. */
  public static AmountCell of(WanYuan amount) {
    return new AmountCell(Objects.requireNonNull(amount, "amount"));
  }

  /** A cell printing {@code amount}, or the empty cell when {@code amount} is empty. */
  public static AmountCell of(Optional<WanYuan> amount) {
    return amount.map(AmountCell::of).orElse(EMPTY);
  }

  /**
   * The cell whose printed text is {@code text}: blank text is the empty cell, anything else is read
   * by {@link WanYuan#parse(CharSequence)} (a bare number is 万元).
   *
   * @throws org.yusuan.budget.money.MoneyFormatException if the text is not an amount
   */
  public static AmountCell parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return text.toString().isBlank() ? EMPTY : of(WanYuan.parse(text));
  }

  /**
   * The cells whose printed texts are {@code texts}, each read by {@link #parse(CharSequence)}.
   *
   * @throws org.yusuan.budget.money.MoneyFormatException naming the first text that is not an amount
   */
  public static List<AmountCell> parseAll(String... texts) {
    List<AmountCell> cells = new ArrayList<>(texts.length);
    for (String text : texts) {
      cells.add(parse(text));
    }
    return List.copyOf(cells);
  }

  /** The printed amount; empty when nothing is printed. */
  public Optional<WanYuan> amount() {
    return Optional.ofNullable(amount);
  }

  /** The printed amount, or zero when nothing is printed (the template's way of writing zero). */
  public WanYuan amountOrZero() {
    return amount == null ? WanYuan.ZERO : amount;
  }

  /** Whether nothing is printed in this cell. */
  public boolean isEmpty() {
    return amount == null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AmountCell other && Objects.equals(amount, other.amount);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(amount);
  }

  /** The amount as {@link WanYuan#toString()} prints it, or {@code ""} for the empty cell. */
  @Override
  public String toString() {
    return amount == null ? "" : amount.toString();
  }

  private Object readResolve() {
    return amount == null ? EMPTY : this;
  }
}
