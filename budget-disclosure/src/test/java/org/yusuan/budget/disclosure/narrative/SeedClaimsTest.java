package org.yusuan.budget.disclosure.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yusuan.budget.narrative.ClaimMeasure.AMOUNT;
import static org.yusuan.budget.narrative.ClaimMeasure.CHANGE;
import static org.yusuan.budget.narrative.ClaimMeasure.COUNT;
import static org.yusuan.budget.narrative.ClaimMeasure.GROWTH_RATE;
import static org.yusuan.budget.narrative.ClaimMeasure.NAMES;
import static org.yusuan.budget.narrative.ClaimMeasure.PRIOR_AMOUNT;
import static org.yusuan.budget.narrative.ClaimMeasure.QUANTITY;
import static org.yusuan.budget.narrative.ClaimMeasure.SHARE;
import static org.yusuan.budget.narrative.ClaimSubject.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;

/** The claims read from the three seeds, against the figures stated by hand (docs/domain/invariants.md N1…N13). */
class SeedClaimsTest {

  @Test
  void seed003ClaimsAreExactlyTheHandStatedOnes() {
    List<NarrativeClaim> read = Seeds.read(Seeds.S003).budget().claims();
    assertThat(Seeds.keys(read)).containsExactlyElementsOf(Seeds.keys(org.yusuan.budget.table.Seed003Model.claims()));
    assertThat(read).hasSize(103);
  }

  @Test
  void seed003KeepsThePrintedValues() {
    Disclosure d = Seeds.read(Seeds.S003);
    NarrativeClaim basic = Seeds.only(d, BASIC_EXPENDITURE, AMOUNT, Optional.empty());
    assertThat(basic.printedValue()).contains("3950.4万元");
    assertThat(basic.amount()).contains(WanYuan.parse("3950.40"));
    assertThat(Seeds.only(d, REVENUE_GRAND_TOTAL, GROWTH_RATE, Optional.empty()).printedValue())
        .contains("下降55.33%");
    NarrativeClaim stateCapital = Seeds.only(d, REVENUE_STATE_CAPITAL, SHARE, Optional.empty());
    assertThat(stateCapital.number()).contains(new BigDecimal("0"));
    assertThat(stateCapital.printedValue()).contains("0%");
    // the sentence broken over L473 / blank / L475 is joined
    NarrativeClaim share = Seeds.only(d, PUBLISHED_TARGETS, SHARE, Optional.empty());
    assertThat(share.number()).contains(new BigDecimal("70.71"));
    assertThat(share.sourceText()).contains("项目支出总额的70.71%");
    assertThat(share.sourceLine()).contains(473);
  }

  @Test
  void seed000KeyFigures() {
    Disclosure d = Seeds.read(Seeds.S000);
    assertAmount(d, REVENUE_GRAND_TOTAL, AMOUNT, "91688.13");
    assertAmount(d, REVENUE_GRAND_TOTAL, CHANGE, "69155.51");
    assertNumber(d, REVENUE_GRAND_TOTAL, GROWTH_RATE, "306.91");
    assertAmount(d, FISCAL_GENERAL_BUDGET, AMOUNT, "60891.03");
    assertAmount(d, FISCAL_GOVERNMENT_FUND, AMOUNT, "30797.10");
    assertAmount(d, GENERAL_BUDGET_EXPENDITURE, CHANGE, "17526.43");
    assertNumber(d, GENERAL_BUDGET_EXPENDITURE, GROWTH_RATE, "194.58");
    // 三公 (N8): total and items, changes signed, 与上年预算数相同 is a change of 0
    assertAmount(d, THREE_PUBLIC_TOTAL, AMOUNT, "61.52");
    assertAmount(d, THREE_PUBLIC_TOTAL, CHANGE, "-10.66");
    assertAmount(d, THREE_PUBLIC_OFFICIAL_RECEPTION, AMOUNT, "1.88");
    assertAmount(d, THREE_PUBLIC_OFFICIAL_RECEPTION, CHANGE, "-4.71");
    assertAmount(d, THREE_PUBLIC_VEHICLE_OPERATION, AMOUNT, "59.64");
    assertAmount(d, THREE_PUBLIC_VEHICLE_OPERATION, CHANGE, "-5.95");
    assertAmount(d, THREE_PUBLIC_OVERSEAS_TRAVEL, CHANGE, "0");
    assertAmount(d, OPERATING_COSTS, AMOUNT, "157.79");
    assertAmount(d, OPERATING_COSTS, CHANGE, "20.34");
    assertNumber(d, OPERATING_COSTS, GROWTH_RATE, "14.80");
    assertCount(d, OPERATING_UNITS, 1);
    assertAmount(d, PROCUREMENT_TOTAL, AMOUNT, "44282.68");
    assertAmount(d, PROCUREMENT_SERVICES, AMOUNT, "43181.76");
    assertAmount(d, OVERALL_TARGET_FUNDS, AMOUNT, "52474.24");
    // 绩效 (N12): the sentence broken over L745 / blank / L747
    assertCount(d, TARGETED_PROJECTS, 84);
    assertCount(d, TARGETED_OPERATING_PROJECTS, 9);
    assertAmount(d, TARGETED_OPERATING_PROJECTS, AMOUNT, "486.56");
    assertCount(d, TARGETED_SPECIFIC_PROJECTS, 75);
    assertAmount(d, TARGETED_SPECIFIC_PROJECTS, AMOUNT, "45998.12");
    assertCount(d, PUBLISHED_TARGETS, 84);
    assertNumber(d, PUBLISHED_TARGETS, SHARE, "100");
    // vehicles and devices (N13: 3 devices over 50万 but 5 over 100万, as printed)
    assertThat(d.budget().claims(VEHICLES_ACTUAL)).extracting(c -> c.count().orElseThrow())
        .containsExactly(35L, 35L);  // 概况 L98 and 十一 L4561
    assertThat(d.budget().claims(VEHICLES_BY_CATEGORY)).extracting(c -> c.count().orElseThrow())
        .containsExactly(0L, 2L, 1L, 0L, 0L, 31L, 1L);
    assertCount(d, DEVICES_OVER_500K, 3);
    assertCount(d, DEVICES_OVER_1M, 5);
    // L4561, L4565, L4569: 截至2023年12月31日 (S6)
    assertThat(d.budget().claims(ASSET_REFERENCE_DATE)).extracting(c -> c.date().orElseThrow() + " L"
        + c.sourceLine().orElseThrow()).containsExactly("2023-12-31 L4561", "2023-12-31 L4565", "2023-12-31 L4569");
    assertThat(Seeds.only(d, OFFICE_FLOOR_AREA, QUANTITY, Optional.empty()).number())
        .contains(new BigDecimal("23647.62"));
    // 概况 L99 and 十 L739: 10 units
    assertThat(d.budget().claims(BUDGET_UNITS)).extracting(c -> c.count().orElseThrow())
        .containsExactly(10L, 10L);
    // 公用经费 names joined across L713 / blank / L715 (福利 + 费)
    assertThat(Seeds.only(d, PUBLIC_EXPENSES, NAMES, Optional.empty()).names())
        .hasSize(23).contains("福利费", "办公设备购置", "其他社会保障缴费").doesNotContain("福利");
    assertThat(d.budget().claims()).hasSize(117);
  }

