package org.yusuan.budget.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link QuantityScan}'s hand-written matchers find the groups of the patterns they replace. */
class QuantityScanProperties {
  private static final String LEAD_OP = "(≥|≤|>|<|=|≈|大于或等于|大于等于|小于或等于|小于等于|不低于|不少于|不小于"
      + "|不高于|不超过|不多于|不大于|约为|大约|约|大于|高于|超过|多于|小于|低于|少于|等于)";
  private static final String NUM = "(-?[0-9]+(?:,[0-9]+)*(?:\\.[0-9]+)?)";
  /** The patterns as TargetParser had them: the oracle. */
  static final Pattern QUANTITY = Pattern.compile(LEAD_OP + "?" + NUM + "(多)?(.*)", Pattern.DOTALL);
  static final Pattern RANGE_TAIL =
      Pattern.compile("([^0-9]*?)[-~至到]" + NUM + "(.*)", Pattern.DOTALL);
  static final Pattern TRAILING_WORD_OP = Pattern.compile("(.*?)(及以上|以上|及以下|以下|以内|之内|内|左右)");

  static String byRegex(Pattern p, String s) {
    Matcher m = p.matcher(s);
    if (!m.matches()) {
      return "no match";
    }
    String[] groups = new String[m.groupCount()];
    for (int g = 0; g < groups.length; g++) {
      groups[g] = m.group(g + 1);
    }
    return Arrays.toString(groups);
  }

  static String byHand(String[] groups) {
    return groups == null ? "no match" : Arrays.toString(groups);
  }

  @Provide
  Arbitrary<String> values() {
    // fragments that make operators, numbers, ranges and units often, with line terminators between
    return Arbitraries.of("≥", "<", "=", "大于或等于", "大于等于", "大于", "等于", "约", "约为", "大约", "不",
        "0", "12", "3", ",", ".", "-", "~", "至", "到", "多", "以上", "及以上", "以下", "及", "内", "之内", "以内",
        "左右", "个", "%", "人次", "\n", "\u2028", "\r", "a", "\uD840\uDC00")
        .list().ofMaxSize(7).map(parts -> String.join("", parts));
  }

  @Property(tries = 5000)
  void quantityMatchesLikeThePattern(@ForAll("values") String s) {
    assertThat(byHand(QuantityScan.quantity(s))).isEqualTo(byRegex(QUANTITY, s));
  }

  @Property(tries = 5000)
  void rangeTailMatchesLikeThePattern(@ForAll("values") String s) {
    assertThat(byHand(QuantityScan.rangeTail(s))).isEqualTo(byRegex(RANGE_TAIL, s));
  }

  @Property(tries = 5000)
  void trailingWordOperatorMatchesLikeThePattern(@ForAll("values") String s) {
    assertThat(byHand(QuantityScan.trailingWordOperator(s))).isEqualTo(byRegex(TRAILING_WORD_OP, s));
  }

  /** TargetParser's unit pattern, as it stands: the oracle of {@link TargetParser#isUnitWord}. */
  static final String UNIT_PART = "每?(?:[\\p{IsHan}A-Za-z%‰°²³]+[23]?)(?:[（(][^（）()]*[）)])?";
  static final Pattern UNIT = Pattern.compile(UNIT_PART + "(?:/" + UNIT_PART + ")*");

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.strings().withChars("人次每个%‰°²³kmKM2/()（）-1 \uD840\uDC00\u00e9").ofMaxLength(6);
  }

  /** What isUnitWord accepts the pattern matches: {@code isUnitWord(s) || UNIT.matches(s)} is the pattern. */
  @Property(tries = 5000)
  void aUnitWordIsAUnit(@ForAll("units") String s) {
    if (TargetParser.isUnitWord(s)) {
      assertThat(UNIT.matcher(s).matches()).as(s).isTrue();
    }
  }

  @Test
  void examples() {
    assertThat(TargetParser.isUnitWord("人次")).isTrue();
    assertThat(TargetParser.isUnitWord("%")).isTrue();
    assertThat(TargetParser.isUnitWord("m2")).isFalse(); // to the pattern, which matches it
    assertThat(TargetParser.isUnitWord("")).isFalse();
    assertThat(QuantityScan.quantity("大于等于1,000.5多人")).containsExactly("大于等于", "1,000.5", "多", "人");
    assertThat(QuantityScan.quantity("约为-3")).containsExactly("约为", "-3", null, "");
    assertThat(QuantityScan.quantity("人95")).isNull();
    assertThat(QuantityScan.rangeTail("人-120人")).containsExactly("人", "120", "人");
    assertThat(QuantityScan.rangeTail("1-2")).isNull();
    assertThat(QuantityScan.trailingWordOperator("人及以上")).containsExactly("人", "及以上");
    assertThat(QuantityScan.trailingWordOperator("人\n以上")).isNull();
    assertThat(QuantityScan.numberEnd("12,345.6x", 0)).isEqualTo(8);
    assertThat(QuantityScan.numberEnd("1,.5", 0)).isEqualTo(1);
  }
}
