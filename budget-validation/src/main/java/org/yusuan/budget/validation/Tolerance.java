package org.yusuan.budget.validation;

import java.io.Serializable;
import java.util.Objects;
import org.yusuan.budget.money.WanYuan;

/**
 * How far a printed total may be from the sum of its printed addends and still count as rounding
 * (容差).
 *
 * <p>The default, {@link #PUBLISHED_CELLS} ({@link #printedPrecision()}), follows each operand's
 * printed precision as XBRL Calculations 1.1 does in its round-to-nearest mode (Recommendation
 * 2023-02-22, https://www.xbrl.org/Specification/calculation-1.1/REC-2023-02-22/calculation-1.1-REC-2023-02-22.html):
 * a figure printed to a last place of value q (its quantum, {@link org.yusuan.budget.table.AmountCell#quantum()})
 * stands for any value in [v − q/2, v + q/2], and a total is consistent with its addends when its
 * interval meets the sum of theirs, i.e. |total − Σ| ≤ Σ q/2 over the addends and the total. With
 * every operand at one quantum q that is (n + 1) × q/2: 0.005 × (n + 1) for 万元 tables printed to
 * 0.01 万元 — the model of the standard template — and 0.5 元 × (n + 1) for whole-元 tables, which are
 * thus checked at the 元: any difference rounding cannot make is a mismatch. With mixed precisions
 * each operand brings its own half quantum (a 万元 total over whole-元 cells: 0.005 万元 + n × 0.5 元),
 * never the coarsest one n + 1 times. Two prints of one quantity are compared with n = 1. An empty
 * cell (the template's zero) and a bare zero amount carry no rounding and do not count; a printed
 * {@code 0} or {@code 0.00} does, as in XBRL. The total always counts, an empty one with the
 * coarsest quantum of its addends. Amounts given without a printed form count at the default 0.01
 * 万元. Amounts are whole fen, so the allowance is ⌊Σ q / 2⌋ fen, which decides exactly as Σ q/2
 * would.
 *
 * <p>{@link #perAddend(WanYuan) perAddend(u)} allows u × (n + 1) whatever the precision, {@link
 * #fixed(WanYuan)} a constant, {@link #exact()} nothing. Immutable; equal by kind and amount.
 */
public final class Tolerance implements Serializable {
  private static final long serialVersionUID = 2L;

  /** The kinds of allowance. */
  private enum Kind {
    PRINTED, PER_ADDEND, FIXED
  }

  /** Half the default quantum (0.01 万元): what {@link #allowedFen(int)} assumes per operand. */
  private static final long HALF_DEFAULT_QUANTUM_FEN = 5_000L;

  /** The default model of published tables: half the printed precision of each operand. */
  public static final Tolerance PUBLISHED_CELLS = new Tolerance(Kind.PRINTED, HALF_DEFAULT_QUANTUM_FEN);

  private static final Tolerance EXACT = new Tolerance(Kind.FIXED, 0L);

  /** Which model of allowance this is (part of the serialized form). */
  private final Kind kind;
  /**
   * The model's amount in fen: per operand (half the default quantum for the printed-precision model)
   * or the constant allowance (part of the serialized form).
   */
  private final long fen;

  private Tolerance(Kind kind, long fen) {
    this.kind = kind;
    this.fen = fen;
  }

  /**
   * {@return the printed-precision model (XBRL Calculations 1.1, round-to-nearest): {@link #PUBLISHED_CELLS}}
   */
  public static Tolerance printedPrecision() {
    return PUBLISHED_CELLS;
  }

  /**
   * The independent-rounding model at one assumed precision: {@code unit × (n + 1)} for a total of
   * n addends, whatever the operands' printed precision.
   *
   * @param unit the allowance per operand in 万元, e.g. 0.005 for amounts rounded to 0.01 万元
   * @return the tolerance
   * @throws IllegalArgumentException if {@code unit} is negative
   */
  public static Tolerance perAddend(WanYuan unit) {
    return new Tolerance(Kind.PER_ADDEND, nonNegative(unit));
  }

  /**
   * A constant allowance, whatever the number of addends.
   *
   * @param allowed the largest difference still counted as rounding, in 万元; 0 gives {@link #exact()}
   * @return the tolerance
   * @throws IllegalArgumentException if {@code allowed} is negative
   */
  public static Tolerance fixed(WanYuan allowed) {
    long f = nonNegative(allowed);
    return f == 0 ? EXACT : new Tolerance(Kind.FIXED, f);
  }

  /** {@return the tolerance without allowance: any difference is a mismatch} */
  public static Tolerance exact() {
    return EXACT;
  }

