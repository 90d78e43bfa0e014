package org.yusuan.budget.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.money.WanYuan;

/** The example of README.md (performance sheets section), kept compiling and true. */
class ReadmeExampleTest {

  @Test
  void readmeExample() {
    MoneyUnit yuan = MoneyUnit.YUAN;
    FundingBlock annual = ImmutableFundingBlock.builder().totalLabel("年度资金总额：")
        .total(PrintedAmount.parse("44,200", yuan))
        .addSources(FundingLine.of("市县（区）财政资", PrintedAmount.parse("44,200", yuan)))
        .addSources(FundingLine.of("其他资金", PrintedAmount.parse("", yuan))).build();
    ProjectPerformanceSheet sheet = ImmutableProjectPerformanceSheet.builder()
        .projectName("执法监察监管系统建设费用").supervisingDepartment("210-临汾市规划和自然资源局")
        .fundingUnit(yuan).annualFunding(annual)
        .addAnnualIndicators(Indicator.of("产出指标", "成本指标", "设备采购成本", "≤500000元≤")).build();
    assertThat(annual.total().get().amount()).contains(WanYuan.parse("4.42"));
    assertThat(annual.sumOfSources()).contains(WanYuan.parse("4.42"));
    IndicatorTarget t = IndicatorTarget.parse("≤500000元≤");
    assertThat(t.operator()).contains(TargetOperator.AT_MOST);
    assertThat(t.number()).contains(new BigDecimal("500000"));
    assertThat(t.unit()).contains("元");
    assertThat(t.amount()).contains(WanYuan.of(50));
    assertThat(t.diagnostics()).containsExactly(TargetDiagnostic.REPEATED_OPERATOR);
    TargetPeriod p = IndicatorTarget.parse("2024年12月至2025年3月").period().get();
    assertThat(p.kind()).isEqualTo(PeriodKind.RANGE);
    assertThat(IndicatorCategory.fromLabel("服务对象满意度指").level2())
        .contains(IndicatorLevel2.SERVICE_SATISFACTION);
    assertThat(sheet.annualIndicators().get(0).type()).contains(IndicatorLevel2.COST);
    assertThat(sheet.departmentCode()).contains("210");
  }
}