  @Test
  void seed001KeyFigures() {
    Disclosure d = Seeds.read(Seeds.S001);
    assertAmount(d, REVENUE_GRAND_TOTAL, CHANGE, "-2039.97");
    assertNumber(d, REVENUE_GENERAL_BUDGET, SHARE, "100.00");
    assertAmount(d, THREE_PUBLIC_TOTAL, AMOUNT, "2.00");
    assertAmount(d, THREE_PUBLIC_TOTAL, CHANGE, "0");
    assertAmount(d, THREE_PUBLIC_VEHICLES, AMOUNT, "2.00");
    assertAmount(d, OPERATING_COSTS, AMOUNT, "67.89");
    assertAmount(d, OPERATING_COSTS, PRIOR_AMOUNT, "69.81");
    assertAmount(d, OPERATING_COSTS, CHANGE, "-1.92");
    assertNumber(d, OPERATING_COSTS, GROWTH_RATE, "-2.75");
    // the ten items of L496–498, 取暖费 broken over a blank line; they add up to 67.89
    List<NarrativeClaim> items = d.budget().claims(OPERATING_COSTS_ITEM);
    assertThat(items).extracting(c -> c.qualifier().orElseThrow()).containsExactly("办公费", "印刷费",
        "取暖费", "物业管理费", "差旅费", "公务用车运行维护费", "工会经费", "福利费", "其他交通费用", "其他商品和服务支出");
    assertThat(WanYuan.sum(items.stream().map(c -> c.amount().orElseThrow())
        .collect(java.util.stream.Collectors.toList()))).isEqualTo(WanYuan.parse("67.89"));
    assertThat(Seeds.only(d, OPERATING_COSTS_ITEM, AMOUNT, Optional.of("其他商品和服务支出"))
        .printedValue()).contains("5.2万元");
    assertAmount(d, PROCUREMENT_TOTAL, AMOUNT, "413.43");
    // N11 as printed (an error the validator reports): 基本支出 0
    assertAmount(d, OVERALL_TARGET_FUNDS, AMOUNT, "1576.17");
    assertAmount(d, OVERALL_TARGET_BASIC, AMOUNT, "0");
    assertCount(d, TARGETED_PROJECTS, 48);
    assertCount(d, TARGETED_OPERATING_PROJECTS, 0);
    assertCount(d, PUBLISHED_TARGETS, 48);
    assertNumber(d, PUBLISHED_TARGETS, SHARE, "100");
    assertCount(d, VEHICLES_AUTHORIZED, 1);
    assertCount(d, VEHICLES_ACTUAL, 4);
    assertThat(Seeds.only(d, OFFICE_FLOOR_AREA, QUANTITY, Optional.empty()).number())
        .contains(new BigDecimal("1421.9"));
    assertCount(d, DEVICES_OVER_500K, 0);
    assertThat(d.budget().claims()).hasSize(120);
  }

  private static void assertAmount(Disclosure d, ClaimSubject s, ClaimMeasure m, String value) {
    assertThat(d.budget().claims(s).stream().filter(c -> c.measure() == m)
        .map(c -> c.amount().orElseThrow()))
        .as("%s %s", s, m).isNotEmpty().allMatch(a -> a.equals(WanYuan.parse(value)));
  }

  private static void assertNumber(Disclosure d, ClaimSubject s, ClaimMeasure m, String value) {
    assertThat(d.budget().claims(s).stream().filter(c -> c.measure() == m)
        .map(c -> c.number().orElseThrow()))
        .as("%s %s", s, m).isNotEmpty().allMatch(n -> n.equals(new BigDecimal(value)));
  }

  private static void assertCount(Disclosure d, ClaimSubject s, long value) {
    assertThat(d.budget().claims(s).stream().filter(c -> c.measure() == COUNT)
        .map(c -> c.count().orElseThrow()))
        .as("%s", s).isNotEmpty().allMatch(n -> n == value);
  }
}
