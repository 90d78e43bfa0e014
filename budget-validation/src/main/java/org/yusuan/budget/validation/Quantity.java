package org.yusuan.budget.validation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.yusuan.budget.money.WanYuan;

/**
 * A value a finding compares (比较值): an amount in 万元, a percentage, a count or a text such as a
 * code or a name. Amounts stay exact {@link WanYuan}; {@link #toString()} is the stable printed form
 * used in reports, JSON and fingerprints ({@code "13487.42"}, {@code "70.71%"}, {@code "3"}).
 */
public final class Quantity implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What a quantity measures. */
  public enum Kind {
    /** An amount in 万元. */
    AMOUNT,
    /** A percentage, printed with its {@code %}. */
    PERCENT,
    /** A whole count (of projects, rows, sheets …). */
    COUNT,
    /** A text: a code, a name, a date. */
    TEXT
  }

  /** What this quantity measures (part of the serialized form). */
  private final Kind kind;
  // An amount's text is made when first needed (most findings are never printed); the racy
  // single-check idiom is safe for an immutable String.
  /** The printed form; null for an amount not yet printed, always set in the serialized form. */
  private String text;
  /**
   * The exact amount of an {@link Kind#AMOUNT} quantity, null for the other kinds; for one made by
   * {@link #ofFen} null until first needed (a sum check's values are mostly never read again), then
   * made from {@link #fen} (racy single-check: a {@code WanYuan} is immutable). Always set in the
   * serialized form.
   */
  private WanYuan amount;
  /** The amount in fen of a quantity made by {@link #ofFen} (whose {@link #amount} starts null). */
  private final transient long fen;

  private Quantity(Kind kind, String text, WanYuan amount) {
    this.kind = kind;
    this.text = text;
    this.amount = amount;
    this.fen = 0;
  }

  private Quantity(long fen) {
    this.kind = Kind.AMOUNT;
    this.fen = fen;
  }

  /**
   * {@return an amount in 万元, printed exactly ({@code 13487.42})}
   *
   * @param amount the amount
   */
  public static Quantity of(WanYuan amount) {
    return new Quantity(Kind.AMOUNT, null, Objects.requireNonNull(amount, "amount"));
  }

  /**
   * {@return an amount of {@code fen} fen}, as {@code of(WanYuan.ofFen(fen))}, its {@code WanYuan}
   * made only when asked for or printed.
   *
   * @param fen the amount in the fen of {@link WanYuan#ofFen}
   */
  static Quantity ofFen(long fen) {
    // the one value WanYuan rejects is rejected here, as before, not when printed
    return fen == Long.MIN_VALUE ? of(WanYuan.ofFen(fen)) : new Quantity(fen);
  }

  /**
   * {@return a percentage}, e.g. {@code percent(new BigDecimal("70.71"))} prints {@code 70.71%}.
   *
   * @param percent the percentage (70.71 for 70.71 %), printed with its scale as given
   */
  public static Quantity percent(BigDecimal percent) {
    return new Quantity(Kind.PERCENT, percent.toPlainString() + "%", null);
  }

  /**
   * {@return a count (of projects, rows, sheets …)}
   *
   * @param count the count
   */
  public static Quantity count(long count) {
    return new Quantity(Kind.COUNT, Long.toString(count), null);
  }

  /**
   * {@return a text value (a code, a name, a date), reported verbatim}
   *
   * @param text the text as read
   */
  public static Quantity text(String text) {
    return new Quantity(Kind.TEXT, Objects.requireNonNull(text, "text"), null);
  }

  /** {@return what this quantity measures} */
  public Kind kind() {
    return kind;
  }

  /** {@return the amount, for {@link Kind#AMOUNT} quantities} */
  public Optional<WanYuan> amount() {
    return Optional.ofNullable(exactAmount());
  }

  /** The amount, made from {@link #fen} at the first call for one made by {@link #ofFen}; null for other kinds. */
  private WanYuan exactAmount() {
    WanYuan a = amount;
    if (a == null && kind == Kind.AMOUNT) {
      a = WanYuan.ofFen(fen);
      amount = a;
    }
    return a;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity && ((Quantity) o).kind == kind && ((Quantity) o).toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + toString().hashCode();
  }

  /** The stable printed form: {@code 13487.42}, {@code 70.71%}, {@code 3} or the text. */
  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      t = exactAmount().toString();
      text = t;
    }
    return t;
  }

  /**
   * Writes the text too, so the serial form is the one of an eagerly printed amount.
   *
   * @param out the stream
   * @throws java.io.IOException if the stream fails
   */
  private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
    toString();
    exactAmount();
    out.defaultWriteObject();
  }
}
