package org.yusuan.budget.validation.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Q7's {@link Body}: a wrapped heading holds what its two lines joined hold; Han characters. */
class BodyProperties {
  @Provide
  Arbitrary<String> keys() {
    return Arbitraries.strings().withChars("部门预算收支").ofMaxLength(6);
  }

  @Property(tries = 5000)
  void joinedHoldsAsTheJoinedString(@ForAll("keys") String a, @ForAll("keys") String b,
      @ForAll("keys") String x) {
    assertThat(Body.joinedHolds(a, b, x)).isEqualTo((a + b).contains(x));
  }

  @Example
  void everyUnifiedIdeographUpToU9FA5IsHan() {
    for (int cp = 0x4E00; cp <= 0x9FA5; cp++) {
      assertThat(Character.UnicodeScript.of(cp)).as("U+%04X", cp).isEqualTo(Character.UnicodeScript.HAN);
      assertThat(TextChecks.isHan(cp)).isTrue();
    }
    assertThat(TextChecks.isHan('〇')).isTrue();
    assertThat(TextChecks.isHan('a')).isFalse();
    assertThat(TextChecks.isHan('，')).isFalse();
  }

  @Example
  void isHanIsTheScriptsForEveryCodePoint() {
    // the shortcuts below ⺀ and in the half- and full-width forms against the script itself
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
      if (TextChecks.isHan(cp) != han) {
        assertThat(TextChecks.isHan(cp)).as("U+%04X", cp).isEqualTo(han);
      }
    }
    assertThat(TextChecks.isHan('⺀')).isTrue();
    assertThat(TextChecks.isHan('．')).isFalse();
  }
}
