package org.yusuan.budget.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yusuan.budget.classification.BudgetCode;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.classification.Scheme;

class EmbeddedEditionTest {
  private final Edition y2025 = Editions.embedded(2025);

  @Test
  void identityAndPredecessor() {
    assertThat(y2025.id()).hasToString("财政部 2025");
    assertThat(y2025.predecessor().map(Edition::id).map(EditionId::year)).contains(2024);
    assertThat(Editions.embedded(2024).predecessor()).isEmpty();
    assertThat(Editions.embeddedYears()).containsExactly(2024, 2025);
    assertThat(Editions.embedded(2025)).isSameAs(y2025);
    assertThatThrownBy(() -> Editions.embedded(2023))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2023")
        .hasMessageContaining("[2024, 2025]");
  }

  @ParameterizedTest
  @ValueSource(ints = {2024, 2025})
  void theThirtyFunctionalClasses(int year) {
    List<String> classes = Editions.embedded(year).entries(Scheme.FUNCTIONAL).stream()
        .filter(e -> e.level() == CodeLevel.CLASS).map(e -> e.code().value())
        .collect(Collectors.toList());
    assertThat(classes).containsExactly("201", "202", "203", "204", "205", "206", "207", "208",
        "209", "210", "211", "212", "213", "214", "215", "216", "217", "219", "220", "221", "222",
        "223", "224", "227", "229", "230", "231", "232", "233", "234");
  }

  @Test
  void coverageIsDeclaredTruthfully() {
    assertThat(y2025.coverage(Scheme.FUNCTIONAL, CodeLevel.CLASS)).isEqualTo(Coverage.COMPLETE);
    assertThat(y2025.coverage(Scheme.FUNCTIONAL, CodeLevel.SECTION)).isEqualTo(Coverage.PARTIAL);
    assertThat(y2025.coverage(Scheme.FUNCTIONAL, CodeLevel.ITEM)).isEqualTo(Coverage.PARTIAL);
    assertThat(y2025.coverage(Scheme.REVENUE, CodeLevel.CLASS)).isEqualTo(Coverage.COMPLETE);
    assertThat(y2025.coverage(Scheme.REVENUE, CodeLevel.SUBITEM)).isEqualTo(Coverage.PARTIAL);
    assertThat(y2025.coverage(Scheme.DEPARTMENT_ECONOMIC, CodeLevel.SECTION))
        .isEqualTo(Coverage.COMPLETE);
    assertThat(y2025.coverage(Scheme.GOVERNMENT_ECONOMIC, CodeLevel.SECTION))
        .isEqualTo(Coverage.COMPLETE);
  }

  @Test
  void statusesWithReasons() {
    CodeLookup known = y2025.lookup("2200101");
    assertThat(known.status()).isEqualTo(CodeStatus.KNOWN);
    assertThat(known.entry().map(Entry::name)).contains("行政运行");
    assertThat(known.reason()).contains("2200101 行政运行").contains("财政部 2025");

    CodeLookup noClass = y2025.lookup("218");
    assertThat(noClass.status()).isEqualTo(CodeStatus.UNKNOWN);
    assertThat(noClass.reason()).contains("218").contains("lists every 类");

    CodeLookup belowMissingClass = y2025.lookup("2189901");
    assertThat(belowMissingClass.status()).isEqualTo(CodeStatus.UNKNOWN);
    assertThat(belowMissingClass.reason()).contains("nor is its 类 218");

    CodeLookup partial = y2025.lookup("2050201");
    assertThat(partial.status()).isEqualTo(CodeStatus.NOT_COVERED);
    assertThat(partial.reason()).contains("only some 项").contains("cannot say");

    CodeLookup noEconomic = y2025.lookup("50510");
    assertThat(noEconomic.status()).isEqualTo(CodeStatus.UNKNOWN);

    CodeLookup local = y2025.lookup("5050203");
    assertThat(local.status()).isEqualTo(CodeStatus.LOCAL_EXTENSION);
    assertThat(local.reason()).contains("50502 商品和服务支出");

    assertThat(y2025.lookup("5050903").status())
        .as("below an unknown 款 of a complete scheme").isEqualTo(CodeStatus.UNKNOWN);
    assertThat(y2025.lookup("220019901").status())
        .as("a functional local code below a listed 项").isEqualTo(CodeStatus.LOCAL_EXTENSION);
    assertThat(y2025.status(BudgetCode.parseAny("301"))).isEqualTo(CodeStatus.KNOWN);
  }

