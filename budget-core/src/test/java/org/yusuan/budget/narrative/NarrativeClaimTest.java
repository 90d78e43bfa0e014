package org.yusuan.budget.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.money.WanYuan;

class NarrativeClaimTest {
  static final String SENTENCE = "本单位机关运行经费财政拨款85.07万元,较2024年预算安排增加3.01万元,增长3.67%";

  @Test
  void aClaimCarriesItsValueInTheFieldOfItsMeasure() {
    NarrativeClaim a = NarrativeClaim.ofAmount(ClaimSubject.OPERATING_COSTS, ClaimMeasure.CHANGE,
        WanYuan.parse("3.01"), SENTENCE);
    assertThat(a.amount()).contains(WanYuan.parse("3.01"));
    assertThat(a.number()).isEmpty();
    NarrativeClaim r = NarrativeClaim.ofNumber(ClaimSubject.OPERATING_COSTS,
        ClaimMeasure.GROWTH_RATE, new BigDecimal("3.67"), SENTENCE);
    assertThat(r.number()).contains(new BigDecimal("3.67"));
    assertThat(r.sourceText()).isEqualTo(SENTENCE);
    NarrativeClaim share = NarrativeClaim.ofNumber(ClaimSubject.REVENUE_STATE_CAPITAL,
        ClaimMeasure.SHARE, new BigDecimal("0"), "国有资本经营预算拨款收入0万元，占0%");
    assertThat(share.number().orElseThrow().scale()).isZero();
    assertThat(NarrativeClaim.ofCount(ClaimSubject.PUBLISHED_TARGETS, 6, "个", "公开项目绩效目标6个")
        .count()).contains(6L);
  }

  @Test
  void aClaimWithTheWrongValueFieldIsRejected() {
    assertThatThrownBy(() -> ImmutableNarrativeClaim.builder()
        .subject(ClaimSubject.OPERATING_COSTS).measure(ClaimMeasure.AMOUNT)
        .number(BigDecimal.ONE).sourceText(SENTENCE).build())
        .hasMessageContaining("OPERATING_COSTS AMOUNT")
        .hasMessageContaining(SENTENCE);
    assertThatThrownBy(() -> ImmutableNarrativeClaim.builder()
        .subject(ClaimSubject.PERSONNEL_EXPENSES).measure(ClaimMeasure.NAMES)
        .sourceText("人员经费").build()).hasMessageContaining("'names'");
    assertThatThrownBy(() -> NarrativeClaim.ofCount(ClaimSubject.BUDGET_UNITS, -1, "个", "x"))
        .hasMessageContaining("negative");
    assertThat(NarrativeClaim.ofNone(ClaimSubject.THREE_PUBLIC_TOTAL, "本部门无“三公”经费预算。")
        .amount()).isEmpty();
  }
}
