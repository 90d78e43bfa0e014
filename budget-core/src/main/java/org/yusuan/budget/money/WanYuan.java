package org.yusuan.budget.money;

import com.google.common.math.LongMath;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An amount of money in 万元 (ten thousand yuan), exact to the fen (分): 1 万元 = 1,000,000 fen.
 *
 * <p>The amount is a {@code long} count of fen, so arithmetic is exact, allocation-free in sums and
 * fast; the range is symmetric, ±{@value Long#MAX_VALUE} fen (about ±9.2 万亿 万元, i.e. ±9.2 ×
 * 10<sup>12</sup> 万元), and any result outside it throws {@link ArithmeticException}, never wraps
 * around. There is no {@code double}
 * anywhere: amounts come from text, {@link BigDecimal} or whole numbers, and finer-than-a-fen input
 * is rejected rather than rounded. Rounding happens only when asked for, with {@link #rounded}.
 *
 * <pre>{@code
 * WanYuan a = WanYuan.parse("13,487.42");          // 13487.42 万元
 * WanYuan b = WanYuan.parse("3,000,000元");        // 300.00 万元
 * WanYuan c = a.plus(b).minus(WanYuan.parse("2.605975亿元"));
 * c.toString();                                    // "-12272.33"
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; compare with {@link #equals} or {@link #compareTo},
 * which agree (unlike {@link BigDecimal}: {@code 1.0} and {@code 1.00} are the same amount here).
 */
public final class WanYuan implements Comparable<WanYuan>, Serializable {
  private static final long serialVersionUID = 1L;

  /** Fen per 万元. */
  static final long FEN_PER_WAN_YUAN = 1_000_000L;

  /** Zero 万元. */
  public static final WanYuan ZERO = new WanYuan(0L);

  /** 0.01 万元, the last printed place of a standard table cell. */
  private static final WanYuan CENT_OF_WAN_YUAN = new WanYuan(10_000L);

  /**
   * The amount as a count of fen (分); never {@link Long#MIN_VALUE}, so that negation stays in
   * range. This single {@code long} is the whole serialized form.
   */
  private final long fen;

  private WanYuan(long fen) {
    this.fen = fen;
  }

  // ---------------------------------------------------------------- factories

  /**
   * {@return the amount of {@code fen} fen (分)} This is the exact inverse of {@link #fen()}; the
   * cached {@link #ZERO} for zero.
   *
   * @param fen the amount in fen (0.000001 万元 each), of either sign
   * @throws ArithmeticException for {@link Long#MIN_VALUE}, which has no negation in range
   */
  public static WanYuan ofFen(long fen) {
    return fen == 0 ? ZERO : new WanYuan(checkRange(fen));
  }

  /**
   * {@return a whole number of 万元}
   *
   * @param wanYuan the amount in 万元, of either sign
   * @throws ArithmeticException if {@code wanYuan} × 1,000,000 fen overflows a {@code long}, that
   *     is beyond about ±9.2 × 10<sup>12</sup> 万元
   */
  public static WanYuan of(long wanYuan) {
    return ofFen(Math.multiplyExact(wanYuan, FEN_PER_WAN_YUAN));
  }

  /**
   * {@return an amount given in 万元, e.g. {@code new BigDecimal("13487.42")}} The scale of the
   * argument does not matter: {@code 1.5} and {@code 1.500000} give the same amount; trailing zeros
   * beyond the sixth decimal are accepted, a non-zero digit there is not. Nothing is rounded.
   *
   * @param wanYuan the amount in 万元, any scale, of either sign
   * @throws ArithmeticException if finer than a fen (a non-zero digit beyond the sixth decimal) or
   *     out of range; the message names the value
   */
  public static WanYuan of(BigDecimal wanYuan) {
    return of(wanYuan, MoneyUnit.WAN_YUAN);
  }

  /**
   * {@return a whole number of 元} One 元 is 0.0001 万元, so {@code ofYuan(3_000_000)} is 300.00 万元.
   *
   * @param yuan the amount in 元, of either sign
   * @throws ArithmeticException if {@code yuan} × 100 fen overflows a {@code long}
   */
  public static WanYuan ofYuan(long yuan) {
    return ofFen(Math.multiplyExact(yuan, MoneyUnit.YUAN.fenPerUnit()));
  }

  /**
   * {@return an amount given in 元, e.g. {@code new BigDecimal("3000000.50")}} Exact, as {@link
   * #of(BigDecimal)}: any scale is accepted as long as nothing non-zero lies beyond the fen.
   *
   * @param yuan the amount in 元, at most two significant decimals, of either sign
   * @throws ArithmeticException if finer than a fen (a non-zero third decimal of 元 or beyond) or
   *     out of range; the message names the value
   */
  public static WanYuan ofYuan(BigDecimal yuan) {
    return of(yuan, MoneyUnit.YUAN);
  }

  /**
   * {@return an amount given in {@code unit}} Exact: {@code amount} is moved by {@link
   * MoneyUnit#fenScale()} places and must then be a whole number of fen; nothing is rounded.
   *
   * @param amount the amount in {@code unit}, any scale, of either sign
   * @param unit the unit {@code amount} is in; 亿元 admits up to ten significant decimals, 万元 six,
   *     元 two
   * @throws ArithmeticException if finer than a fen or out of range; the message names the value
   */
  public static WanYuan of(BigDecimal amount, MoneyUnit unit) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(unit, "unit");
    BigDecimal fen = amount.movePointRight(unit.fenScale());
    // movePointRight leaves scale 0 when the amount has no more decimals than the unit's fen
    // scale (nearly always): only a finer amount needs its trailing zeros stripped to be judged.
    if (fen.scale() > 0 && fen.signum() != 0 && fen.stripTrailingZeros().scale() > 0) {
      throw new ArithmeticException(
          amount.toPlainString() + " " + unit.symbol() + " is finer than a fen (分)");
    }
    try {
      return ofFen(fen.longValueExact());
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          amount.toPlainString() + " " + unit.symbol() + " is out of range for WanYuan");
    }
  }

  /**
   * Reads an amount as published budgets print it; a bare number is in 万元.
   *
   * <p>Accepted: an optional sign ({@code -}, {@code +}, the minus sign U+2212 or their full-width
   * forms), digits with optional thousands separators ({@code ,}) in groups of three, optional
   * decimals after {@code .} or the full-width {@code ．}, and an optional unit ({@code 元},
   * {@code 万元}/{@code 万}, {@code 亿元}/{@code 亿}) after optional white space: {@code 13487.42},
   * {@code 13,487.42}, {@code 3950.4}, {@code -12.5}, {@code 1000万元}, {@code 3,000,000元},
   * {@code 2.605975亿元}, {@code 14.03 万元}. Surrounding white space (also the ideographic space)
   * is ignored; full-width digits are read as digits.
   * Nothing is rounded: {@code 0.0000005} is rejected, not read as zero. {@link #toString()} output
   * always parses back to the same amount.
   *
   * @param text the amount as printed, e.g. a table cell or a figure in narrative text
   * @return the amount read, exact to the fen
   * @throws MoneyFormatException if the text is empty, malformed or finer than a fen; the message
   *     quotes the text
   * @throws ArithmeticException if the amount is out of range
   */
  public static WanYuan parse(CharSequence text) {
    return parse(text, MoneyUnit.WAN_YUAN);
  }

  /**
   * Reads an amount as {@link #parse(CharSequence)} does, a bare number being in {@code
   * unitOfBareNumber} (e.g. {@link MoneyUnit#YUAN} for a sheet whose header says 单位：元). An
   * explicit unit in the text wins over {@code unitOfBareNumber}.
   *
   * @param text the amount as printed, with or without a unit
   * @param unitOfBareNumber the unit of a number printed without one, usually the unit the table or
   *     sheet header declares (单位：万元 / 单位：元)
   * @return the amount read, exact to the fen
   * @throws MoneyFormatException if the text is empty, malformed or finer than a fen in its unit;
   *     the message quotes the text
   * @throws ArithmeticException if the amount is out of range
   */
  public static WanYuan parse(CharSequence text, MoneyUnit unitOfBareNumber) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(unitOfBareNumber, "unitOfBareNumber");
    if (unitOfBareNumber == MoneyUnit.WAN_YUAN) {
      long fen = tableCellFen(text);
      if (fen >= 0) {
        return ofFen(fen);
      }
    }
    return new AmountParser(text, unitOfBareNumber).parse();
  }

  /**
   * {@return the value of one unit of the last printed place of {@code text} (末位单位)} That is the
   * quantum the printed figure was rounded to, the text being read as {@link #parse(CharSequence,
   * MoneyUnit)} reads the amount: 0.01 万元 for {@code 13,487.42} in 万元, 1 元 = 0.0001 万元 for
   * {@code 156,211,123} in 元, 0.01 元 for {@code 1,234.56} in 元, 1 万元 for {@code 1000万元}.
   * Never finer than a fen: a zero printed beyond the fen ({@code 1.230元}) adds no precision an
   * amount here can hold. Always positive.
   * {@link org.yusuan.budget.table.AmountCell} keeps it beside the amount, as the precision the
   * figure was printed to.
   *
   * @param text the amount as printed, with or without a unit
   * @param unitOfBareNumber the unit of a number printed without one
   * @throws MoneyFormatException as {@link #parse(CharSequence, MoneyUnit)} does
   * @throws ArithmeticException if the amount is out of range
   */
  public static WanYuan printedQuantum(CharSequence text, MoneyUnit unitOfBareNumber) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(unitOfBareNumber, "unitOfBareNumber");
    if (unitOfBareNumber == MoneyUnit.WAN_YUAN && tableCellFen(text) >= 0) {
      return CENT_OF_WAN_YUAN;
    }
    AmountParser parser = new AmountParser(text, unitOfBareNumber);
    parser.parse();
    return ofFen(parser.quantumFen());
  }

  /**
   * The fen of a cell printed as tables print it — digits, a point, two digits ({@code 13487.42}),
   * at most 12 digits before the point so that no overflow is possible — or −1 for any other form,
   * which the full parser reads.
   */
  private static long tableCellFen(CharSequence text) {
    int n = text.length();
    if (n < 4 || n > 15 || text.charAt(n - 3) != '.') {
      return -1;
    }
    long cents = 0;
    for (int i = 0; i < n; i++) {
      if (i == n - 3) {
        continue;
      }
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      cents = cents * 10 + (c - '0');
    }
    return cents * 10_000;
  }

  // ---------------------------------------------------------------- accessors

  /**
   * {@return the amount as a count of fen (分)} 1 万元 is 1,000,000 fen; never {@link
   * Long#MIN_VALUE}. {@link #ofFen(long)} reads it back.
   */
  public long fen() {
    return fen;
  }

  /**
   * {@return the amount in 万元} With scale two when it is a whole number of 0.01 万元 (as tables
   * print it) and the fewest decimals that keep it exact otherwise (at most six). Exact, never
   * rounded; {@link #of(BigDecimal)} reads it back.
   */
  public BigDecimal toWanYuan() {
    return to(MoneyUnit.WAN_YUAN);
  }

  /**
   * {@return the amount in 元} With scale two, which is always exact (a fen is 0.01 元); e.g.
   * 13487.42 万元 is {@code 134874200.00}.
   */
  public BigDecimal toYuan() {
    return to(MoneyUnit.YUAN);
  }

  /**
   * {@return the amount in {@code unit}, exact} Its scale is the fewest decimals that keep it exact
   * but at least two: 13487.42 万元 is {@code 1.348742} in 亿元. Never rounded, never overflows
   * ({@link BigDecimal} is unbounded).
   *
   * @param unit the unit to express the amount in
   */
  public BigDecimal to(MoneyUnit unit) {
    BigDecimal exact = BigDecimal.valueOf(fen, unit.fenScale()).stripTrailingZeros();
    return exact.scale() < 2 ? exact.setScale(2) : exact;
  }

  /** {@return −1, 0 or 1 as the amount is negative, zero or positive} */
  public int signum() {
    return Long.signum(fen);
  }

  /** {@return whether the amount is zero} */
  public boolean isZero() {
    return fen == 0;
  }

  /** {@return whether the amount is greater than zero} */
  public boolean isPositive() {
    return fen > 0;
  }

  /** {@return whether the amount is less than zero} */
  public boolean isNegative() {
    return fen < 0;
  }

  /**
   * {@return whether this amount is greater than {@code other}}
   *
   * @param other the amount to compare with
   */
  public boolean isGreaterThan(WanYuan other) {
    return fen > other.fen;
  }

  /**
   * {@return whether this amount is less than {@code other}}
   *
   * @param other the amount to compare with
   */
  public boolean isLessThan(WanYuan other) {
    return fen < other.fen;
  }

  /**
   * {@return whether the amount has no more than {@code scale} decimals in 万元} {@code
   * isExactTo(2)} holds for every amount printed in a standard table; {@code isExactTo(6)} holds
   * for every amount. It is the condition under which {@link #rounded rounded(scale, mode)} returns
   * this amount unchanged.
   *
   * @param scale decimals of 万元, 0 (whole 万元) to 6 (fen)
   * @throws IllegalArgumentException unless {@code 0 <= scale <= 6}
   */
  public boolean isExactTo(int scale) {
    return fen % divisorFor(scale) == 0;
  }

  // ---------------------------------------------------------------- arithmetic

  /**
   * {@return {@code this + other}, exact}
   *
   * @param other the amount to add
   * @throws ArithmeticException if the sum is out of range (never wraps around)
   */
  public WanYuan plus(WanYuan other) {
    return ofFen(Math.addExact(fen, other.fen));
  }

  /**
   * {@return {@code this − other}, exact}
   *
   * @param other the amount to subtract
   * @throws ArithmeticException if the difference is out of range (never wraps around)
   */
  public WanYuan minus(WanYuan other) {
    return ofFen(Math.subtractExact(fen, other.fen));
  }

  /** {@return {@code −this}} Never overflows, the range being symmetric. */
  public WanYuan negate() {
    return ofFen(-fen);
  }

  /** {@return {@code |this|}} Never overflows, the range being symmetric. */
  public WanYuan abs() {
    return fen < 0 ? new WanYuan(-fen) : this;
  }

  /**
   * {@return {@code this × factor}, exact} There is no division: to split an amount without losing
   * a fen, use {@link #allocate(int...)}.
   *
   * @param factor a whole multiplier, of either sign
   * @throws ArithmeticException if the product is out of range (never wraps around)
   */
  public WanYuan times(long factor) {
    return ofFen(Math.multiplyExact(fen, factor));
  }

  /**
   * {@return the smaller of two amounts; {@code a} if they are equal}
   *
   * @param a one amount
   * @param b the other amount
   */
  public static WanYuan min(WanYuan a, WanYuan b) {
    return a.fen <= b.fen ? a : b;
  }

  /**
   * {@return the larger of two amounts; {@code a} if they are equal}
   *
   * @param a one amount
   * @param b the other amount
   */
  public static WanYuan max(WanYuan a, WanYuan b) {
    return a.fen >= b.fen ? a : b;
  }

  /**
   * {@return the sum of {@code amounts}, exact; zero for none} Allocates nothing but the result.
   *
   * @param amounts the amounts to add, in any order; none may be null
   * @throws ArithmeticException if the sum overflows at any step (a running total out of range
   *     fails even if later terms would bring it back)
   */
  public static WanYuan sum(Iterable<WanYuan> amounts) {
    long total = 0;
    if (amounts instanceof List && amounts instanceof RandomAccess) {
      // indexed: no iterator and no modification checks in the loop
      List<WanYuan> list = (List<WanYuan>) amounts;
      for (int i = 0, n = list.size(); i < n; i++) {
        total = Math.addExact(total, list.get(i).fen);
      }
    } else {
      for (WanYuan amount : amounts) {
        total = Math.addExact(total, amount.fen);
      }
    }
    return ofFen(total);
  }

  /**
   * {@return the sum of {@code amounts}, exact; zero for none}
   *
   * @param amounts the amounts to add; none may be null
   * @throws ArithmeticException if the sum overflows at any step (a running total out of range
   *     fails even if later terms would bring it back)
   */
  public static WanYuan sum(WanYuan... amounts) {
    long total = 0;
    for (WanYuan amount : amounts) {
      total = Math.addExact(total, amount.fen);
    }
    return ofFen(total);
  }

  /**
   * Splits this amount into parts proportional to {@code ratios}, by largest remainder: every part
   * differs from its exact share by less than a fen, and the parts always sum exactly to this
   * amount. Ties go to the earlier part. A negative amount is split as its absolute value, then
   * negated.
   *
   * <pre>{@code WanYuan.parse("0.05").allocate(1, 1, 1)  // [0.016667, 0.016667, 0.016666]}</pre>
   *
   * @param ratios the weights of the parts, each zero or more, at least one of them positive; a
   *     zero weight gets a zero part
   * @return the parts, one per ratio in the same order, as an unmodifiable list; never overflows
   * @throws IllegalArgumentException if there are no ratios, a ratio is negative, or all are zero
   */
  public List<WanYuan> allocate(int... ratios) {
    if (ratios.length == 0) {
      throw new IllegalArgumentException("allocate needs at least one ratio");
    }
    long total = 0;
    for (int i = 0; i < ratios.length; i++) {
      if (ratios[i] < 0) {
        throw new IllegalArgumentException(
            "ratio " + ratios[i] + " at index " + i + " is negative: " + Arrays.toString(ratios));
      }
      total += ratios[i]; // at most 2^31 ratios of 2^31: cannot overflow a long
    }
    if (total == 0) {
      throw new IllegalArgumentException("ratios are all zero: " + Arrays.toString(ratios));
    }
    BigInteger whole = BigInteger.valueOf(Math.abs(fen));
    BigInteger divisor = BigInteger.valueOf(total);
    long[] parts = new long[ratios.length];
    long[] remainders = new long[ratios.length];
    long left = Math.abs(fen);
    for (int i = 0; i < ratios.length; i++) {
      BigInteger[] qr = whole.multiply(BigInteger.valueOf(ratios[i])).divideAndRemainder(divisor);
      parts[i] = qr[0].longValueExact();
      remainders[i] = qr[1].longValueExact();
      left -= parts[i];
    }
    List<Integer> order = new ArrayList<>(ratios.length);
    for (int i = 0; i < ratios.length; i++) {
      order.add(i);
    }
    order.sort((a, b) -> remainders[a] != remainders[b]
        ? Long.compare(remainders[b], remainders[a]) : Integer.compare(a, b));
    for (int k = 0; k < left; k++) {
      parts[order.get(k)]++;
    }
    WanYuan[] result = new WanYuan[ratios.length];
    for (int i = 0; i < ratios.length; i++) {
      result[i] = ofFen(fen < 0 ? -parts[i] : parts[i]);
    }
    return Collections.unmodifiableList(Arrays.asList(result));
  }

  /**
   * {@return this amount rounded to {@code scale} decimals of 万元 with {@code mode}} Published
   * tables round each cell half-up to 0.01 万元: {@code rounded(2, RoundingMode.HALF_UP)}. The mode
   * means what it means for {@link BigDecimal#setScale(int, RoundingMode)}, applied to the signed
   * amount: {@code HALF_UP} takes −0.005 to −0.01 (away from zero), {@code FLOOR} takes it to
   * −0.01 and {@code CEILING} to 0.00. An amount already exact to {@code scale} is returned as is.
   *
   * @param scale decimals of 万元 to keep, 0 (whole 万元) to 6 (fen, which changes nothing)
   * @param mode how to round the dropped digits
   * @throws IllegalArgumentException unless {@code 0 <= scale <= 6}
   * @throws ArithmeticException if {@code mode} is {@code UNNECESSARY} and rounding is needed, or
   *     on overflow
   */
  public WanYuan rounded(int scale, RoundingMode mode) {
    Objects.requireNonNull(mode, "mode");
    long divisor = divisorFor(scale);
    if (fen % divisor == 0) {
      return this;
    }
    if (mode == RoundingMode.UNNECESSARY) {
      throw new ArithmeticException(this + " 万元 has more than " + scale + " decimals");
    }
    return ofFen(Math.multiplyExact(LongMath.divide(fen, divisor, mode), divisor));
  }

  private static long divisorFor(int scale) {
    if (scale < 0 || scale > 6) {
      throw new IllegalArgumentException("scale must be 0..6 decimals of 万元, was " + scale);
    }
    return LongMath.pow(10, 6 - scale);
  }

  private static long checkRange(long fen) {
    if (fen == Long.MIN_VALUE) {
      throw new ArithmeticException("amount out of range for WanYuan: " + fen + " fen");
    }
    return fen;
  }

  // ---------------------------------------------------------------- Object

  @Override
  public int compareTo(WanYuan other) {
    return Long.compare(fen, other.fen);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WanYuan && ((WanYuan) o).fen == fen;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fen);
  }

  /**
   * {@return the plain amount in 万元} Two decimals when it is a whole number of 0.01 万元 ({@code
   * "13487.42"}, {@code "0.00"}, {@code "-12.50"}), else the fewest decimals that keep it exact
   * ({@code "0.016667"}). No grouping, no unit, never scientific notation; {@link #parse} reads it
   * back to the same amount.
   */
  @Override
  public String toString() {
    long abs = Math.abs(fen);
    long whole = abs / FEN_PER_WAN_YUAN;
    long fraction = abs % FEN_PER_WAN_YUAN;
    StringBuilder sb = new StringBuilder(24);
    if (fen < 0) {
      sb.append('-');
    }
    sb.append(whole).append('.');
    if (fraction % 10_000 == 0) {
      long cents = fraction / 10_000;
      if (cents < 10) {
        sb.append('0');
      }
      sb.append(cents);
    } else {
      String digits = Long.toString(FEN_PER_WAN_YUAN + fraction).substring(1);
      int end = digits.length();
      while (digits.charAt(end - 1) == '0') {
        end--;
      }
      sb.append(digits, 0, end);
    }
    return sb.toString();
  }
}
