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

/**
 * Q3's regexes find the same run from where {@link YearScans} says their first match can start as
 * run from the text's start (the regexes are Q3's, copied).
 */
class YearScansProperties {
  private static final Pattern A_YEAR = Pattern.compile("(?:19|20)\\d{2}\\s*年");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d〔【\\[])((?:19|20)\\d{2})\\s*年");
  private static final Pattern COMPARISON = Pattern.compile(
      "(?:比|较|(?:与|同)(?=\\s*(?:19|20)\\d{2}\\s*年[^，,。；]{0,16}?(?:相比|比较|对比|持平|相同)))"
          + "\\s*((?:19|20)\\d{2})\\s*年(度)?(年初)?([^，,。；\\d]{0,6})");

  /** Every match of {@code p} in {@code text} from {@code at} (none when −1), with its groups. */
  static List<String> matches(Pattern p, String text, int at) {
    List<String> found = new ArrayList<>();
    Matcher m = p.matcher(text);
    for (boolean f = at >= 0 && m.find(at); f; f = m.find()) {
      StringBuilder one = new StringBuilder(m.start() + "-" + m.end());
      for (int g = 1; g <= m.groupCount(); g++) {
        one.append('|').append(m.group(g));
      }
      found.add(one.toString());
    }
    return found;
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("1920245年 \t比较与同相对持平度初预算，。〔【[x")
        .ofMaxLength(28);
  }

  @Provide
  Arbitrary<String> years() {
    // mostly well-formed years, so that comparisons are often found
    Arbitrary<String> piece = Arbitraries.of("2024年", "2023 年", "1999年", "比", "较", "与", "同", " ",
        "相比", "持平", "年初", "预算", "，", "〔", "3", "年度", "增加");
    return piece.list().ofMaxSize(10).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void theFirstYearIsTheRegexs(@ForAll("texts") String text) {
    Matcher m = A_YEAR.matcher(text);
    assertThat(YearScans.firstYear(text, 0)).isEqualTo(m.find() ? m.start() : -1);
  }

  @Property(tries = 3000)
  void yearsFromTheFirstAreAllYears(@ForAll("years") String text) {
    assertThat(matches(YEAR, text, YearScans.firstYear(text, 0))).isEqualTo(matches(YEAR, text, 0));
  }

  @Property(tries = 3000)
  void comparisonsFromTheFirstAreAllComparisons(@ForAll("years") String text) {
    assertThat(matches(COMPARISON, text, YearScans.firstComparison(text)))
        .isEqualTo(matches(COMPARISON, text, 0));
  }

  @Property(tries = 3000)
  void comparisonsInAnyTextFromTheFirst(@ForAll("texts") String text) {
    assertThat(matches(COMPARISON, text, YearScans.firstComparison(text)))
        .isEqualTo(matches(COMPARISON, text, 0));
  }

  @Example
  void examples() {
    assertThat(YearScans.firstYear("截至2024 年底", 0)).isEqualTo(2);
    assertThat(YearScans.firstYear("截至2024 年底", 3)).isEqualTo(-1);
    assertThat(YearScans.firstComparison("支出比 2024年减少，2025年")).isEqualTo(2);
    assertThat(YearScans.firstComparison("2025年收入")).isEqualTo(-1);
  }
}