  @Test
  void uncertainEntriesSayItInTheReason() {
    CodeLookup l = y2025.lookup("59910");
    assertThat(l.status()).isEqualTo(CodeStatus.KNOWN);
    assertThat(l.entry().orElseThrow().confidence()).isEqualTo(Confidence.UNCERTAIN);
    assertThat(l.reason()).contains("uncertain");
    assertThat(y2025.entry("50101").orElseThrow().confidence()).isEqualTo(Confidence.CONFIRMED);
  }

  @Test
  void hierarchyAndLeaves() {
    Entry wages = y2025.entry("301").orElseThrow();
    assertThat(wages.children()).extracting(BudgetCode::value).startsWith("30101", "30102")
        .hasSize(13);
    assertThat(wages.isLeaf()).isFalse();
    assertThat(wages.isChildrenComplete()).isTrue();
    assertThat(y2025.entry("30101").orElseThrow().isLeaf()).isTrue();
    Entry diplomacy = y2025.entry("202").orElseThrow();
    assertThat(diplomacy.children()).isEmpty();
    assertThat(diplomacy.isLeaf()).as("its 款 are not covered").isFalse();
    assertThat(y2025.children(BudgetCode.parseAny("22102"))).extracting(Entry::name)
        .containsExactly("住房公积金", "提租补贴", "购房补贴");
    assertThat(y2025.entry("2200101").orElseThrow().parent().map(BudgetCode::value))
        .contains("22001");
  }

  @Test
  void budgetsAreInheritedFromTheNearestDeclaration() {
    assertThat(y2025.entry("2120801").orElseThrow().budget()).contains(BudgetType.GOVERNMENT_FUND);
    assertThat(y2025.entry("2200101").orElseThrow().budget()).contains(BudgetType.GENERAL_PUBLIC);
    assertThat(y2025.entry("223").orElseThrow().budget()).contains(BudgetType.STATE_CAPITAL);
    assertThat(y2025.entry("1030148").orElseThrow().budget())
        .contains(BudgetType.GOVERNMENT_FUND);
    assertThat(y2025.entry("212").orElseThrow().budget()).as("212 spans budgets").isEmpty();
    assertThat(y2025.entry("30101").orElseThrow().budget()).isEmpty();
  }

  @Test
  void nameChecks() {
    assertThat(y2025.checkName("210", "卫生健康支出").match()).isEqualTo(NameMatch.MATCH);
    assertThat(y2025.checkName("210", "医疗卫生与计划生育支出").match()).isEqualTo(NameMatch.ALIAS);
    assertThat(y2025.checkName("215", "资源勘探工业信息支出").match()).isEqualTo(NameMatch.ALIAS);
    assertThat(y2025.checkName("30213", "维修 (护) 费").match()).isEqualTo(NameMatch.MATCH);
    assertThat(y2025.checkName("2200199", "其他自然资源事务").match())
        .isEqualTo(NameMatch.TRUNCATED);
    assertThat(y2025.checkName("2200199", "其").match()).as("one character is too little")
        .isEqualTo(NameMatch.MISMATCH);
    NameCheck wrong = y2025.checkName("2200101", "事业运行");
    assertThat(wrong.match()).isEqualTo(NameMatch.MISMATCH);
    assertThat(wrong.catalogName()).contains("行政运行");
    assertThat(wrong.isAcceptable()).isFalse();
    assertThat(y2025.checkName("50999", "其他对个人和家庭的补助").match()).isEqualTo(NameMatch.ALIAS);
    NameCheck absent = y2025.checkName("2050201", "学前教育");
    assertThat(absent.match()).isEqualTo(NameMatch.NO_ENTRY);
    assertThat(absent.reason()).contains("cannot say");
    assertThat(y2025.checkName("2200101", " ").match()).isEqualTo(NameMatch.MISMATCH);
  }

  @Test
  void lookupByName() {
    assertThat(y2025.findByName("住房公积金")).extracting(e -> e.code().value())
        .containsExactly("2210201", "30113", "50103");
    assertThat(y2025.findByName(Scheme.GOVERNMENT_ECONOMIC, "住房公积金"))
        .extracting(e -> e.code().value()).containsExactly("50103");
    assertThat(y2025.findByName("资源勘探工业信息支出")).extracting(e -> e.code().value())
        .containsExactly("215");
    assertThat(y2025.findByName("维修(护)费")).extracting(e -> e.code().value())
        .containsExactly("30213", "50209");
    assertThat(y2025.findByName("医疗卫生与计划生育支出")).extracting(e -> e.code().value())
        .containsExactly("210");
    assertThat(y2025.findByName(" 行政运行")).extracting(e -> e.code().value())
        .containsExactly("2010101", "2130201", "2200101", "2220101");
    assertThat(y2025.findByName("不存在的科目")).isEmpty();
  }
}
