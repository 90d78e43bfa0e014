package org.yusuan.budget.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetCodeTest {

  @ParameterizedTest(name = "{0} {1} is {2}")
  @CsvSource({
      "FUNCTIONAL, 220, CLASS", "FUNCTIONAL, 22001, SECTION", "FUNCTIONAL, 2200101, ITEM",
      "FUNCTIONAL, 220010101, LOCAL",
      "REVENUE, 103, CLASS", "REVENUE, 10301, SECTION", "REVENUE, 1030148, ITEM",
      "REVENUE, 103014801, SUBITEM", "REVENUE, 10301480101, LOCAL",
      "DEPARTMENT_ECONOMIC, 301, CLASS", "DEPARTMENT_ECONOMIC, 30101, SECTION",
      "DEPARTMENT_ECONOMIC, 3010101, LOCAL",
      "GOVERNMENT_ECONOMIC, 505, CLASS", "GOVERNMENT_ECONOMIC, 50502, SECTION",
      "GOVERNMENT_ECONOMIC, 5050203, LOCAL"})
  void levelsBySchemeAndLength(Scheme scheme, String text, CodeLevel level) {
    BudgetCode code = BudgetCode.parse(scheme, text);
    assertThat(code.scheme()).isEqualTo(scheme);
    assertThat(code.level()).isEqualTo(level);
    assertThat(code.value()).isEqualTo(text);
    assertThat(code.isLocal()).isEqualTo(level == CodeLevel.LOCAL);
    assertThat(BudgetCode.parseAny(text)).isEqualTo(code);
  }

  @Test
  void hierarchy() {
    FunctionCode item = FunctionCode.parse("2200101");
    assertThat(item.parent()).contains(FunctionCode.parse("22001"));
    assertThat(item.ancestors()).extracting(BudgetCode::value).containsExactly("220", "22001");
    assertThat(FunctionCode.parse("220").parent()).isEmpty();
    assertThat(FunctionCode.parse("220").isAncestorOf(item)).isTrue();
    assertThat(FunctionCode.parse("221").isAncestorOf(item)).isFalse();
    assertThat(item.isAncestorOf(item)).isFalse();
    assertThat(item.ancestorAt(CodeLevel.CLASS)).contains(FunctionCode.parse("220"));
    assertThat(item.ancestorAt(CodeLevel.ITEM)).contains(item);
    assertThat(item.ancestorAt(CodeLevel.SUBITEM)).isEmpty();
    assertThat(FunctionCode.parse("220").ancestorAt(CodeLevel.SECTION)).isEmpty();
    GovernmentEconomicCode local = GovernmentEconomicCode.parse("5050203");
    assertThat(local.parent()).contains(GovernmentEconomicCode.parse("50502"));
    assertThat(local.ancestorAt(CodeLevel.LOCAL)).contains(local);
  }

  @Test
  void schemesAreDistinctEvenForTheSameShape() {
    assertThat(FunctionCode.parse("220").isAncestorOf(RevenueCode.parse("103"))).isFalse();
    assertThat((Object) DepartmentEconomicCode.parse("30101"))
        .isNotEqualTo(GovernmentEconomicCode.parse("50101"));
  }

  @Test
  void ordersDepthFirstWithinAScheme() {
    List<BudgetCode> codes = new ArrayList<>(List.of(FunctionCode.parse("202"),
        FunctionCode.parse("2010101"), RevenueCode.parse("103"), FunctionCode.parse("201"),
        FunctionCode.parse("20101"), GovernmentEconomicCode.parse("501"),
        DepartmentEconomicCode.parse("301")));
    Collections.sort(codes);
    assertThat(codes).extracting(BudgetCode::value)
        .containsExactly("103", "201", "20101", "2010101", "202", "301", "501");
  }

  @ParameterizedTest(name = "{1} as {0}")
  @CsvSource(delimiter = '|', value = {
      "FUNCTIONAL | 2200a01 | not a 支出功能分类 (functional expenditure classification) code: \"2200a01\": character 'a' at index 4 is not a digit 0-9",
      "FUNCTIONAL | 1030148 | not a 支出功能分类 (functional expenditure classification) code: \"1030148\": must start with 2",
      "FUNCTIONAL | 220010 | not a 支出功能分类 (functional expenditure classification) code: \"220010\": has 6 digits; expected 3 (类), 5 (款), 7 (项), 9 (local extension)",
      "DEPARTMENT_ECONOMIC | 301010101 | not a 部门预算支出经济分类 (department economic classification) code: \"301010101\": has 9 digits; expected 3 (类), 5 (款), 7 (local extension)",
      "GOVERNMENT_ECONOMIC | '' | not a 政府预算支出经济分类 (government economic classification) code: \"\": empty",
      "REVENUE | ' 103' | not a 收入分类 (revenue classification) code: \" 103\": character ' ' at index 0 is not a digit 0-9",
      "REVENUE | 1０3 | not a 收入分类 (revenue classification) code: \"1０3\": character '０' at index 1 is not a digit 0-9",
  })
  void rejectsMalformedTextNamingTextAndScheme(Scheme scheme, String text, String message) {
    assertThatThrownBy(() -> BudgetCode.parse(scheme, text))
        .isInstanceOf(CodeFormatException.class).hasMessage(message)
        .satisfies(e -> {
          assertThat(((CodeFormatException) e).getText()).isEqualTo(text);
          assertThat(((CodeFormatException) e).getScheme()).contains(scheme);
        });
  }

  @Test
  void parseAnyNeedsALeadingDigitOfAScheme() {
    assertThatThrownBy(() -> BudgetCode.parseAny("40101"))
        .isInstanceOf(CodeFormatException.class)
        .hasMessageContaining("\"40101\"").hasMessageContaining("'4' starts no scheme");
    assertThatThrownBy(() -> BudgetCode.parseAny("")).isInstanceOf(CodeFormatException.class);
  }

  @Test
  void schemeMetadata() {
    assertThat(Scheme.REVENUE.lowestStandardLevel()).isEqualTo(CodeLevel.SUBITEM);
    assertThat(Scheme.GOVERNMENT_ECONOMIC.lengthOf(CodeLevel.LOCAL)).isEqualTo(7);
    assertThatThrownBy(() -> Scheme.FUNCTIONAL.lengthOf(CodeLevel.SUBITEM))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Scheme.ofLeadingDigit('5')).contains(Scheme.GOVERNMENT_ECONOMIC);
    assertThat(Scheme.ofLeadingDigit('4')).isEmpty();
    assertThat(Scheme.FUNCTIONAL.levelOfLength(11)).isEmpty();
  }
}
