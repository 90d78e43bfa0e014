package org.yusuan.budget.validation.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import net.jqwik.api.Example;

/** Q2's bracket pairing: the quick character filter lets every bracket and quote through. */
class BracketsTest {
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
