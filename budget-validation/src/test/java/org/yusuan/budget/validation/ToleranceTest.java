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
    assertThat(t.toString()).isEqualTo("Σ q/2 (0.005 × (n + 1))");
    assertThat(t.isPrintedPrecision()).isTrue();
    Tolerance p = Tolerance.perAddend(WanYuan.parse("0.005"));
    assertThat(p.allowed(4)).isEqualTo(WanYuan.parse("0.025"));
    assertThat(p.toString()).isEqualTo("0.005 × (n + 1)");
    assertThat(p).isNotEqualTo(t);
  }

  @Test
  void printedPrecisionHalvesTheQuantaOfTheCountedOperands() {
    Tolerance t = Tolerance.PUBLISHED_CELLS;
    // 4 addends and the total at 0.01 万元: 5 × 10000 fen / 2, as the per-addend model
    assertThat(t.allowedFen(4, 5 * 10_000L)).isEqualTo(25_000L).isEqualTo(t.allowedFen(4));
    // whole 元 (100 fen): 3 operands allow 1.5 元 = 150 fen
    assertThat(t.allowedFen(2, 3 * 100L)).isEqualTo(150L);
    // 0.01 元 (1 fen): 2 operands allow one fen; 3 operands allow ⌊1.5⌋ = 1 fen
    assertThat(t.allowedFen(1, 2L)).isEqualTo(1L);
    assertThat(t.allowedFen(2, 3L)).isEqualTo(1L);
    // the other kinds ignore the quanta
    assertThat(Tolerance.perAddend(WanYuan.parse("0.005")).allowedFen(2, 3L)).isEqualTo(15_000L);
    assertThat(Tolerance.fixed(WanYuan.parse("0.02")).allowedFen(2, 3L)).isEqualTo(20_000L);
    assertThat(Tolerance.exact().classify(1, 2, 3L)).isEqualTo(Discrepancy.MISMATCH);
    assertThatThrownBy(() -> t.allowedFen(1, -1L)).isInstanceOf(IllegalArgumentException.class);
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
