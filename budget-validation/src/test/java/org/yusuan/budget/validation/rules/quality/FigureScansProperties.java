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
 * Q5's regexes find the same tried only where {@link FigureScans} says a match can start as by their
 * own search (the regexes are Q5's, copied).
 */
class FigureScansProperties {
  private static final String NUMBER = "(\\d[\\d,]*(?:\\.\\d+)?)";
  private static final String UNIT = "(万元|亿元|元|%|％)";
  private static final Pattern COMPARED = Pattern.compile(NUMBER + UNIT
      + "[，,]?(?:比|较)(?:(?!增加|增长|上升|减少|下降|持平|相同)(?:\\d{4}年|[^，,。；;\\d])){0,14}?"
      + NUMBER + "\\2[，,]?(增加|增长|上升|减少|下降|持平|相同)");
  private static final Pattern RELATION = Pattern.compile(NUMBER + UNIT
      + "(大于|小于|等于|高于|低于)" + NUMBER + "\\2");

  @Provide
  Arbitrary<String> paragraphs() {
    Arbitrary<String> piece = Arbitraries.of("12", "3.5", "1,200", ",", ".", "万元", "亿元", "元", "%",
        "％", "万", "，", "比", "较", "2024年", "预算", "增加", "减少", "持平", "大于", "小于", "等于",
        "于", "高", "。", "支出");
    return piece.list().ofMaxSize(14).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> characters() {
    return Arbitraries.strings().withChars("0129,.万亿元%％，比较于大小增加减少持平年").ofMaxLength(24);
  }

  /** The matches {@link FigureScans#find} gives, each search from the end of the match before. */
  static List<String> byHand(Pattern p, String text, Span.Scan runs) {
    List<String> found = new ArrayList<>();
    Matcher m = p.matcher("");
    for (int from = 0; FigureScans.find(m, text, from, runs); from = m.end()) {
      StringBuilder one = new StringBuilder(m.start() + "-" + m.end());
      for (int g = 1; g <= m.groupCount(); g++) {
        one.append('|').append(m.group(g));
      }
      found.add(one.toString());
    }
    return found;
  }

  /** A figure from an offset to the unit: what the pattern's figure must match there. */
  @Property(tries = 3000)
  void aFigureReachesItsUnitAsTheRegexSays(@ForAll("figures") String figure) {
    String text = "比" + figure + "万元";
    int unit = text.length() - 2;
    for (int p = 1; p < unit; p++) {
      assertThat(FigureScans.reaches(text, p, unit))
          .as("%s from %d", text, p)
          .isEqualTo(Pattern.matches("\\d[\\d,]*(?:\\.\\d+)?", text.substring(p, unit)));
    }
  }

  @Provide
  Arbitrary<String> figures() {
    return Arbitraries.strings().withChars("0123456789,.").ofMinLength(1).ofMaxLength(8);
  }

  @Property(tries = 4000)
  void comparisonsAreTheRegexs(@ForAll("paragraphs") String text) {
    assertThat(byHand(COMPARED, text, FigureScans::comparedRun))
        .isEqualTo(YearScansProperties.matches(COMPARED, text, 0));
  }

  @Property(tries = 4000)
  void relationsAreTheRegexs(@ForAll("paragraphs") String text) {
    assertThat(byHand(RELATION, text, FigureScans::relationRun))
        .isEqualTo(YearScansProperties.matches(RELATION, text, 0));
  }

  @Property(tries = 3000)
  void inAnyCharacters(@ForAll("characters") String text) {
    assertThat(byHand(COMPARED, text, FigureScans::comparedRun))
        .isEqualTo(YearScansProperties.matches(COMPARED, text, 0));
    assertThat(byHand(RELATION, text, FigureScans::relationRun))
        .isEqualTo(YearScansProperties.matches(RELATION, text, 0));
  }

  @Example
  void examples() {
    assertThat(byHand(COMPARED, "支出1,234.5万元，比2024年预算1,300万元减少", FigureScans::comparedRun))
        .containsExactly("2-29|1,234.5|万元|1,300|减少");
    assertThat(FigureScans.comparedRun("支出比上年减少", 0)).isEqualTo(Span.NONE);
    assertThat(FigureScans.relationRun("收入5元大于3元", 0)).isEqualTo(Span.of(2, 5));
    assertThat(FigureScans.relationRun("主要用于办公", 0)).isEqualTo(Span.NONE);
  }
}
