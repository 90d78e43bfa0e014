package org.yusuan.budget.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.money.WanYuan;

class IndicatorTargetTest {

  @Test
  void rangeWithYearOnBothEnds() {
    TargetPeriod p = IndicatorTarget.parse("2024年12月至2025年3月").period().orElseThrow();
    assertThat(p.kind()).isEqualTo(PeriodKind.RANGE);
    assertThat(p.start()).contains(TargetDate.of(2024, 12, null, null));
    assertThat(p.end()).contains(TargetDate.of(2025, 3, null, null));
  }

  @Test
  void rangeEndInheritsTheStartsYear() {
    TargetPeriod p = IndicatorTarget.parse("2025年1月至12月").period().orElseThrow();
    assertThat(p.start()).contains(TargetDate.of(2025, 1, null, null));
    assertThat(p.end()).contains(TargetDate.of(2025, 12, null, null));
  }

  @Test
  void deadlineHasOnlyAnEnd() {
    TargetPeriod p = IndicatorTarget.parse("2025年6月前").period().orElseThrow();
    assertThat(p.kind()).isEqualTo(PeriodKind.BEFORE);
    assertThat(p.start()).isEmpty();
    assertThat(p.end()).contains(TargetDate.of(2025, 6, null, null));
  }

  @Test
  void yearEndIsAPointAtTheEndOfTheYear() {
    TargetPeriod p = IndicatorTarget.parse("2025年年底").period().orElseThrow();
    assertThat(p.kind()).isEqualTo(PeriodKind.POINT);
    assertThat(p.end()).contains(TargetDate.of(2025, null, null, DatePart.END));
    assertThat(IndicatorTarget.parse("2025年12月底前").period().orElseThrow().end())
        .contains(TargetDate.of(2025, 12, null, DatePart.END));
  }

  @Test
  void fullDate() {
    TargetPeriod p = IndicatorTarget.parse("2024年12月31日").period().orElseThrow();
    assertThat(p.start()).contains(TargetDate.of(2024, 12, 31, null));
    assertThat(p.isValid()).isTrue();
  }

  @Test
  void impossibleDatesAreKeptAndFlagged() {
    IndicatorTarget t = IndicatorTarget.parse("2025年2月30日");
    assertThat(t.form()).isEqualTo(TargetForm.PERIOD);
    assertThat(t.period().orElseThrow().start()).contains(TargetDate.of(2025, 2, 30, null));
    assertThat(t.diagnostics()).containsExactly(TargetDiagnostic.INVALID_DATE);
    assertThat(IndicatorTarget.parse("2024年2月29日").diagnostics()).isEmpty();
    assertThat(IndicatorTarget.parse("2025年2月29日").diagnostics())
        .containsExactly(TargetDiagnostic.INVALID_DATE);
  }

  @Test
  void recurrencesAndYears() {
    assertThat(IndicatorTarget.parse("每月").period().orElseThrow().recurrence())
        .contains(Recurrence.MONTHLY);
    assertThat(IndicatorTarget.parse("按季度").period().orElseThrow().recurrence())
        .contains(Recurrence.QUARTERLY);
    TargetPeriod whole = IndicatorTarget.parse("2025年全年").period().orElseThrow();
    assertThat(whole.kind()).isEqualTo(PeriodKind.WHOLE_YEAR);
    assertThat(whole.start()).contains(TargetDate.of(2025, null, null, null));
    assertThat(IndicatorTarget.parse("全年").period().orElseThrow().start()).isEmpty();
    assertThat(IndicatorTarget.parse("年内").period().orElseThrow().kind())
        .isEqualTo(PeriodKind.WITHIN_YEAR);
  }

  @Test
  void aYearCountIsAQuantityNotADate() {
    IndicatorTarget t = IndicatorTarget.parse("3年");
    assertThat(t.form()).isEqualTo(TargetForm.QUANTITY);
    assertThat(t.unit()).contains("年");
    assertThat(IndicatorTarget.parse("12个月").form()).isEqualTo(TargetForm.QUANTITY);
  }