  private static long nonNegative(WanYuan amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("A tolerance cannot be negative: " + amount);
    }
    return amount.fen();
  }

  /** {@return true for the per-addend model} */
  public boolean isPerAddend() {
    return kind == Kind.PER_ADDEND;
  }

  /** {@return true for the printed-precision model} */
  public boolean isPrintedPrecision() {
    return kind == Kind.PRINTED;
  }

  /**
   * {@return the amount per operand (per-addend model; 0.005, half the default quantum, for the
   * printed-precision model) or the constant allowance}
   */
  public WanYuan unit() {
    return WanYuan.ofFen(fen);
  }

  /**
   * The allowance in fen for a comparison with {@code addends} addends (n; use 1 for two prints
   * of the same quantity), every operand printed to the default 0.01 万元. Allocation-free.
   *
   * @param addends n, the number of addends that may carry rounding
   * @return the allowance in fen (分)
   * @throws IllegalArgumentException if {@code addends} is negative
   */
  public long allowedFen(int addends) {
    if (addends < 0) {
      throw new IllegalArgumentException("Negative number of addends: " + addends);
    }
    return kind == Kind.FIXED ? fen : Math.multiplyExact(fen, (long) addends + 1);
  }

  /**
   * The allowance in fen for a comparison with {@code addends} addends whose counted operands (the
   * n non-zero addends and the total) have quanta summing to {@code quantaFen} fen: ⌊quantaFen / 2⌋
   * for the printed-precision model, as {@link #allowedFen(int)} for the others. Allocation-free.
   *
   * @param addends n, the number of addends that may carry rounding
   * @param quantaFen Σ of the printed quanta of the counted operands and the total, in fen
   * @return the allowance in fen (分)
   * @throws IllegalArgumentException if {@code addends} or {@code quantaFen} is negative
   */
  public long allowedFen(int addends, long quantaFen) {
    if (quantaFen < 0) {
      throw new IllegalArgumentException("Negative sum of quanta: " + quantaFen);
    }
    if (kind != Kind.PRINTED) {
      return allowedFen(addends);
    }
    if (addends < 0) {
      throw new IllegalArgumentException("Negative number of addends: " + addends);
    }
    return quantaFen / 2;
  }

  /**
   * {@return the allowance for a comparison with {@code addends} addends, as {@link #allowedFen(int)}}
   *
   * @param addends n, the number of addends that may carry rounding
   * @throws IllegalArgumentException if {@code addends} is negative
   */
  public WanYuan allowed(int addends) {
    return WanYuan.ofFen(allowedFen(addends));
  }

  /**
   * Classifies a difference of {@code differenceFen} fen between two sides of an identity with
   * {@code addends} addends, every operand printed to the default 0.01 万元.
   *
   * @param differenceFen total − Σ addends, in fen; its sign does not matter
   * @param addends n, the number of addends that may carry rounding
   * @return NONE for 0, ROUNDING within the allowance, MISMATCH beyond it
   * @throws IllegalArgumentException if {@code addends} is negative
   */
  public Discrepancy classify(long differenceFen, int addends) {
    return Discrepancy.of(differenceFen, allowedFen(addends));
  }

  /**
   * Classifies a difference of {@code differenceFen} fen with {@code addends} addends whose counted
   * operands have quanta summing to {@code quantaFen}, as {@link #allowedFen(int, long)}.
   *
   * @param differenceFen total − Σ addends, in fen; its sign does not matter
   * @param addends n, the number of addends that may carry rounding
   * @param quantaFen Σ of the printed quanta of the counted operands and the total, in fen
   * @return NONE for 0, ROUNDING within the allowance, MISMATCH beyond it
   * @throws IllegalArgumentException if {@code addends} or {@code quantaFen} is negative
   */
  public Discrepancy classify(long differenceFen, int addends, long quantaFen) {
    return Discrepancy.of(differenceFen, allowedFen(addends, quantaFen));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tolerance && ((Tolerance) o).kind == kind && ((Tolerance) o).fen == fen;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fen) * 31 + kind.ordinal();
  }

  /** {@code "Σ q/2 (0.005 × (n + 1))"}, {@code "0.005 × (n + 1)"}, {@code "0.01"} or {@code "0"}. */
  @Override
  public String toString() {
    switch (kind) {
      case PRINTED:
        return "Σ q/2 (" + unit() + " × (n + 1))";
      case PER_ADDEND:
        return unit() + " × (n + 1)";
      default:
        return unit().toString();
    }
  }
}
