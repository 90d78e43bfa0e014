package org.yusuan.budget.validation;

import java.io.Serializable;
import java.util.Objects;
import org.yusuan.budget.money.WanYuan;

/**
 * How far a printed total may be from the sum of its printed addends and still count as rounding
 * (容差).
 *
 * <p>Published cells are rounded one by one to 0.01 万元, so each of n addends and the total is off
 * by at most 0.005: {@link #perAddend(WanYuan) perAddend(0.005)} allows 0.005 × (n + 1). Two prints
 * of the same quantity are compared with n = 1, allowing 0.01. {@link #fixed(WanYuan)} allows a
 * constant, {@link #exact()} nothing.
 *
 * <p>Immutable; equal by kind and amount.
 */
public final class Tolerance implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The default per-addend model of published tables: 0.005 万元 per rounded cell. */
  public static final Tolerance PUBLISHED_CELLS = perAddend(WanYuan.parse("0.005"));

  private static final Tolerance EXACT = new Tolerance(false, 0L);

  private final boolean perAddend;
  private final long fen;

  private Tolerance(boolean perAddend, long fen) {
    this.perAddend = perAddend;
    this.fen = fen;
  }

  /**
   * The independent-rounding model: {@code unit × (n + 1)} for a total of n addends.
   *
   * @throws IllegalArgumentException if {@code unit} is negative
   */
  public static Tolerance perAddend(WanYuan unit) {
    return new Tolerance(true, nonNegative(unit));
  }

  /**
   * A constant allowance, whatever the number of addends.
   *
   * @throws IllegalArgumentException if {@code allowed} is negative
   */
  public static Tolerance fixed(WanYuan allowed) {
    long f = nonNegative(allowed);
    return f == 0 ? EXACT : new Tolerance(false, f);
  }

  /** No allowance: any difference is a mismatch. */
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

  /** True for the per-addend model. */
  public boolean isPerAddend() {
    return perAddend;
  }

  /** The amount per addend (per-addend model) or the constant allowance. */
  public WanYuan unit() {
    return WanYuan.ofFen(fen);
  }

  /**
   * The allowance in fen for a comparison with {@code addends} addends (n; use 1 for two prints
   * of the same quantity). Allocation-free.
   *
   * @throws IllegalArgumentException if {@code addends} is negative
   */
  public long allowedFen(int addends) {
    if (addends < 0) {
      throw new IllegalArgumentException("Negative number of addends: " + addends);
    }
    return perAddend ? Math.multiplyExact(fen, (long) addends + 1) : fen;
  }

  /** The allowance for a comparison with {@code addends} addends, as {@link #allowedFen(int)}. */
  public WanYuan allowed(int addends) {
    return WanYuan.ofFen(allowedFen(addends));
  }

  /**
   * Classifies a difference of {@code differenceFen} fen between two sides of an identity with
   * {@code addends} addends.
   */
  public Discrepancy classify(long differenceFen, int addends) {
    return Discrepancy.of(differenceFen, allowedFen(addends));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tolerance
        && ((Tolerance) o).perAddend == perAddend
        && ((Tolerance) o).fen == fen;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fen) * 31 + (perAddend ? 1 : 0);
  }

  /** {@code "0.005 × (n + 1)"}, {@code "0.01"} or {@code "0"}. */
  @Override
  public String toString() {
    return perAddend ? unit() + " × (n + 1)" : unit().toString();
  }
}