  @Test
  void moneyTargetsConvertExactly() {
    IndicatorTarget yuan = IndicatorTarget.parse("≤500000元≤");
    assertThat(yuan.moneyUnit()).contains(MoneyUnit.YUAN);
    assertThat(yuan.amount()).contains(WanYuan.of(50));
    IndicatorTarget wan = IndicatorTarget.parse("≤46484.675105万元");
    assertThat(wan.amount()).contains(WanYuan.parse("46484.675105"));
    // A compound money unit is a rate, not an amount.
    assertThat(IndicatorTarget.parse("5000元/人/月").amount()).isEmpty();
    // Finer than a fen: no amount, the number is kept.
    IndicatorTarget fine = IndicatorTarget.parse("0.001元");
    assertThat(fine.amount()).isEmpty();
    assertThat(fine.number()).contains(new BigDecimal("0.001"));
  }

  @Test
  void unitsAreClassified() {
    assertThat(IndicatorTarget.parse("≥12套（台）").hasKnownUnit()).isTrue();
    assertThat(IndicatorTarget.parse("5000元/人/月").hasCompoundUnit()).isTrue();
    assertThat(IndicatorTarget.parse("5000元/人/月").hasKnownUnit()).isTrue();
    assertThat(IndicatorTarget.parse("3座塔").hasKnownUnit()).isFalse();
    assertThat(IndicatorTarget.parse("≥90百分比").isPercent()).isTrue();
    assertThat(IndicatorTarget.parse("≥90%").isPercent()).isTrue();
    assertThat(IndicatorTarget.parse("90个").isPercent()).isFalse();
  }

  @Test
  void formulaKeepsTheCalculationAndReadsTheResult() {
    IndicatorTarget t = IndicatorTarget.parse("35人×800元/月×12个月=33.6万元");
    assertThat(t.text()).contains("35人×800元/月×12个月");
    assertThat(t.amount()).contains(WanYuan.parse("33.6"));
  }

  @Test
  void wordsAroundANumberAreKept() {
    IndicatorTarget t = IndicatorTarget.parse("按时完成100%");
    assertThat(t.text()).contains("按时完成");
    assertThat(t.number()).contains(new BigDecimal("100"));
  }

  @Test
  void qualitativeAndSentenceTextIsKept() {
    assertThat(IndicatorTarget.parse(" 及时 ").text()).contains("及时");
    assertThat(IndicatorTarget.parse("按照相关规范要求,完成勘测定界工作").text())
        .contains("按照相关规范要求,完成勘测定界工作");
  }

  @Test
  void percentChecks() {
    assertThat(IndicatorTarget.parse("≥100%").diagnostics())
        .containsExactly(TargetDiagnostic.PERCENT_AT_LEAST_100);
    assertThat(IndicatorTarget.parse(">100%").diagnostics())
        .containsExactly(TargetDiagnostic.PERCENT_ABOVE_100);
    assertThat(IndicatorTarget.parse("100%").diagnostics()).isEmpty();
    assertThat(IndicatorTarget.parse("≤100%").diagnostics()).isEmpty();
    assertThat(IndicatorTarget.parse("90%-105%").diagnostics())
        .containsExactly(TargetDiagnostic.PERCENT_ABOVE_100);
  }

  @Test
  void placeholdersAreNotValues() {
    assertThat(IndicatorTarget.parse("(定性判断)").isEmpty()).isTrue();
    assertThat(IndicatorTarget.parse("/").isEmpty()).isTrue();
    assertThat(IndicatorTarget.parse("").isEmpty()).isTrue();
    assertThat(IndicatorTarget.parse("0").isEmpty()).isFalse();
  }

  @Test
  void emptyAfterMarkupIsEmptyAndFlagged() {
    IndicatorTarget t = IndicatorTarget.parse("<td colspan=\"2\"></td>");
    assertThat(t.form()).isEqualTo(TargetForm.EMPTY);
    assertThat(t.diagnostics()).containsExactly(TargetDiagnostic.MARKUP_RESIDUE);
  }

  @Test
  void nullIsRejected() {
    assertThatThrownBy(() -> IndicatorTarget.parse(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }
}
