package org.yusuan.budget.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.money.WanYuan;

class PerformanceSheetTest {

  @Test
  void projectSheetKeepsWhatIsPrinted() {
    ProjectPerformanceSheet s = SeedSheets.county2025Restoration();
    assertThat(s.departmentCode()).contains("080");
    assertThat(s.departmentName()).contains("泽州县自然资源局");
    assertThat(s.attributeType()).contains(ProjectAttribute.ONE_OFF);
    assertThat(s.periodYears()).contains(1);
    assertThat(s.text(ProjectTextKind.SAFEGUARDS)).hasValueSatisfying(t -> t.startsWith("该项目"));
    FundingBlock annual = s.annualFunding().orElseThrow();
    assertThat(annual.total().orElseThrow().amount()).contains(WanYuan.ZERO);
    // 其他资金 is blank, not 0.
    PrintedAmount other = annual.line(FundingSource.OTHER).orElseThrow().amount();
    assertThat(other.isBlank()).isTrue();
    assertThat(other.number()).isEmpty();
    assertThat(annual.line(FundingSource.CENTRAL).orElseThrow().amount().number())
        .contains(BigDecimal.ZERO);
    assertThat(s.annualIndicators()).isEmpty();
  }

  @Test
  void indicatorsAreTypedByName() {
    ProjectPerformanceSheet s = SeedSheets.county2025Restoration();
    assertThat(s.implementationIndicators().stream().map(i -> i.type().orElse(null))
        .collect(Collectors.toList())).containsExactly(
        IndicatorLevel2.QUANTITY, IndicatorLevel2.QUANTITY, IndicatorLevel2.QUANTITY,
        IndicatorLevel2.QUALITY, IndicatorLevel2.QUALITY, IndicatorLevel2.TIMELINESS,
        IndicatorLevel2.TIMELINESS,
        IndicatorLevel2.COST, IndicatorLevel2.COST, // 成本指标 printed in the 一级 column
        IndicatorLevel2.ECONOMIC_BENEFIT, IndicatorLevel2.SOCIAL_BENEFIT,
        IndicatorLevel2.SOCIAL_BENEFIT, IndicatorLevel2.ECOLOGICAL_BENEFIT,
        IndicatorLevel2.ECOLOGICAL_BENEFIT,
        IndicatorLevel2.SUSTAINABLE_IMPACT, // 可持续影响指标 printed in the 一级 column
        IndicatorLevel2.SERVICE_SATISFACTION);
    Indicator cost = s.implementationIndicators().get(7);
    assertThat(cost.level1Type()).contains(IndicatorLevel1.OUTPUT);
    assertThat(cost.target().amount()).contains(WanYuan.parse("12894.61"));
    Indicator empty = s.implementationIndicators().get(9);
    assertThat(empty.name()).isEmpty();
    assertThat(empty.target().form()).isEqualTo(TargetForm.EMPTY);
    assertThat(s.implementationIndicators().get(8).target().diagnostics())
        .containsExactly(TargetDiagnostic.MALFORMED_UNIT);
  }

  @Test
  void halvesKeepTheirOwnPrintedAmounts() {
    ProjectPerformanceSheet s = SeedSheets.cityEnforcementSystem();
    FundingBlock impl = s.implementationFunding().orElseThrow();
    FundingBlock annual = s.annualFunding().orElseThrow();
    assertThat(impl.total().orElseThrow().raw()).isEqualTo("441,150.01");
    assertThat(impl.total().orElseThrow().amount()).contains(WanYuan.parse("44.115001"));
    assertThat(annual.total().orElseThrow().amount()).contains(WanYuan.parse("4.42"));
    // Truncated label 市县（区）财政资 still names the source.
    assertThat(impl.line(FundingSource.MUNICIPAL_COUNTY).orElseThrow().label())
        .isEqualTo("市县（区）财政资");
    assertThat(impl.sumOfSources()).isEqualTo(impl.total().orElseThrow().amount());
    assertThat(annual.sumOfSources()).contains(WanYuan.parse("4.42"));
    assertThat(s.attributeType()).contains(ProjectAttribute.CONTINUING);
    assertThat(s.periodYears()).contains(3);
    assertThat(s.footer().orElseThrow().filledAt())
        .contains(LocalDateTime.of(2024, 1, 26, 18, 15, 37));
  }

