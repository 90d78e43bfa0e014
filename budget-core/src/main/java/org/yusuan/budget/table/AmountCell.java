package org.yusuan.budget.table;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.money.WanYuan;

/**
 * One amount cell of a table as printed: either empty (nothing printed, which the standard template
 * uses for zero) or an amount in 万元 with its printed precision. A printed {@code 0.00} is {@code
 * of(WanYuan.ZERO)}, distinct from {@link #empty()}.
 *
 * <p>The printed precision is the {@link #quantum()} (末位单位): the value of one unit of the last
 * printed place, to which the published figure was rounded — 0.01 万元 for {@code 12.34} in a 万元
 * table, 1 元 = 0.0001 万元 for {@code 156,211,123} in a 元 table, 0.01 元 for {@code 1,234.56} in a
 * 元 table. The amount is always a whole number of quanta. Checks derive their rounding tolerance
 * from it (docs/domain/invariants.md §1.3). Equality compares amount and quantum; {@link
 * #sameAmount} compares the amount alone.
 */
public final class AmountCell implements Serializable {
  /** Version 1 of the serialised form: the amount (null when empty) and the quantum in fen. */
  private static final long serialVersionUID = 1L;
  private static final AmountCell EMPTY = new AmountCell(null, 0L);

  /** 0.01 万元, the quantum of every cell of a standard 万元 table and of cells without a printed form. */
  public static final WanYuan DEFAULT_QUANTUM = WanYuan.parse("0.01");

  private static final long DEFAULT_QUANTUM_FEN = DEFAULT_QUANTUM.fen();

  /** The printed amount in 万元; null for the empty cell (nothing printed). */
  private final WanYuan amount;
  /** Fen per unit of the last printed place; 0 for the empty cell (nothing printed). */
  private final long quantumFen;

  private AmountCell(WanYuan amount, long quantumFen) {
    this.amount = amount;
    this.quantumFen = quantumFen;
  }

  /** {@return the empty cell (nothing printed), the one instance of it} */
  public static AmountCell empty() {
    return EMPTY;
  }

  /**
   * A cell printing {@code amount} as {@link WanYuan#toString()} prints it — what a cell built from
   * a number without a printed form is (the testkit, JSON of older versions): quantum {@link
   * #DEFAULT_QUANTUM} for a whole number of 0.01 万元, else the finer last place that prints it
   * exactly.
   *
   * @param amount the amount in 万元, any sign
   * @return the cell, never the empty one
   */
  public static AmountCell of(WanYuan amount) {
    Objects.requireNonNull(amount, "amount");
    return new AmountCell(amount, impliedQuantumFen(amount));
  }

