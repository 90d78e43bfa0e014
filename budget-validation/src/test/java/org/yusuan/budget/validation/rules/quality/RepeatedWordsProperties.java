package org.yusuan.budget.validation.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Q2's hand-written {@link RepeatedWords} finds what {@code (\p{IsHan}{2,4})\1} finds, in order. */
class RepeatedWordsProperties {
  static List<String> byRegex(String text) {
    List<String> spans = new ArrayList<>();
    Matcher m = RepeatedWords.REGEX.matcher(text);
    while (m.find()) {
      spans.add(m.start() + "-" + m.end());
    }
    return spans;
  }

  static List<String> byHand(String text) {
    List<String> spans = new ArrayList<>();
    RepeatedWords w = new RepeatedWords().reset(text);
    while (w.find()) {
      spans.add(w.start() + "-" + w.end());
    }
    return spans;
  }

  @Provide
  Arbitrary<String> texts() {
    // few distinct characters, so that words repeat often
    return Arbitraries.strings().withChars("达到达预算支出，a1 。").ofMaxLength(24);
  }

  @Provide
  Arbitrary<String> withSurrogates() {
    return Arbitraries.strings().withChars("达到\uD840\uDC00，").ofMaxLength(16);
  }

  @Provide
  Arbitrary<String> surrogatesLate() {
    // repeated words before and after a pair or a lone half, where the scan hands over to the regex
    return Arbitraries.strings().withChars("达到达预算\uD840\uDC00，").ofMinLength(4).ofMaxLength(40)
        .filter(t -> t.indexOf('\uD840') > 4 || t.indexOf('\uDC00') > 4);
  }

  @Property(tries = 3000)
  void findsWhatTheRegexFinds(@ForAll("texts") String text) {
    assertThat(byHand(text)).isEqualTo(byRegex(text));
  }

  @Property(tries = 500)
  void findsWhatTheRegexFindsBeyondTheBmp(@ForAll("withSurrogates") String text) {
    assertThat(byHand(text)).isEqualTo(byRegex(text));
  }

  @Property(tries = 2000)
  void findsWhatTheRegexFindsAroundALateSurrogate(@ForAll("surrogatesLate") String text) {
    assertThat(byHand(text)).isEqualTo(byRegex(text));
  }

  @Test
  void examples() {
    // 𠀀 (U+20000) is one Han character of two chars: 𠀀一 is a word of two
    assertThat(byHand("达到达到，\uD840\uDC00一\uD840\uDC00一达到达到"))
        .containsExactly("0-4", "5-11", "11-15");
    assertThat(byHand("目标达到达到预期")).containsExactly("2-6");
    assertThat(byHand("预算支出预算支出，支出支出")).containsExactly("0-8", "9-13");
    assertThat(byHand("达到预期")).isEmpty();
  }
}
