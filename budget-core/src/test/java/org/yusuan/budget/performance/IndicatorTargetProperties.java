package org.yusuan.budget.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IndicatorTargetProperties {

  /** Any string at all: never an exception, raw kept, a form always given. */
  @Property(tries = 2000)
  void neverThrowsAndKeepsRaw(@ForAll String text) {
    IndicatorTarget t = IndicatorTarget.parse(text);
    assertThat(t.raw()).isEqualTo(text);
    assertThat(t.form()).isNotNull();
  }

  /** Strings built from the characters values are made of, where the parser's branches meet. */
  @Property(tries = 3000)
  void neverThrowsOnValueLikeText(@ForAll("valueLike") String text) {
    IndicatorTarget t = IndicatorTarget.parse(text);
    assertThat(t.raw()).isEqualTo(text);
    if (t.form() == TargetForm.QUANTITY || t.form() == TargetForm.MIXED) {
      assertThat(t.number().isPresent() || t.form() == TargetForm.MIXED).isTrue();
    }
    if (t.form() == TargetForm.PERIOD) {
      assertThat(t.period()).isPresent();
    }
  }

  /** An operator, a number and a catalogue unit always read back as printed. */
  @Property(tries = 1000)
  void readsOperatorNumberUnit(@ForAll("operators") TargetOperator op,
      @ForAll("numbers") BigDecimal number, @ForAll("units") String unit) {
    IndicatorTarget t = IndicatorTarget.parse(op.symbol() + number.toPlainString() + unit);
    assertThat(t.form()).isEqualTo(TargetForm.QUANTITY);
    assertThat(t.operator()).contains(op);
    assertThat(t.number()).contains(number);
    assertThat(t.unit()).contains(unit);
    assertThat(t.hasKnownUnit()).isTrue();
  }

  @Provide
  Arbitrary<String> valueLike() {
    Arbitrary<Character> chars = Arbitraries.of('0', '1', '2', '9', '.', ',', '%', '-', '/', '年',
        '月', '日', '前', '至', '底', '每', '全', '≥', '≤', '<', '>', '=', '≈', '约', '以', '上', '内',
        '多', '万', '元', '个', '（', '）', '(', ')', '×', '$', '\\', 'g', 'e', 'q', ' ', '达', '到',
        '<', 't', 'd', '百', '分', '比', '²', '\u3000', '左', '右');
    return chars.list().ofMaxSize(20).map(l -> {
      StringBuilder sb = new StringBuilder();
      l.forEach(sb::append);
      return sb.toString();
    });
  }

  @Provide
  Arbitrary<TargetOperator> operators() {
    return Arbitraries.of(TargetOperator.AT_LEAST, TargetOperator.AT_MOST,
        TargetOperator.GREATER_THAN, TargetOperator.LESS_THAN, TargetOperator.APPROXIMATELY);
  }

  @Provide
  Arbitrary<BigDecimal> numbers() {
    return Combinators.combine(Arbitraries.longs().between(0, 10_000_000_000L),
        Arbitraries.integers().between(0, 4)).as((u, s) -> BigDecimal.valueOf(u, s));
  }

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.of("个", "%", "万元", "元", "平方米", "万亩", "人次", "元/人/月", "次/年", "套（台）",
        "个工作日", "km²", "吨");
  }
}