  /**
   * A cell printing {@code amount} to the last place {@code quantum}.
   *
   * @param amount the amount in 万元, a whole number of {@code quantum}
   * @param quantum the value in 万元 of one unit of the last printed place (末位单位): 0.01 for a
   *     万元 table printing two decimals, 0.0001 for a 元 table printing whole 元
   * @return the cell, never the empty one
   * @throws IllegalArgumentException if {@code quantum} is not a positive power of ten fen (1 fen,
   *     0.1 元, 1 元 … 1 万元 …) or {@code amount} is not a whole number of {@code quantum}
   */
  public static AmountCell of(WanYuan amount, WanYuan quantum) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(quantum, "quantum");
    long q = quantum.fen();
    if (!isPowerOfTen(q)) {
      throw new IllegalArgumentException(
          "A printed precision is a power of ten fen (0.000001, 0.00001 … 0.01, 1 … 万元), not " + quantum);
    }
    if (amount.fen() % q != 0) {
      throw new IllegalArgumentException(
          "The amount " + amount + " is not a whole number of its printed precision " + quantum + " 万元");
    }
    return new AmountCell(amount, q);
  }

  /**
   * A cell printing {@code amount} as {@link #of(WanYuan)} does, or the empty cell.
   *
   * @param amount the amount in 万元; empty for a cell where nothing is printed
   * @return the cell, empty exactly when {@code amount} is
   */
  public static AmountCell of(Optional<WanYuan> amount) {
    return amount.map(AmountCell::of).orElse(EMPTY);
  }

  /**
   * The cell whose printed text is {@code text} in a table printed in 万元, as {@link
   * #parse(CharSequence, MoneyUnit)} reads it.
   *
   * @param text the cell's text as printed ({@code 1,234.56}, {@code -3.00}); blank for the empty
   *     cell
   * @return the cell, its quantum the last printed place
   * @throws org.yusuan.budget.money.MoneyFormatException if the text is not an amount
   */
  public static AmountCell parse(CharSequence text) {
    return parse(text, MoneyUnit.WAN_YUAN);
  }

  /**
   * The cell whose printed text is {@code text} in a table whose amounts are printed in {@code
   * unitOfBareNumber}: blank text is the empty cell; anything else is read by {@link
   * WanYuan#parse(CharSequence, MoneyUnit)} (a unit printed in the cell wins), its quantum by {@link
   * WanYuan#printedQuantum}.
   *
   * @param text the cell's text as printed; blank for the empty cell
   * @param unitOfBareNumber the unit the table's header declares (单位：万元 / 单位：元), which a
   *     number printed without a unit is in
   * @return the cell, amount converted to 万元, its quantum the last printed place in that unit
   * @throws org.yusuan.budget.money.MoneyFormatException if the text is not an amount
   */
  public static AmountCell parse(CharSequence text, MoneyUnit unitOfBareNumber) {
    Objects.requireNonNull(text, "text");
    if (text.toString().isBlank()) {
      return EMPTY;
    }
    WanYuan amount = WanYuan.parse(text, unitOfBareNumber);
    return new AmountCell(amount, WanYuan.printedQuantum(text, unitOfBareNumber).fen());
  }

  /**
   * The cells whose printed texts are {@code texts}, each read by {@link #parse(CharSequence)}.
   *
   * @param texts the cells' texts as printed in a 万元 table, in column order; blank for empty cells
   * @return the cells in the same order, an unmodifiable list
   * @throws org.yusuan.budget.money.MoneyFormatException naming the first text that is not an amount
   */
  public static List<AmountCell> parseAll(String... texts) {
    List<AmountCell> cells = new ArrayList<>(texts.length);
    for (String text : texts) {
      cells.add(parse(text));
    }
    return List.copyOf(cells);
  }

  /** {@return the printed amount in 万元; empty when nothing is printed} */
  public Optional<WanYuan> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * {@return the printed amount in 万元, or zero when nothing is printed (the template's way of
   * writing zero)}
   */
  public WanYuan amountOrZero() {
    return amount == null ? WanYuan.ZERO : amount;
  }

  /** {@return whether nothing is printed in this cell (a printed {@code 0.00} is not empty)} */
  public boolean isEmpty() {
    return amount == null;
  }

  /**
   * {@return the value in 万元 of one unit of the last printed place (末位单位); empty when nothing
   * is printed}
   */
  public Optional<WanYuan> quantum() {
    return amount == null ? Optional.empty() : Optional.of(WanYuan.ofFen(quantumFen));
  }

  /**
   * {@return {@link #quantum()} in fen (分, 0.01 元): 1 for a cell printed to the 分, 1000 for one
   * printed to 0.01 万元; 0 when nothing is printed}
   * Allocation-free, for the checks' loops.
   */
  public long quantumFen() {
    return quantumFen;
  }

  /** {@return whether the quantum is {@link #DEFAULT_QUANTUM} (false for the empty cell)} */
  public boolean hasDefaultQuantum() {
    return quantumFen == DEFAULT_QUANTUM_FEN;
  }

  /**
   * {@return whether the quantum is the one {@link #of(WanYuan)} gives this amount, so that the
   * amount's own text {@link #toString()} says it all (true for the empty cell)} JSON writes the
   * quantum only when this is false.
   */
  public boolean hasImpliedQuantum() {
    return amount == null || quantumFen == impliedQuantumFen(amount);
  }

  /**
   * {@return whether both cells print the same amount, or both nothing, whatever their precision}
   * {@code 12.30} printed to 0.01 and {@code 12.3} printed to 0.1 have the same amount.
   *
   * @param other the cell to compare with
   */
  public boolean sameAmount(AmountCell other) {
    return Objects.equals(amount, other.amount);
  }

  /**
   * {@return whether two rows of cells print the same amounts cell by cell, whatever their
   * precision; false when their lengths differ}
   *
   * @param a one row's cells, in column order
   * @param b the other row's cells, in column order
   */
  public static boolean sameAmounts(List<AmountCell> a, List<AmountCell> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).sameAmount(b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static long impliedQuantumFen(WanYuan amount) {
    long q = DEFAULT_QUANTUM_FEN;
    while (amount.fen() % q != 0) {
      q /= 10;
    }
    return q;
  }

  private static boolean isPowerOfTen(long fen) {
    if (fen <= 0) {
      return false;
    }
    long f = fen;
    while (f % 10 == 0) {
      f /= 10;
    }
    return f == 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AmountCell other && Objects.equals(amount, other.amount) && quantumFen == other.quantumFen;
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(amount) * 31 + Long.hashCode(quantumFen);
  }

  /** The amount as {@link WanYuan#toString()} prints it, or {@code ""} for the empty cell. */
  @Override
  public String toString() {
    return amount == null ? "" : amount.toString();
  }

  /**
   * Keeps {@link #empty()} the one empty cell after deserialisation, and gives a cell serialised
   * before cells had a precision the quantum {@link #of(WanYuan)} gives its amount.
   *
   * @return the cell to use in place of the one read
   */
  private Object readResolve() {
    if (amount == null) {
      return EMPTY;
    }
    // a cell serialised before cells had a precision reads as one built from its amount
    return quantumFen == 0 ? of(amount) : this;
  }
}
