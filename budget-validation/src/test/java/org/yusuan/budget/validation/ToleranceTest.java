package org.yusuan.budget.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.money.WanYuan;

class ToleranceTest {
  @Test
  void perAddendAllowsHalfACentPerPrintedCellPlusTheTotal() {
    Tolerance t = Tolerance.PUBLISHED_CELLS;
    assertThat(t.allowed(1)).isEqualTo(WanYuan.parse("0.01"));
    assertThat(t.allowed(4)).isEqualTo(WanYuan.parse("0.025"));
    assertThat(t.allowed(0)).isEqualTo(WanYuan.parse("0.005"));
    assertThat(t.toString()).isEqualTo("0.005 × (n + 1)");
  }

  @Test
  void classifiesTheSeedExamples() {
    Tolerance t = Tolerance.PUBLISHED_CELLS;
    // 000 表二 22001: 22767.81 vs 22767.83 with 4 addends: 0.02 <= 0.025.
    long d = WanYuan.parse("22767.81").minus(WanYuan.parse("22767.83")).fen();
    assertThat(t.classify(d, 4)).isEqualTo(Discrepancy.ROUNDING);
    // The same 0.02 between two prints of one quantity (n = 1, 0.01) is a mismatch.
    assertThat(t.classify(d, 1)).isEqualTo(Discrepancy.MISMATCH);
    assertThat(t.classify(0, 1)).isEqualTo(Discrepancy.NONE);
  }

  @Test
  void fixedAndExact() {
    Tolerance f = Tolerance.fixed(WanYuan.parse("0.02"));
    assertThat(f.allowed(100)).isEqualTo(WanYuan.parse("0.02"));
    assertThat(Tolerance.fixed(WanYuan.ZERO)).isEqualTo(Tolerance.exact());
    assertThat(Tolerance.exact().classify(1, 10)).isEqualTo(Discrepancy.MISMATCH);
    assertThat(f.toString()).isEqualTo("0.02");
  }

  @Test
  void rejectsNegativeAmountsAndCounts() {
    assertThatThrownBy(() -> Tolerance.fixed(WanYuan.parse("-0.01")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.01");
    assertThatThrownBy(() -> Tolerance.PUBLISHED_CELLS.allowedFen(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 300)
  void roundingExactlyUpToTheBound(
      @ForAll @IntRange(min = 0, max = 50) int n, @ForAll @LongRange(min = -100_000, max = 100_000) long d) {
    Discrepancy c = Tolerance.PUBLISHED_CELLS.classify(d, n);
    long bound = 5_000L * (n + 1);
    if (d == 0) {
      assertThat(c).isEqualTo(Discrepancy.NONE);
    } else if (Math.abs(d) <= bound) {
      assertThat(c).isEqualTo(Discrepancy.ROUNDING);
    } else {
      assertThat(c).isEqualTo(Discrepancy.MISMATCH);
    }
  }

  @Test
  void extremeDifferenceIsAMismatch() {
    assertThat(Discrepancy.of(Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(Discrepancy.MISMATCH);
  }
}
