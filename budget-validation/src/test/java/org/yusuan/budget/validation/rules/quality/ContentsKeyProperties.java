package org.yusuan.budget.validation.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Q7's hand-written {@link ContentsMatchBody#key} gives what the two regular expressions it replaced
 * gave (numbering removed, then everything but Han characters, ASCII digits and letters, and the
 * digits ending the text).
 */
class ContentsKeyProperties {
  private static final Pattern NUMBERING = Pattern.compile(
      "^(?:表\\s*[一二三四五六七八九十\\d]+[：:、.．]?|[（(]?[一二三四五六七八九十\\d]{1,3}[)）]?[、.．：:]?)");
  private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{IsHan}\\dA-Za-z]|\\d+$");

  static String byRegex(String text) {
    return NOT_WORDS.matcher(NUMBERING.matcher(text.strip()).replaceFirst("")).replaceAll("");
  }

  @Provide
  Arbitrary<String> entries() {
    return Arbitraries.strings()
        .withChars("表一二三十（()）、.．：:12 90aZ…·-。，部门预算收支总表\u3000\t\n\u0085\u2028")
        .withCharRange('\uD840', '\uD841')  // lone and paired surrogates: 𠀀… is Han
        .withCharRange('\uDC00', '\uDC01')
        .ofMaxLength(16);
  }

  @Property(tries = 2000)
  void keyIsTheRegexKey(@ForAll("entries") String text) {
    assertThat(ContentsMatchBody.key(text)).isEqualTo(byRegex(text));
  }

  @Property(tries = 2000)
  void anOpeningIsTheKeysStart(@ForAll("entries") String text, @ForAll @IntRange(max = 12) int limit) {
    String key = byRegex(text);
    assertThat(ContentsMatchBody.key(text, limit)).isEqualTo(key.substring(0, Math.min(limit, key.length())));
  }

  /** Longer entries: words, brackets and quotes inside, leaders and a page number at the end. */
  @Provide
  Arbitrary<String> longEntries() {
    Arbitrary<String> words = Arbitraries.strings().withChars("部门预算表收支aZ09（）“”、 ").ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> tail = Arbitraries.strings().withChars(".…·：:）” \u3000\uD840\uDC00").ofMaxLength(6);
    Arbitrary<String> page = Arbitraries.strings().withChars("0123456789").ofMaxLength(3);
    return net.jqwik.api.Combinators.combine(entries(), words, tail, page).as((a, w, t, p) -> a + w + t + p);
  }

  @Property(tries = 2000)
  void aLongKeyIsTheRegexKey(@ForAll("longEntries") String text, @ForAll @IntRange(max = 30) int limit) {
    String key = byRegex(text);
    assertThat(ContentsMatchBody.key(text)).isEqualTo(key);
    assertThat(ContentsMatchBody.key(text, limit)).isEqualTo(key.substring(0, Math.min(limit, key.length())));
  }

  @Test
  void examples() {
    assertThat(ContentsMatchBody.key("一、部门预算收支总表……12")).isEqualTo("部门预算收支总表");
    assertThat(ContentsMatchBody.key("表3：部门收入总表 2024")).isEqualTo("部门收入总表");
    assertThat(ContentsMatchBody.key("单位 12 说明。")).isEqualTo("单位12说明");
    assertThat(ContentsMatchBody.key("（2）abc")).isEqualTo("abc");
    assertThat(ContentsMatchBody.key("表五2024年支出预算表（不含上年结转）.....14")).isEqualTo("年支出预算表不含上年结转");
    assertThat(ContentsMatchBody.key("二、收入预算情况说明.....28", 4)).isEqualTo("收入预算");
  }
}
