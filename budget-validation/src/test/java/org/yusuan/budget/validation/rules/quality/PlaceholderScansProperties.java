package org.yusuan.budget.validation.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Q1's hand-written {@link PlaceholderScans} find what the regular expressions they replaced found. */
class PlaceholderScansProperties {
  private static final String DIRECTIONS = "(增加|增长|上升|减少|下降|持平)";
  private static final Pattern ALTERNATIVES = Pattern.compile(
      DIRECTIONS + "\\s*(?:[（(]\\s*" + DIRECTIONS + "\\s*[)）]|[/／]\\s*" + DIRECTIONS + ")");
  private static final Pattern CROSSES = Pattern.compile(
      "(?<![A-Za-z])(?:[XxＸｘ×]{2,}|20[XxＸｘ×]{2})(?![A-Za-z])");

  /** The regex's matches whose two words differ, as Q1 reported them. */
  static List<String> byRegex(String text) {
    List<String> spans = new ArrayList<>();
    Matcher m = ALTERNATIVES.matcher(text);
    while (m.find()) {
      String second = m.group(2) != null ? m.group(2) : m.group(3);
      if (!second.equals(m.group(1))) {
        spans.add(m.start() + "-" + m.end());
      }
    }
    return spans;
  }

  static List<String> byHand(String text) {
    return PunctuationScansProperties.byHand(PlaceholderScans::alternatives, text);
  }

  @Provide
  Arbitrary<String> alternatives() {
    return Arbitraries.strings().withChars("增加长上升减少下降持平（()）/／ \t\u3000\n为").ofMaxLength(20);
  }

  @Provide
  Arbitrary<String> crosses() {
    return Arbitraries.strings().withChars("XxＸｘ×20aL年局 ").ofMaxLength(12);
  }

  @Property(tries = 5000)
  void alternativesAreTheRegexs(@ForAll("alternatives") String text) {
    assertThat(byHand(text)).isEqualTo(byRegex(text));
  }

  @Property(tries = 3000)
  void withoutTwoCrossesTheRegexFindsNone(@ForAll("crosses") String text) {
    if (!PlaceholderScans.twoCrosses(text)) {
      assertThat(CROSSES.matcher(text).find()).isFalse();
    }
  }

  @Example
  void examples() {
    assertThat(byHand("收入增加（减少）5万元，支出增长/下降，持平（持平）")).containsExactly("2-8", "14-19");
    assertThat(PlaceholderScans.twoCrosses("20××年")).isTrue();
    assertThat(PlaceholderScans.twoCrosses("X光机")).isFalse();
  }
}
