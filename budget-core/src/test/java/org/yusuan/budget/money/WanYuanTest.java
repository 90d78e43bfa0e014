package org.yusuan.budget.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WanYuanTest {

  @ParameterizedTest(name = "{0} -> {1} fen")
  @CsvSource(delimiter = '|', value = {
      "13487.42        | 13487420000",
      "13,487.42       | 13487420000",
      "3950.4          | 3950400000",
      "-12.5           | -12500000",
      "1000万元         | 1000000000",
      "3,000,000元      | 300000000",
      "2.605975亿元     | 26059750000",
      "14.03 万元       | 14030000",
      "0.00            | 0",
      "-0.00           | 0",
      "+7              | 7000000",
      "0.000001        | 1",
      "12.30元          | 1230",
      "5万             | 5000000",
      "3亿             | 30000000000",
      "'  486.55\t'    | 486550000",
      "'\u3000１２.５'  | 12500000",
      "1,234,567.000000 | 1234567000000",
      "−3.5            | -3500000",
      "999999999999.99 | 999999999999990000",
      "9223372036854.77 | 9223372036854770000",
      "0.05            | 50000",
      "00012.30        | 12300000",
  })
  void parsesPrintedForms(String text, long fen) {
    assertThat(WanYuan.parse(text).fen()).isEqualTo(fen);
  }

  @Test
  void bareNumberTakesTheGivenUnit() {
    assertThat(WanYuan.parse("3,000,000.50", MoneyUnit.YUAN)).isEqualTo(WanYuan.parse("300.00005"));
    assertThat(WanYuan.parse("12万元", MoneyUnit.YUAN)).isEqualTo(WanYuan.of(12));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "abc", "12.3.4", "1,23.00", "1234,567", ",123", "123,",
      "12,34", "1.", ".5", "12.0000001", "0.001元", "1.23456789012亿元", "--5", "5-", "1 000",
      "元", "万元", "12 34", "1e5", "NaN", "12.5万元元", "0x10", "12.5%"})
  void rejectsBadTextQuotingIt(String text) {
    assertThatThrownBy(() -> WanYuan.parse(text))
        .isInstanceOf(MoneyFormatException.class)
        .hasMessageContaining("\"" + text + "\"")
        .satisfies(e -> assertThat(((MoneyFormatException) e).getText()).isEqualTo(text));
  }

  @Test
  void finerThanAFenSaysSo() {
    assertThatThrownBy(() -> WanYuan.parse("13,487.4250001"))
        .isInstanceOf(MoneyFormatException.class)
        .hasMessage("not an amount of money: \"13,487.4250001\" (finer than a fen (分) in 万元)");
    // 0.001 万元 is 10 元: exact, though finer than what tables print (see isExactTo)
    assertThat(WanYuan.parse("13,487.425")).isEqualTo(WanYuan.ofFen(13_487_425_000L));
    assertThat(WanYuan.parse("13,487.425").isExactTo(2)).isFalse();
    assertThat(WanYuan.parse("13487.4250000")).isEqualTo(WanYuan.ofFen(13_487_425_000L));
  }

  @Test
  void overflowIsArithmeticExceptionNeverWrapAround() {
    assertThatThrownBy(() -> WanYuan.parse("99999999999999999999"))
        .isInstanceOf(ArithmeticException.class).hasMessageContaining("99999999999999999999");
    assertThatThrownBy(() -> WanYuan.parse("9300000000000万元"))
        .isInstanceOf(ArithmeticException.class);
    WanYuan max = WanYuan.ofFen(Long.MAX_VALUE);
    assertThatThrownBy(() -> max.plus(WanYuan.ofFen(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.negate().minus(WanYuan.ofFen(1)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> WanYuan.ofFen(Long.MIN_VALUE)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> WanYuan.sum(max, WanYuan.ofFen(1)))
        .isInstanceOf(ArithmeticException.class);
    assertThat(max.negate().abs()).isEqualTo(max);
  }

  @Test
  void factoriesAreExact() {
    assertThat(WanYuan.of(new BigDecimal("13487.42")).fen()).isEqualTo(13_487_420_000L);
    assertThat(WanYuan.of(12).fen()).isEqualTo(12_000_000L);
    assertThat(WanYuan.ofYuan(3_000_000)).isEqualTo(WanYuan.of(300));
    assertThat(WanYuan.ofYuan(new BigDecimal("0.01")).fen()).isEqualTo(1);
    assertThat(WanYuan.of(new BigDecimal("2.605975"), MoneyUnit.YI_YUAN))
        .isEqualTo(WanYuan.parse("26059.75"));
    assertThat(WanYuan.of(new BigDecimal("1E+2"))).isEqualTo(WanYuan.of(100));
    assertThatThrownBy(() -> WanYuan.of(new BigDecimal("0.0000001")))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("0.0000001 万元 is finer than a fen (分)");
    assertThatThrownBy(() -> WanYuan.ofYuan(new BigDecimal("1.005")))
        .isInstanceOf(ArithmeticException.class).hasMessageContaining("1.005 元");
    assertThatThrownBy(() -> WanYuan.of(new BigDecimal("1E+20")))
        .isInstanceOf(ArithmeticException.class).hasMessageContaining("out of range");
  }

  @ParameterizedTest
  @CsvSource({"13487420000, 13487.42", "0, 0.00", "-12500000, -12.50", "1, 0.000001",
      "16667, 0.016667", "10000, 0.01", "1230, 0.00123", "-1000000, -1.00",
      "9223372036854775807, 9223372036854.775807"})
  void toStringIsPlainWithTwoDecimalsOrMinimalExactScale(long fen, String printed) {
    assertThat(WanYuan.ofFen(fen)).hasToString(printed);
    assertThat(WanYuan.ofFen(fen).toWanYuan()).isEqualByComparingTo(printed);
    assertThat(WanYuan.ofFen(fen).toWanYuan().toPlainString()).isEqualTo(printed);
  }

  @Test
  void conversions() {
    WanYuan a = WanYuan.parse("13487.42");
    assertThat(a.toYuan()).isEqualTo(new BigDecimal("134874200.00"));
    assertThat(a.to(MoneyUnit.YI_YUAN)).isEqualTo(new BigDecimal("1.348742"));
    assertThat(WanYuan.ofFen(1).toYuan()).isEqualTo(new BigDecimal("0.01"));
    assertThat(MoneyUnit.YUAN.convert(new BigDecimal("3000000"), MoneyUnit.WAN_YUAN))
        .isEqualTo(new BigDecimal("300.00"));
    assertThat(MoneyUnit.ofSymbol("万元")).contains(MoneyUnit.WAN_YUAN);
    assertThat(MoneyUnit.ofSymbol("亿")).contains(MoneyUnit.YI_YUAN);
    assertThat(MoneyUnit.ofSymbol("千元")).isEmpty();
    assertThat(MoneyUnit.YI_YUAN.fenScale()).isEqualTo(10);
  }

  @Test
  void arithmetic() {
    WanYuan a = WanYuan.parse("5500.87");
    WanYuan b = WanYuan.parse("486.55");
    assertThat(a.plus(b)).isEqualTo(WanYuan.parse("5987.42"));
    assertThat(b.minus(a)).isEqualTo(WanYuan.parse("-5014.32"));
    assertThat(b.negate().abs()).isEqualTo(b);
    assertThat(b.times(3)).isEqualTo(WanYuan.parse("1459.65"));
    assertThat(WanYuan.sum(List.of(a, b, b.negate()))).isEqualTo(a);
    assertThat(WanYuan.sum(List.of())).isSameAs(WanYuan.ZERO);
    assertThat(a.signum()).isEqualTo(1);
    assertThat(a.negate().isNegative()).isTrue();
    assertThat(WanYuan.ZERO.isZero()).isTrue();
    assertThat(a.isGreaterThan(b)).isTrue();
    assertThat(b.isLessThan(a)).isTrue();
    assertThat(WanYuan.max(a, b)).isSameAs(a);
    assertThat(WanYuan.min(a, b)).isSameAs(b);
  }

  @Test
  void allocateByLargestRemainder() {
    assertThat(WanYuan.parse("0.05").allocate(1, 1, 1)).extracting(WanYuan::fen)
        .containsExactly(16_667L, 16_667L, 16_666L);
    assertThat(WanYuan.ofFen(-10).allocate(1, 2)).extracting(WanYuan::fen)
        .containsExactly(-3L, -7L);
    assertThat(WanYuan.ofFen(5).allocate(0, 1)).extracting(WanYuan::fen).containsExactly(0L, 5L);
    assertThat(WanYuan.ofFen(Long.MAX_VALUE).allocate(Integer.MAX_VALUE, 1, 7))
        .extracting(WanYuan::fen).hasSize(3);
    assertThatThrownBy(() -> WanYuan.ZERO.allocate()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WanYuan.ZERO.allocate(1, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index 1");
    assertThatThrownBy(() -> WanYuan.ZERO.allocate(0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all zero");
  }

  @Test
  void roundingIsExplicit() {
    WanYuan x = WanYuan.parse("1.234567");
    assertThat(x.rounded(2, RoundingMode.HALF_UP)).isEqualTo(WanYuan.parse("1.23"));
    assertThat(WanYuan.parse("0.005").rounded(2, RoundingMode.HALF_UP))
        .isEqualTo(WanYuan.parse("0.01"));
    assertThat(WanYuan.parse("-0.005").rounded(2, RoundingMode.HALF_UP))
        .isEqualTo(WanYuan.parse("-0.01"));
    assertThat(WanYuan.parse("0.005").rounded(2, RoundingMode.HALF_EVEN)).isEqualTo(WanYuan.ZERO);
    assertThat(x.rounded(0, RoundingMode.CEILING)).isEqualTo(WanYuan.of(2));
    assertThat(x.rounded(6, RoundingMode.UNNECESSARY)).isSameAs(x);
    assertThat(x.isExactTo(2)).isFalse();
    assertThat(WanYuan.parse("1.23").isExactTo(2)).isTrue();
    assertThatThrownBy(() -> x.rounded(2, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> x.rounded(7, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7");
  }

  @Test
  void equalityIgnoresScaleUnlikeBigDecimal() {
    assertThat(WanYuan.parse("1.0")).isEqualTo(WanYuan.parse("1.00"))
        .hasSameHashCodeAs(WanYuan.parse("1"));
    assertThat(WanYuan.parse("1.0")).isNotEqualTo(new BigDecimal("1.0"));
  }
}
