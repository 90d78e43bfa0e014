package org.yusuan.budget.validation.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Q2's bracket pairing: the quick character filter lets every bracket and quote through; the stack
 * packed in a {@code long} pairs as a stack of any depth does.
 */
class BracketsTest {
  @Provide
  Arbitrary<String> bracketed() {
    return Arbitraries.strings().withChars(Brackets.OPEN + Brackets.CLOSE + "1a一。 项").ofMaxLength(30);
  }

  @Provide
  Arbitrary<String> deep() {
    // mostly opening brackets, so that more than PACKED are open at once
    return Arbitraries.strings().withChars("（（（(((“《【〔‘「〈）)”1。").ofMinLength(18).ofMaxLength(60);
  }

  @Property(tries = 3000)
  void thePackedStackPairsAsADeque(@ForAll("bracketed") String text) {
    assertThat(Brackets.firstUnbalanced(text)).isEqualTo(Brackets.firstUnbalancedDeep(text));
  }

  @Property(tries = 1000)
  void deepNestingPairsAsADeque(@ForAll("deep") String text) {
    assertThat(Brackets.firstUnbalanced(text)).isEqualTo(Brackets.firstUnbalancedDeep(text));
  }

  @Example
  void moreThanPackedOpen() {
    String deep = "（".repeat(Brackets.PACKED + 2) + "）".repeat(Brackets.PACKED + 1);
    assertThat(Brackets.firstUnbalanced(deep)).isEqualTo(OptionalInt.of(0));
    assertThat(Brackets.firstUnbalanced("“" + deep.substring(1) + "）")).isEqualTo(OptionalInt.of(45));
    assertThat(Brackets.firstUnbalanced(deep + "）")).isEmpty();
  }

  @Example
  void theFilterRejectsOnlyWhatIsNoBracket() {
    int passed = 0;
    for (int i = 0; i <= 0xFFFF; i++) {
      char c = (char) i;
      boolean bracket = Brackets.OPEN.indexOf(c) >= 0 || Brackets.CLOSE.indexOf(c) >= 0;
      if (bracket) {
        assertThat(Brackets.mayBeBracket(c)).as("U+%04X", i).isTrue();
      }
      passed += Brackets.mayBeBracket(c) ? 1 : 0;
    }
    assertThat(passed).as("characters the filter lets through").isEqualTo(2 + 6 + 14 + 2);
  }

  @Example
  void theCodeIsThePairOfEveryCharacter() {
    for (int i = 0; i <= 0xFFFF; i++) {
      char c = (char) i;
      int open = Brackets.OPEN.indexOf(c);
      int close = Brackets.CLOSE.indexOf(c);
      int expected = open >= 0 ? "001234567".charAt(open) - '0' + 1
          : close >= 0 ? -("001234567".charAt(close) - '0' + 1) : 0;
      assertThat(Brackets.code(c)).as("U+%04X", i).isEqualTo(expected);
    }
  }

  @Example
  void everyBracketAndQuotePassesTheFilter() {
    for (char c : (Brackets.OPEN + Brackets.CLOSE).toCharArray()) {
      assertThat(Brackets.mayBeBracket(c)).as("U+%04X", (int) c).isTrue();
    }
    assertThat(Brackets.mayBeBracket('项')).isFalse();
    assertThat(Brackets.mayBeBracket('1')).isFalse();
  }

  @Example
  void pairs() {
    assertThat(Brackets.firstUnbalanced("运维系统（套）")).isEmpty();
    assertThat(Brackets.firstUnbalanced("（一期)")).isEmpty();
    assertThat(Brackets.firstUnbalanced("1）完成率")).isEmpty();
    assertThat(Brackets.firstUnbalanced("“完成率")).isEqualTo(OptionalInt.of(0));
    assertThat(Brackets.firstUnbalanced("收储中心）；")).isEqualTo(OptionalInt.of(4));
  }
}
