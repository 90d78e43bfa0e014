package org.yusuan.budget.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class WanYuanProperties {

  /** Amounts far from the range's ends (sums of three stay in range), and some near them. */
  @Provide
  Arbitrary<WanYuan> amounts() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.longs().between(-100_000_000_000_000L,
            100_000_000_000_000L).map(WanYuan::ofFen)),
        net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(-100_000_000L, 100_000_000L)
            .map(f -> WanYuan.ofFen(f * 10_000))),
        net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(-Long.MAX_VALUE / 4,
            Long.MAX_VALUE / 4).map(WanYuan::ofFen)));
  }

  @Provide
  Arbitrary<WanYuan> anyAmount() {
    return Arbitraries.longs().between(-Long.MAX_VALUE, Long.MAX_VALUE).map(WanYuan::ofFen);
  }

  @Property
  void plusIsAssociative(@ForAll("amounts") WanYuan a, @ForAll("amounts") WanYuan b,
      @ForAll("amounts") WanYuan c) {
    assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
  }

  @Property
  void plusIsCommutativeWithIdentityAndInverse(@ForAll("amounts") WanYuan a,
      @ForAll("amounts") WanYuan b) {
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
    assertThat(a.plus(WanYuan.ZERO)).isEqualTo(a);
    assertThat(a.plus(a.negate())).isEqualTo(WanYuan.ZERO);
    assertThat(a.minus(b)).isEqualTo(a.plus(b.negate()));
  }

  @Property
  void parseReadsBackToString(@ForAll("anyAmount") WanYuan a) {
    assertThat(WanYuan.parse(a.toString())).isEqualTo(a);
  }

  @Property
  void parseReadsGroupedAndUnitForms(@ForAll("anyAmount") WanYuan a) {
    DecimalFormat grouped = new DecimalFormat("#,##0.00####", DecimalFormatSymbols.getInstance(
        Locale.ROOT));
    grouped.setParseBigDecimal(true);
    assertThat(WanYuan.parse(grouped.format(a.toWanYuan()))).isEqualTo(a);
    assertThat(WanYuan.parse(a.toYuan().toPlainString() + "元")).isEqualTo(a);
    assertThat(WanYuan.parse(a.to(MoneyUnit.YI_YUAN).toPlainString() + " 亿元")).isEqualTo(a);
  }

  @Property
  void agreesWithBigDecimal(@ForAll("anyAmount") WanYuan a, @ForAll("anyAmount") WanYuan b) {
    BigDecimal x = a.toWanYuan();
    BigDecimal y = b.toWanYuan();
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(x.compareTo(y)));
    assertThat(a.equals(b)).isEqualTo(x.compareTo(y) == 0);
    assertThat(a.signum()).isEqualTo(x.signum());
    assertThat(WanYuan.of(x)).isEqualTo(a);
    assertThat(new BigDecimal(a.toString())).isEqualByComparingTo(x);
  }

  @Property
  void sumAgreesWithBigDecimalOrOverflowsLoudly(
      @ForAll @Size(max = 50) List<@From("amounts") WanYuan> list) {
    // WanYuan.sum throws as soon as a running total leaves the range
    java.math.BigInteger running = java.math.BigInteger.ZERO;
    boolean overflows = false;
    for (WanYuan w : list) {
      running = running.add(java.math.BigInteger.valueOf(w.fen()));
      overflows |= running.bitLength() > 63;
    }
    if (overflows) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> WanYuan.sum(list))
          .isInstanceOf(ArithmeticException.class);
    } else {
      assertThat(WanYuan.sum(list).fen()).isEqualTo(running.longValueExact());
      assertThat(WanYuan.sum(list.toArray(new WanYuan[0])).fen()).isEqualTo(running.longValueExact());
    }
  }

  @Provide
  Arbitrary<int[]> ratios() {
    return Arbitraries.integers().between(0, 1000).array(int[].class).ofMinSize(1).ofMaxSize(12)
        .filter(r -> java.util.Arrays.stream(r).sum() > 0);
  }

  @Property
  void allocateSumsToTheWholeAndStaysWithinAFen(@ForAll("amounts") WanYuan whole,
      @ForAll("ratios") int[] ratios) {
    List<WanYuan> parts = whole.allocate(ratios);
    assertThat(parts).hasSize(ratios.length);
    assertThat(WanYuan.sum(parts)).isEqualTo(whole);
    long total = java.util.Arrays.stream(ratios).sum();
    for (int i = 0; i < ratios.length; i++) {
      BigDecimal exact = new BigDecimal(whole.fen()).multiply(BigDecimal.valueOf(ratios[i]))
          .divide(BigDecimal.valueOf(total), 20, RoundingMode.HALF_EVEN);
      BigDecimal off = new BigDecimal(parts.get(i).fen()).subtract(exact).abs();
      assertThat(off).isLessThan(BigDecimal.ONE);
    }
  }

  @Property
  void roundedAgreesWithBigDecimal(@ForAll("anyAmount") WanYuan a,
      @ForAll @IntRange(min = 0, max = 6) int scale, @ForAll RoundingMode mode) {
    BigDecimal exact = a.toWanYuan();
    boolean needsRounding = exact.stripTrailingZeros().scale() > scale;
    if (mode == RoundingMode.UNNECESSARY && needsRounding) {
      return;
    }
    BigDecimal expected = exact.setScale(scale, mode);
    try {
      assertThat(a.rounded(scale, mode).toWanYuan()).isEqualByComparingTo(expected);
    } catch (ArithmeticException e) {
      // only when rounding away from zero leaves the range
      assertThat(expected.abs().movePointRight(6))
          .isGreaterThan(BigDecimal.valueOf(Long.MAX_VALUE));
    }
  }

  @Property
  void parseNeverThrowsAnythingButTheDocumentedExceptions(@ForAll String text) {
    try {
      WanYuan.parse(text);
    } catch (MoneyFormatException | ArithmeticException expected) {
      assertThat(expected.getMessage()).contains(text);
    }
  }

  @Property
  void parseOfRandomDigitStringsIsExact(@ForAll("numberTexts") String text) {
    BigDecimal expected = new BigDecimal(text);
    boolean fine = expected.stripTrailingZeros().scale() <= 6;
    if (fine) {
      assertThat(WanYuan.parse(text).toWanYuan()).isEqualByComparingTo(expected);
    } else {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> WanYuan.parse(text))
          .isInstanceOf(MoneyFormatException.class);
    }
  }

  /**
   * {@code of(amount, unit)} skips stripping trailing zeros when the amount has no more decimals
   * than the unit's fen scale: the oracle is the check it had before, stripping every time.
   */
  @Property
  void ofAgreesWithTheStrippingCheck(@ForAll("unscaled") long unscaled,
      @ForAll @IntRange(min = -3, max = 14) int scale, @ForAll MoneyUnit unit) {
    BigDecimal amount = BigDecimal.valueOf(unscaled, scale);
    BigDecimal fen = amount.movePointRight(unit.fenScale());
    boolean finer = fen.signum() != 0 && fen.stripTrailingZeros().scale() > 0;
    Long expected = null;
    if (!finer) {
      try {
        expected = fen.longValueExact();
      } catch (ArithmeticException e) {
        expected = null;
      }
    }
    if (expected == null || expected == Long.MIN_VALUE) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> WanYuan.of(amount, unit))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining(amount.toPlainString());
    } else {
      assertThat(WanYuan.of(amount, unit).fen()).isEqualTo(expected);
    }
  }

  @Provide
  Arbitrary<Long> unscaled() {
    // trailing zeros (1.500, 1000) are the case the fast path must not misjudge
    return Arbitraries.oneOf(Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L),
        Arbitraries.longs().between(-100_000L, 100_000L).map(x -> x * 1000),
        Arbitraries.longs());
  }

  @Provide
  Arbitrary<String> numberTexts() {
    Arbitrary<String> whole = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(9);
    return Combinators.combine(Arbitraries.of("", "-"), whole, fraction)
        .as((s, w, f) -> s + w + "." + f);
  }
}
