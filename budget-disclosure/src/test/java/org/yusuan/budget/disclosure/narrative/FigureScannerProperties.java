package org.yusuan.budget.disclosure.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The prefilters of the figure scanner and the part finder skip no match: a pattern skipped for
 * want of a character finds nothing without it, and the dot-leader test is the pattern it replaced.
 */
class FigureScannerProperties {
  private static final Pattern DOT_LEADER = Pattern.compile(".*(\\.{3,}|…).*");

  @Provide
  Arbitrary<String> sentences() {
    return Arbitraries.strings()
        .withChars("0123456789年月日号级第批〔〕【】[]（）()、．.,，%与比较上年相同持平一致预算数万元个项 …"
            .toCharArray())
        .ofMaxLength(24);
  }

  @Property(tries = 5000)
  void aPatternSkippedForWantOfItsMarkFindsNothing(@ForAll("sentences") String text) {
    boolean digit = text.chars().anyMatch(c -> c >= '0' && c <= '9');
    for (int k = 0; k < FigureScanner.NOT_FIGURES.length; k++) {
      char mark = FigureScanner.NOT_FIGURE_MARKS[k];
      if (!digit || mark != 0 && text.indexOf(mark) < 0) {
        assertThat(FigureScanner.NOT_FIGURES[k].matcher(text).find()).as("%d %s", k, text).isFalse();
      }
    }
    if (!digit) {
      assertThat(FigureScanner.NUMBER_WITH_UNIT.matcher(text).find()).isFalse();
    }
    if (text.indexOf('与') < 0 && text.indexOf('比') < 0 && text.indexOf('较') < 0) {
      assertThat(FigureScanner.SameAsPrior.SAME.matcher(text).find()).isFalse();
    }
  }

  @Property(tries = 3000)
  void dotLeaderIsThePattern(@ForAll("sentences") String text) {
    assertThat(NarrativeParts.hasDotLeader(text)).isEqualTo(DOT_LEADER.matcher(text).matches());
  }
}
