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
 * {@link TextChecks#findAt} finds, match after match, what {@link Matcher#find()} finds (the oracle,
 * as Q3 and Q5 ran it before): Q3's years and comparisons tried only where {@link YearScans} says
 * one can start, Q5's whole-and-parts only at a 共.
 */
class ScanFindProperties {
  /** Every match of {@code p} in {@code text} by {@code find()}, with its groups. */
  static List<String> byFind(Pattern p, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      found.add(describe(m));
    }
    return found;
  }

  /** The same by {@link TextChecks#findAt}, each search from the end of the match before. */
  static List<String> byStarts(Pattern p, String text, TextChecks.Starts starts) {
    List<String> found = new ArrayList<>();
    Matcher m = p.matcher("");
    for (int from = 0; TextChecks.findAt(m, text, from, starts); from = m.end()) {
      found.add(describe(m));
    }
    return found;
  }

  private static String describe(Matcher m) {
    StringBuilder one = new StringBuilder(m.start() + "-" + m.end() + ":" + m.group());
    for (int g = 1; g <= m.groupCount(); g++) {
      one.append('|').append(m.group(g));
    }
    return one.toString();
  }

  @Provide
  Arbitrary<String> years() {
    Arbitrary<String> piece = Arbitraries.of("2024年", "2023 年", "1999年", "2024", "年", "比", "较", "与",
        "同", " ", "\t", "相比", "持平", "对比", "年初", "预算", "，", "。", "〔", "【", "[", "3", "年度",
        "增加", "截至", "12月31日");
    return piece.list().ofMaxSize(14).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> anyTexts() {
    return Arbitraries.strings().withChars("1920245年 \t比较与同相对持平度初预算，。〔【[x共其中（()）：:万元平方米个")
        .ofMaxLength(40);
  }

  @Provide
  Arbitrary<String> wholes() {
    Arbitrary<String> piece = Arbitraries.of("共", "共有", "共计", "其中", "其中：", "（", "(", "）", ")", "12",
        "3.5", "1,200", "平方米", "万元", "元", "辆", "个", "，", "。", "A", "B", "；", "共2");
    return piece.list().ofMaxSize(16).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void yearsAsFindFindsThem(@ForAll("years") String text) {
    assertThat(byStarts(DocumentYears.YEAR, text, YearScans::firstYear))
        .isEqualTo(byFind(DocumentYears.YEAR, text));
  }

  @Property(tries = 3000)
  void comparisonsAsFindFindsThem(@ForAll("years") String text) {
    assertThat(byStarts(DocumentYears.COMPARISON, text, YearScans::firstComparison))
        .isEqualTo(byFind(DocumentYears.COMPARISON, text));
  }

  @Property(tries = 3000)
  void inAnyText(@ForAll("anyTexts") String text) {
    assertThat(byStarts(DocumentYears.YEAR, text, YearScans::firstYear))
        .isEqualTo(byFind(DocumentYears.YEAR, text));
    assertThat(byStarts(DocumentYears.COMPARISON, text, YearScans::firstComparison))
        .isEqualTo(byFind(DocumentYears.COMPARISON, text));
    assertThat(byStarts(ComparisonWords.PARTS, text, (s, from) -> s.indexOf('共', from)))
        .isEqualTo(byFind(ComparisonWords.PARTS, text));
  }

  @Property(tries = 3000)
  void wholesAsFindFindsThem(@ForAll("wholes") String text) {
    assertThat(byStarts(ComparisonWords.PARTS, text, (s, from) -> s.indexOf('共', from)))
        .isEqualTo(byFind(ComparisonWords.PARTS, text));
  }

  @Example
  void examples() {
    String text = "比2023年增加，〔2024年〕，与2023年相比持平，2025 年度";
    assertThat(byStarts(DocumentYears.YEAR, text, YearScans::firstYear))
        .containsExactly("1-6:2023年|2023", "18-23:2023年|2023", "28-34:2025 年|2025");
    assertThat(byStarts(DocumentYears.COMPARISON, text, YearScans::firstComparison))
        .containsExactly("0-8:比2023年增加|2023|null|null|增加", "17-27:与2023年相比持平|2023|null|null|相比持平");
    assertThat(byStarts(ComparisonWords.PARTS, "共12平方米（其中A5平方米，B6平方米）；共3辆(其中2辆)", (s, from) -> s.indexOf('共', from)))
        .hasSize(2);
  }
}
