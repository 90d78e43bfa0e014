package org.yusuan.budget.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.math.LongMath;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;

/**
 * The default tolerance follows each cell's printed precision (XBRL Calculations 1.1,
 * round-to-nearest): cells rounded one by one from exact values always pass; a difference one
 * quantum beyond the allowance fails; mixed precisions each bring half their own quantum.
 */
class PrintedPrecisionProperties {
  /** A printed total and its printed parts. */
  record Printed(AmountCell total, List<AmountCell> parts) {}

  static final RuleDescriptor SUM = RuleDescriptor.builder()
      .id("Q1").family(RuleFamily.TABLE).titleZh("合计 = Σ 分项").titleEn("total = Σ parts")
      .statement("The printed total equals the sum of the printed parts.").build();

  static final Validator<Printed> VALIDATOR = Validator.of(List.of(Rule.of(SUM, (p, ctx) -> {
    SumCheck c = ctx.total("T", "合计", "金额", p.total());
    for (int i = 0; i < p.parts().size(); i++) {
      c.plus("part" + (i + 1), "金额", p.parts().get(i));
    }
    c.verify();
  })));

  /** Quanta of real tables, in fen: 0.01 元, 1 元, 0.01 万元, 1 万元. */
  @Provide
  Arbitrary<Long> quanta() {
    return Arbitraries.of(1L, 100L, 10_000L, 1_000_000L);
  }

  /** {@code exact} rounded half-up to a whole number of {@code q} fen, as a printed cell. */
  static AmountCell printed(long exact, long q) {
    return AmountCell.of(WanYuan.ofFen(LongMath.divide(exact, q, RoundingMode.HALF_UP) * q), WanYuan.ofFen(q));
  }

  static Discrepancy classify(Printed p) {
    ValidationReport r = VALIDATOR.validate(p);
    if (r.findings().isEmpty()) {
      return Discrepancy.NONE;
    }
    return r.findings().get(0).kind() == FindingKind.ROUNDING ? Discrepancy.ROUNDING : Discrepancy.MISMATCH;
  }

  @Property(tries = 300)
  void cellsRoundedFromExactValuesAlwaysPass(
      @ForAll @Size(min = 1, max = 25) List<@LongRange(min = 0, max = 1_000_000_000_000L) Long> exact,
      @ForAll("quanta") long q) {
    List<AmountCell> parts = new ArrayList<>();
    long sum = 0;
    for (long v : exact) {
      parts.add(printed(v, q));
      sum += v;
    }
    Printed p = new Printed(printed(sum, q), parts);
    assertThat(classify(p)).isNotEqualTo(Discrepancy.MISMATCH);
    assertThat(VALIDATOR.validate(p).outcome("Q1")).contains(Outcome.PASS);
  }

  @Property(tries = 300)
  void oneQuantumBeyondTheAllowanceFails(
      @ForAll @Size(min = 1, max = 25) List<@LongRange(min = 1, max = 1_000_000_000L) Long> units,
      @ForAll("quanta") long q, @ForAll boolean above) {
    List<AmountCell> parts = new ArrayList<>();
    long sum = 0;
    for (long u : units) {
      parts.add(AmountCell.of(WanYuan.ofFen(u * q), WanYuan.ofFen(q)));
      sum += u * q;
    }
    long allowed = (units.size() + 1) * q / 2; // n + 1 half quanta
    long within = allowed / q * q; // the largest printable difference inside the allowance
    long beyond = within + q; // one quantum further
    long sign = above ? 1 : -1;
    Printed inside = new Printed(AmountCell.of(WanYuan.ofFen(sum + sign * within), WanYuan.ofFen(q)), parts);
    Printed outside = new Printed(AmountCell.of(WanYuan.ofFen(sum + sign * beyond), WanYuan.ofFen(q)), parts);
    assertThat(classify(inside)).isIn(Discrepancy.NONE, Discrepancy.ROUNDING);
    assertThat(classify(outside)).isEqualTo(Discrepancy.MISMATCH);
  }

  @Property(tries = 300)
  void mixedPrecisionsEachBringHalfTheirOwnQuantum(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 4) Integer> exponents,
      @ForAll @LongRange(min = -3_000_000, max = 3_000_000) long difference) {
    // parts printed to 1 fen … 1 万元, one unit each; the total printed to the fen (a 元 table with decimals)
    List<AmountCell> parts = new ArrayList<>();
    long sum = 0;
    long quanta = 1; // the total's 1 fen
    for (int e : exponents) {
      long q = LongMath.pow(100, e); // 1, 100, 10^4, 10^6, 10^8 fen
      parts.add(AmountCell.of(WanYuan.ofFen(q), WanYuan.ofFen(q)));
      sum += q;
      quanta += q;
    }
    Printed p = new Printed(AmountCell.of(WanYuan.ofFen(sum + difference), WanYuan.ofFen(1)), parts);
    Discrepancy expected = difference == 0 ? Discrepancy.NONE
        : Math.abs(difference) * 2 <= quanta ? Discrepancy.ROUNDING : Discrepancy.MISMATCH;
    assertThat(classify(p)).isEqualTo(expected);
  }

  @Property(tries = 200)
  void mixedPrecisionsRoundedFromExactValuesPass(
      @ForAll @Size(min = 1, max = 20) List<@LongRange(min = 0, max = 1_000_000_000_000L) Long> exact,
      @ForAll @Size(min = 20, max = 20) List<@IntRange(min = 0, max = 3) Integer> exponents,
      @ForAll @IntRange(min = 0, max = 3) int totalExponent) {
    long[] q = {1L, 100L, 10_000L, 1_000_000L};
    List<AmountCell> parts = new ArrayList<>();
    long sum = 0;
    for (int i = 0; i < exact.size(); i++) {
      parts.add(printed(exact.get(i), q[exponents.get(i)]));
      sum += exact.get(i);
    }
    assertThat(classify(new Printed(printed(sum, q[totalExponent]), parts))).isNotEqualTo(Discrepancy.MISMATCH);
  }
}