  @Test
  void departmentSheet() {
    DepartmentPerformanceSheet d = SeedSheets.cityDepartment2024();
    assertThat(d.count(StaffCountKind.AUTHORIZED_STAFF).flatMap(StaffCount::count)).contains(425);
    assertThat(d.count(StaffCountKind.ON_ESTABLISHMENT).flatMap(StaffCount::count)).contains(366);
    assertThat(d.count(StaffCountKind.OTHER_STAFF).flatMap(StaffCount::count)).contains(0);
    assertThat(d.line(DepartmentFundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow().amount()
        .amount()).contains(WanYuan.parse("26533.80"));
    assertThat(d.line(FundingDirection.PROJECT).orElseThrow().amount().amount())
        .contains(WanYuan.parse("46484.68"));
    assertThat(d.sources()).allSatisfy(l -> assertThat(l.source()).isPresent());
    assertThat(d.indicators()).allSatisfy(i -> assertThat(i.type()).isPresent());
    assertThat(d.indicators().get(4).target().amount()).contains(WanYuan.parse("5989.564001"));
  }

  @Test
  void filledDateMustBeARealTime() {
    assertThat(ImmutableSheetFooter.builder().filledDate("20241225225566").build().filledAt())
        .isEmpty();
    assertThat(ImmutableSheetFooter.builder().filledDate("2025").build().filledAt()).isEmpty();
  }

  @ParameterizedTest(name = "''{0}'' in a {1} block")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "3,000,000|YUAN|3000000|YUAN|300",
      "75000000|YUAN|75000000|YUAN|7500",
      "1,215,007.05|YUAN|1215007.05|YUAN|121.500705",
      "0|YUAN|0|YUAN|0",
      "1000万元|YUAN|1000|WAN_YUAN|1000",
      "244万元|YUAN|244|WAN_YUAN|244",
      "52474.24|WAN_YUAN|52474.24|WAN_YUAN|52474.24",
      "0.00|WAN_YUAN|0.00|WAN_YUAN|0",
      "１８０，０００|YUAN|180000|YUAN|18",
      "97, 200|YUAN|97200|YUAN|9.72",
  })
  void printedAmounts(String raw, MoneyUnit block, String number, MoneyUnit unit, String wan) {
    PrintedAmount a = PrintedAmount.parse(raw, block);
    assertThat(a.raw()).isEqualTo(raw);
    assertThat(a.number()).contains(new BigDecimal(number));
    assertThat(a.unit()).isEqualTo(unit);
    assertThat(a.amount()).contains(WanYuan.parse(wan));
    assertThat(a.isBlank()).isFalse();
  }

  @Test
  void unreadableAndInexactAmountsAreKept() {
    PrintedAmount text = PrintedAmount.parse("详见附件", MoneyUnit.YUAN);
    assertThat(text.isUnreadable()).isTrue();
    assertThat(text.amount()).isEmpty();
    PrintedAmount blank = PrintedAmount.parse(" ", MoneyUnit.YUAN);
    assertThat(blank.isBlank()).isTrue();
    assertThat(blank.isUnreadable()).isFalse();
    PrintedAmount fine = PrintedAmount.parse("0.001", MoneyUnit.YUAN);
    assertThat(fine.number()).contains(new BigDecimal("0.001"));
    assertThat(fine.isExact()).isFalse();
    assertThat(fine.amount()).isEmpty();
    assertThat(PrintedAmount.parse("1,2,3", MoneyUnit.YUAN).number()).isEmpty();
  }

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "其中:中央财政资金|CENTRAL", "其中: 中央财政资金:|CENTRAL", "其中：中央财政资金|CENTRAL",
      "省级财政资金|PROVINCIAL", "省财政专项资金|PROVINCIAL", "省财政财政资金|PROVINCIAL",
      "市县(区)财政资金|MUNICIPAL_COUNTY", "市县(区)财政资|MUNICIPAL_COUNTY",
      "市县（区）财政资 金|MUNICIPAL_COUNTY", "市(县、区)财政资金|MUNICIPAL_COUNTY",
      "市、县(区)财政资金|MUNICIPAL_COUNTY", "市(区)财政资金|MUNICIPAL_COUNTY",
      "市(区)级财政资金|MUNICIPAL_COUNTY", "市(县)财政财政资金|MUNICIPAL_COUNTY",
      "单位自筹|SELF_RAISED", "其他资金|OTHER", "实施期资金总额|-", "|-",
  })
  void fundingSourceLabels(String label, FundingSource expected) {
    assertThat(FundingSource.fromLabel(label == null ? "" : label))
        .isEqualTo(Optional.ofNullable(expected));
  }

  @Test
  void otherLabelVocabularies() {
    assertThat(ProjectAttribute.fromLabel("一次性项目(1年结项)")).contains(ProjectAttribute.ONE_OFF);
    assertThat(ProjectAttribute.fromLabel("经常性项目(长期开展)")).contains(ProjectAttribute.RECURRING);
    assertThat(ProjectAttribute.fromLabel("一般项目(非结转)")).isEmpty();
    assertThat(ProjectTextKind.fromLabel("保证项目实施的策略、途径")).contains(ProjectTextKind.SAFEGUARDS);
    assertThat(ProjectTextKind.fromLabel("保证项目实施的制度、办法")).contains(ProjectTextKind.SAFEGUARDS);
    assertThat(ProjectTextKind.fromLabel("项目 概况")).contains(ProjectTextKind.OVERVIEW);
    assertThat(SheetText.of("备注", "x").kind()).isEmpty();
    assertThat(StaffCountKind.fromLabel("实有人数（不含临时人员）")).contains(StaffCountKind.ACTUAL_STAFF);
    assertThat(StaffCountKind.fromLabel("内设股室数量")).contains(StaffCountKind.INTERNAL_DIVISIONS);
    assertThat(FundingDirection.fromLabel("1 基本支出")).contains(FundingDirection.BASIC);
    assertThat(FundingDirection.fromLabel("2 项目支出")).contains(FundingDirection.PROJECT);
    assertThat(DepartmentFundingSource.fromLabel("合 计")).isEmpty();
  }
}
