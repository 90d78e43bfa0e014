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
  private static final long serialVersionUID = 1L;
  private static final AmountCell EMPTY = new AmountCell(null, 0L);

  /** 0.01 万元, the quantum of every cell of a standard 万元 table and of cells without a printed form. */
  public static final WanYuan DEFAULT_QUANTUM = WanYuan.parse("0.01");

  private static final long DEFAULT_QUANTUM_FEN = DEFAULT_QUANTUM.fen();

  private final WanYuan amount;
  /** Fen per unit of the last printed place; 0 for the empty cell (nothing printed). */
  private final long quantumFen;

  private AmountCell(WanYuan amount, long quantumFen) {
    this.amount = amount;
    this.quantumFen = quantumFen;
  }

  /** The empty cell (nothing printed). */
  public static AmountCell empty() {
    return EMPTY;
  }

  /**
   * A cell printing {@code amount} as {@link WanYuan#toString()} prints it — what a cell built from
   * a number without a printed form is (the testkit, JSON of older versions): quantum {@link
   * #DEFAULT_QUANTUM} for a whole number of 0.01 万元, else the finer last place that prints it
   * exactly.
   */
  public static AmountCell of(WanYuan amount) {
    Objects.requireNonNull(amount, "amount");
    return new AmountCell(amount, impliedQuantumFen(amount));
  }

  /**
   * A cell printing {@code amount} to the last place {@code quantum}.
   *
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

  /** A cell printing {@code amount}, or the empty cell when {@code amount} is empty. */
  public static AmountCell of(Optional<WanYuan> amount) {
    return amount.map(AmountCell::of).orElse(EMPTY);
  }

  /**
   * The cell whose printed text is {@code text} in a table printed in 万元, as {@link
   * #parse(CharSequence, MoneyUnit)} reads it.
   *
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

  /** The value of one unit of the last printed place; empty when nothing is printed. */
  public Optional<WanYuan> quantum() {
    return amount == null ? Optional.empty() : Optional.of(WanYuan.ofFen(quantumFen));
  }

  /** {@link #quantum()} in fen, 0 when nothing is printed; allocation-free for the checks' loops. */
  public long quantumFen() {
    return quantumFen;
  }

  /** Whether the quantum is {@link #DEFAULT_QUANTUM} (also false for the empty cell). */
  public boolean hasDefaultQuantum() {
    return quantumFen == DEFAULT_QUANTUM_FEN;
  }

  /**
   * Whether the quantum is the one {@link #of(WanYuan)} gives this amount, so that the amount's own
   * text {@link #toString()} says it all (true for the empty cell). JSON writes the quantum only
   * when this is false.
   */
  public boolean hasImpliedQuantum() {
    return amount == null || quantumFen == impliedQuantumFen(amount);
  }

  /** Whether both cells print the same amount, or both nothing, whatever their precision. */
  public boolean sameAmount(AmountCell other) {
    return Objects.equals(amount, other.amount);
  }

  /** Whether two rows of cells print the same amounts cell by cell, whatever their precision. */
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

  private Object readResolve() {
    if (amount == null) {
      return EMPTY;
    }
    // a cell serialised before cells had a precision reads as one built from its amount
    return quantumFen == 0 ? of(amount) : this;
  }
}
