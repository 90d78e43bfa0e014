package org.yusuan.budget.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The laws of the text package: the comparison key ignores exactly white space, width and the
 * punctuation variants; {@link TextKey#keyEquals} is {@code key().equals}; edit distance is a metric.
 */
class TextProperties {

  /** The white-space characters, written out independently of {@link WhiteSpace}. */
  static final String WHITE_SPACE = "\t\n\u000b\f\r\u001c\u001d\u001e\u001f \u0085\u00a0\u1680"
      + "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b"
      + "\u2028\u2029\u202f\u205f\u3000\ufeff";

  /**
   * What printed names are made of: ideographs, ASCII, full-width forms, white space, the quote,
   * dash and bracket variants, compatibility forms ({@code ² ① ㎡ ﹣}), and combining marks and
   * precomposed letters, which make NFKC depend on context.
   */
  private static final String PRINTED = "预算项目经费支出管理一二三年度合计其中单位资金维修护费"
      + "abcXYZ0123456789 ()[]:,.-\"'/%、。《》〈〉"
      + "（）［］：，．－＂＇０１２３ＡＢａｂ％"
      + "“”‘’「」—–‐‒―−〔〕【】〖〗"
      + "²³①②㎡﹣﹘Ⅱｶﾞ"
      + "é\u0301\u0308\u0316¨´"
      + WHITE_SPACE;

  @Provide
  Arbitrary<String> printed() {
    return Arbitraries.strings().withChars(PRINTED.toCharArray()).ofMaxLength(24);
  }

  /** Printed text most of the time, any UTF-16 string (lone surrogates included) sometimes. */
  @Provide
  Arbitrary<String> text() {
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, printed()),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(16)));
  }

  @Provide
  Arbitrary<Character> whiteSpace() {
    return Arbitraries.of(WHITE_SPACE.chars().mapToObj(c -> (char) c).toArray(Character[]::new));
  }

  // ---- the comparison key ----------------------------------------------------------------------

  @Property(tries = 2000)
  void keyIsIdempotent(@ForAll("text") String s) {
    String key = TextKey.key(s);
    assertThat(TextKey.key(key)).isEqualTo(key);
    assertThat(WhiteSpace.containsAny(key)).isFalse();
  }

  @Property(tries = 2000)
  void keyIsWidthInvariant(@ForAll("halfWidth") String s, @ForAll @Size(max = 24) List<Boolean> widen) {
    StringBuilder full = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean w = i < widen.size() && widen.get(i);
      full.append(!w ? c : c == ' ' ? '\u3000' : c > ' ' && c < 0x7f ? (char) (c + 0xfee0) : c);
    }
    assertThat(TextKey.key(full)).isEqualTo(TextKey.key(s));
    assertThat(TextKey.keyEquals(full, s)).isTrue();
  }

  /** ASCII and ideographs: every printable ASCII character has a full-width form. */
  @Provide
  Arbitrary<String> halfWidth() {
    return Arbitraries.strings().withCharRange(' ', '~').withChars("预算经费支出、。“”".toCharArray())
        .ofMaxLength(24);
  }

  @Property(tries = 2000)
  void keyIsWhiteSpaceInvariant(@ForAll("text") String s, @ForAll("whiteSpace") char space,
      @ForAll @IntRange(min = 0, max = 100) int at) {
    int i = Math.min(at, s.length());
    String spaced = s.substring(0, i) + space + s.substring(i);
    assertThat(TextKey.key(spaced)).isEqualTo(TextKey.key(s));
  }

  @Property(tries = 3000)
  void keyEqualsAgreesWithKey(@ForAll("pairs") List<String> pair) {
    String a = pair.get(0);
    String b = pair.get(1);
    boolean expected = TextKey.key(a).equals(TextKey.key(b));
    assertThat(TextKey.keyEquals(a, b)).isEqualTo(expected);
    assertThat(TextKey.keyEquals(b, a)).isEqualTo(expected);
  }

  /** Unrelated texts, and texts that differ by one variant, so that equal keys are common. */
  @Provide
  Arbitrary<List<String>> pairs() {
    Arbitrary<List<String>> unrelated = Combinators.combine(text(), text()).as(List::of);
    Arbitrary<List<String>> variants = Combinators.combine(printed(), printed(),
        Arbitraries.of("", " ", "\u3000", "（", "(", "“", "\"", "——", "--", "〔", "[", "\u0301",
            "e\u0301", "é", "¨", "１", "1", "²", "2"),
        Arbitraries.of("", " ", "\u00a0", "）", ")", "”", "\"", "—", "-", "】", "]", "\u0308",
            "ë", "e¨", "ｅ", "e"))
        .as((x, y, p, q) -> List.of(x + p + y, x + q + y));
    Arbitrary<List<String>> spaced = Combinators.combine(printed(), whiteSpace(),
        Arbitraries.integers().between(0, 24)).as((x, w, at) -> {
          int i = Math.min(at, x.length());
          return List.of(x, x.substring(0, i) + w + x.substring(i));
        });
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, unrelated),
        net.jqwik.api.Tuple.of(3, variants), net.jqwik.api.Tuple.of(2, spaced));
  }

  // ---- edit distance ---------------------------------------------------------------------------

  @Provide
  Arbitrary<String> names() {
    // A small alphabet, so that names share characters and distances are small.
    return Arbitraries.strings().withChars("预算项目经费ab1".toCharArray()).ofMaxLength(12);
  }

  @Property(tries = 1000)
  void distanceIsAMetric(@ForAll("names") String a, @ForAll("names") String b,
      @ForAll("names") String c) {
    int ab = EditDistance.between(a, b);
    assertThat(ab).isEqualTo(EditDistance.between(b, a));
    assertThat(EditDistance.between(a, a)).isZero();
    assertThat(ab == 0).isEqualTo(a.equals(b));
    assertThat(ab).isLessThanOrEqualTo(EditDistance.between(a, c) + EditDistance.between(c, b));
    assertThat(ab).isEqualTo(reference(a, b));
  }

  @Property(tries = 2000)
  void boundedDistanceAgreesWithUnbounded(@ForAll("names") String a, @ForAll("names") String b,
      @ForAll @IntRange(min = 0, max = 14) int limit) {
    int d = EditDistance.between(a, b);
    assertThat(EditDistance.between(a, b, limit)).isEqualTo(Math.min(d, limit + 1));
  }

  /** One instance reused over pairs of growing and shrinking length computes what fresh ones do. */
  @Property(tries = 300)
  void reusedRowsDoNotLeak(@ForAll @Size(max = 8) List<@net.jqwik.api.From("names") String> names,
      @ForAll @IntRange(min = 0, max = 5) int limit) {
    EditDistance reused = new EditDistance();
    for (int i = 0; i + 1 < names.size(); i++) {
      String a = names.get(i);
      String b = names.get(i + 1);
      assertThat(reused.distance(a, b, limit)).isEqualTo(Math.min(reference(a, b), limit + 1));
      assertThat(reused.distance(b, a)).isEqualTo(reference(a, b));
    }
  }

  /** The textbook table, filled completely. */
  private static int reference(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j], d[i][j - 1]) + 1, d[i - 1][j - 1] + cost);
      }
    }
    return d[a.length()][b.length()];
  }

  // ---- markup ----------------------------------------------------------------------------------

  @Property(tries = 1000)
  void removalsRebuildTheStrippedText(@ForAll("markedUp") String s) {
    StrippedText st = Markup.strip(s);
    StringBuilder rebuilt = new StringBuilder();
    int last = 0;
    for (MarkupRemoval r : st.removals()) {
      assertThat(r.start()).isGreaterThanOrEqualTo(last);
      assertThat(s.substring(r.start(), r.end())).isEqualTo(r.removed());
      rebuilt.append(s, last, r.start()).append(r.replacement());
      last = r.end();
    }
    rebuilt.append(s, last, s.length());
    assertThat(rebuilt.toString()).isEqualTo(st.text());
    if (!st.hasRemovals()) {
      assertThat(st.text()).isEqualTo(s);
    }
  }

  @Provide
  Arbitrary<String> markedUp() {
    return Arbitraries.of("<td colspan=\"2\">", "</td>", "<p>", "<br/>", "<5", "&nbsp;", "&lt;",
        "&#8805;", "&#0;", "&x;", "**", "*", "\\geq", "\\geqslant", "\\%", "\\,", "\\foo", "$",
        "约1200个", "≥90%", " ", "项目").list().ofMaxSize(8).map(l -> String.join("", l));
  }
}
