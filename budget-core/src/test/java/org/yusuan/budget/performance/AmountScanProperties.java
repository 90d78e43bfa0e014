package org.yusuan.budget.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link AmountScan} reads what PrintedAmount's pattern matched, with the same number and unit. */
class AmountScanProperties {
  /** The pattern as PrintedAmount had it: the oracle. */
  static final Pattern AMOUNT = Pattern.compile(
      "(-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?)(元|万元|万|亿元|亿)?");

  static String byRegex(String s) {
    Matcher m = AMOUNT.matcher(s);
    return m.matches() ? m.group(1) + "|" + m.group(2) : "no amount";
  }

  static String byHand(String s) {
    int end = AmountScan.numberEnd(s);
    return end < 0 ? "no amount"
        : s.substring(0, end) + "|" + (end < s.length() ? s.substring(end) : null);
  }

  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.of("-", "1", "23", "456", "7890", ",", ",000", ".", ".5", "元", "万", "亿", "万元", "亿元",
        "a").list().ofMaxSize(6).map(parts -> String.join("", parts));
  }

  @Property(tries = 5000)
  void readsWhatThePatternMatches(@ForAll("cells") String s) {
    assertThat(byHand(s)).isEqualTo(byRegex(s));
  }

  @Test
  void examples() {
    assertThat(byHand("1,215,007.05")).isEqualTo("1,215,007.05|null");
    assertThat(byHand("1000万元")).isEqualTo("1000|万元");
    assertThat(byHand("-3")).isEqualTo("-3|null");
    assertThat(byHand("1,2345")).isEqualTo("no amount");
    assertThat(byHand("1234,567")).isEqualTo("no amount");
    assertThat(byHand("")).isEqualTo("no amount");
    assertThat(byHand("5.元")).isEqualTo("no amount");
  }
}
