package org.yusuan.budget.disclosure.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Amounts#isAmount}'s scan accepts exactly what the pattern it replaced accepts. */
class AmountsProperties {
  /** The pattern the scan replaced, the oracle. */
  private static final Pattern NUMBER = Pattern.compile(
      "[+\\-−]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?\\s*(万元|亿元|元|万|亿)?");

  private static boolean oracle(String text) {
    return !text.isEmpty() && NUMBER.matcher(text.replace('，', ',')).matches();
  }

  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.strings().withChars("0123456789,，.+-−万亿元 \t\u3000a".toCharArray())
        .ofMaxLength(14);
  }

  /** Cells near the grammar: digits in groups, a sign, a point, spaces, a unit. */
  @Provide
  Arbitrary<String> amounts() {
    Arbitrary<String> sign = Arbitraries.of("", "", "+", "-", "−", "--");
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(5);
    Arbitrary<String> comma = Arbitraries.of("", ",", "，", ",,");
    Arbitrary<String> point = Arbitraries.of("", ".", "..");
    Arbitrary<String> space = Arbitraries.of("", " ", "\t", "\u3000", "  ");
    Arbitrary<String> unit = Arbitraries.of("", "万元", "亿元", "元", "万", "亿", "千元", "元元", "万 ");
    return net.jqwik.api.Combinators.combine(sign, digits, comma, digits, comma, digits, point,
        digits).as((s, a, c1, b, c2, d, p, f) -> s + a + c1 + b + c2 + d + p + f)
        .flatMap(n -> net.jqwik.api.Combinators.combine(space, unit).as((w, u) -> n + w + u));
  }

  @Property(tries = 5000)
  void scanIsThePattern(@ForAll("cells") String text) {
    assertThat(Amounts.isAmount(text)).as(text).isEqualTo(oracle(text));
  }

  @Property(tries = 5000)
  void scanIsThePatternNearTheGrammar(@ForAll("amounts") String text) {
    assertThat(Amounts.isAmount(text)).as(text).isEqualTo(oracle(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "13,487.42", "13，487.42", "-1,234", "−3.5", "+12 万元", "156,211,123",
      "5亿", "1234", "12.0\t元", "1,2345", "1,23", "1234,567", ".5", "5.", "5 千元", "", "元", "１２"})
  void examples(String text) {
    assertThat(Amounts.isAmount(text)).as(text).isEqualTo(oracle(text));
  }
}
