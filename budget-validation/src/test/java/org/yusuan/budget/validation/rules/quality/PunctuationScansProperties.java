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

/** Q2's hand-written {@link PunctuationScans} find what the regular expressions they replaced found. */
class PunctuationScansProperties {
  private static final Pattern REPEATED_MARK = Pattern.compile("[。，、；：]{2,}");
  private static final Pattern CUT_SHORT = Pattern.compile(
      "(?:主要原因是|原因是|主要用于|用于|主要包括|具体包括|包括|分别是|分别为|主要是)[：:，,]?[。；]");
  private static final Pattern FIGURE_END = Pattern.compile(
      "\\d(?:万元|亿元|元|%|％|个|辆|项|人|名|平方米|台|套|台（套）|家|次)$");

  /** The spans of every match of {@code p} in {@code text}, in order. */
  static List<String> byRegex(Pattern p, String text) {
    List<String> spans = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      spans.add(m.start() + "-" + m.end());
    }
    return spans;
  }

  /** The spans {@code scan} finds in {@code text}, each scan from the end of the one before. */
  static List<String> byHand(Span.Scan scan, String text) {
    List<String> spans = new ArrayList<>();
    for (long at = scan.find(text, 0); at != Span.NONE; at = scan.find(text, Span.end(at))) {
      spans.add(Span.start(at) + "-" + Span.end(at));
    }
    return spans;
  }

  @Provide
  Arbitrary<String> marks() {
    return Arbitraries.strings().withChars("。，、；：,.a预").ofMaxLength(16);
  }

  @Provide
  Arbitrary<String> cuts() {
    // the words' characters, so that they and their overlaps (主要原因是, 原因是) occur often
    return Arbitraries.strings().withChars("主要原因是用于包括具体分别为：:，,。；;x").ofMaxLength(20);
  }

  @Provide
  Arbitrary<String> endings() {
    return Arbitraries.strings().withChars("12万亿元%％个辆项人名平方米台套（）家次。\r\n\u0085\u2028\u2029 ")
        .ofMaxLength(10);
  }

  @Property(tries = 3000)
  void repeatedMarksAreTheRegexs(@ForAll("marks") String text) {
    assertThat(byHand(PunctuationScans::repeatedMark, text)).isEqualTo(byRegex(REPEATED_MARK, text));
  }

  @Property(tries = 5000)
  void cutSentencesAreTheRegexs(@ForAll("cuts") String text) {
    assertThat(byHand(PunctuationScans::cutShort, text)).isEqualTo(byRegex(CUT_SHORT, text));
  }

  @Property(tries = 5000)
  void figureEndsAreTheRegexs(@ForAll("endings") String text) {
    assertThat(PunctuationScans.figureEnd(text)).isEqualTo(FIGURE_END.matcher(text).find());
  }

  @Example
  void examples() {
    assertThat(byHand(PunctuationScans::repeatedMark, "收入。。支出，，，。")).containsExactly("2-4", "6-10");
    assertThat(byHand(PunctuationScans::cutShort, "主要原因是。增加用于：；")).containsExactly("0-6", "8-12");
    assertThat(PunctuationScans.figureEnd("共计12万元")).isTrue();
    assertThat(PunctuationScans.figureEnd("共计12万元\u0085")).isTrue();
    assertThat(PunctuationScans.figureEnd("共计万元")).isFalse();
  }
}
