package org.yusuan.budget.validation.rules.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.yusuan.budget.money.WanYuan;

/**
 * {@link ClaimChecks#percent} divides in fen; the division in 万元 it replaced is kept here as the
 * oracle: the same value and the same scale, for every amount and printed scale.
 */
class ClaimPercentProperties {
  /** The computation before the fifth round, in 万元 (stripped, then at least two decimals). */
  private static BigDecimal oracle(WanYuan part, WanYuan base, int scale) {
    return part.toWanYuan().multiply(BigDecimal.valueOf(100)).divide(base.toWanYuan(), scale, RoundingMode.HALF_UP);
  }

  @Provide
  Arbitrary<Long> fen() {
    return Arbitraries.oneOf(Arbitraries.longs().between(-2_000_000_000L, 2_000_000_000L),
        Arbitraries.longs().between(Long.MIN_VALUE + 1, Long.MAX_VALUE),
        Arbitraries.of(0L, 1L, -1L, 10_000L, 1_000_000L, Long.MAX_VALUE, Long.MIN_VALUE + 1,
            Long.MAX_VALUE / 100, Long.MAX_VALUE / 100 + 1, -(Long.MAX_VALUE / 100) - 1));
  }

  @Property(tries = 3000)
  void sameAsTheDivisionInWanYuan(@ForAll("fen") long part, @ForAll("fen") long base,
      @ForAll @IntRange(min = 0, max = 6) int scale) {
    if (base == 0) {
      return;
    }
    WanYuan p = WanYuan.ofFen(part);
    WanYuan b = WanYuan.ofFen(base);
    BigDecimal got = ClaimChecks.percent(p, b, scale);
    BigDecimal want = oracle(p, b, scale);
    assertThat(got).isEqualTo(want);  // BigDecimal.equals: value and scale
    assertThat(got.scale()).isEqualTo(scale);
  }

  @Example
  void aShareOfTheTotal() {
    assertThat(ClaimChecks.percent(WanYuan.parse("25.77"), WanYuan.parse("60.14"), 2))
        .isEqualTo(new BigDecimal("42.85"));
    assertThat(ClaimChecks.percent(WanYuan.parse("-1"), WanYuan.parse("3"), 0)).isEqualTo(new BigDecimal("-33"));
  }
}
