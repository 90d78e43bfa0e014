package org.yusuan.budget.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The label variants of docs/domain/performance-sheets.md §5.1, each mapped onto its type. */
class IndicatorCategoryTest {

  @ParameterizedTest(name = "''{0}'' -> {1} {2} {3}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "产出指标|OUTPUT|-|CANONICAL",
      "效益指标|BENEFIT|-|CANONICAL",
      "满意度指标|SATISFACTION|-|CANONICAL",
      "数量指标|OUTPUT|QUANTITY|CANONICAL",
      "质量指标|OUTPUT|QUALITY|CANONICAL",
      "时效指标|OUTPUT|TIMELINESS|CANONICAL",
      "成本指标|OUTPUT|COST|CANONICAL",
      "经济效益指标|BENEFIT|ECONOMIC_BENEFIT|CANONICAL",
      "社会效益指标|BENEFIT|SOCIAL_BENEFIT|CANONICAL",
      "生态效益指标|BENEFIT|ECOLOGICAL_BENEFIT|CANONICAL",
      "可持续影响指标|BENEFIT|SUSTAINABLE_IMPACT|CANONICAL",
      "服务对象满意度指标|SATISFACTION|SERVICE_SATISFACTION|CANONICAL",
      "绩效 指标 |-|-|UNKNOWN",
      "数量 指标|OUTPUT|QUANTITY|CANONICAL",
      "经济效益|BENEFIT|ECONOMIC_BENEFIT|VARIANT",
      "社会效益|BENEFIT|SOCIAL_BENEFIT|VARIANT",
      "生态效益|BENEFIT|ECOLOGICAL_BENEFIT|VARIANT",
      "可持续影响|BENEFIT|SUSTAINABLE_IMPACT|VARIANT",
      "可持续性影响|BENEFIT|SUSTAINABLE_IMPACT|VARIANT",
      "可持续发展|BENEFIT|SUSTAINABLE_IMPACT|VARIANT",
      "可持续发展影响|BENEFIT|SUSTAINABLE_IMPACT|VARIANT",
      "可持续发展指标|BENEFIT|SUSTAINABLE_IMPACT|VARIANT",
      "可持续发展影响指标|BENEFIT|SUSTAINABLE_IMPACT|VARIANT",
      "服务对象满意度|SATISFACTION|SERVICE_SATISFACTION|VARIANT",
      "满意度|SATISFACTION|SERVICE_SATISFACTION|VARIANT",
      "进度指标|OUTPUT|TIMELINESS|VARIANT",
      "经济绩效|BENEFIT|ECONOMIC_BENEFIT|VARIANT",
      "总投入|OUTPUT|COST|VARIANT",
      "环境影响|BENEFIT|ECOLOGICAL_BENEFIT|VARIANT",
      "经济收益|BENEFIT|ECONOMIC_BENEFIT|VARIANT",
      "服务对象满意度指|SATISFACTION|SERVICE_SATISFACTION|TRUNCATED",
      "社会效益指|BENEFIT|SOCIAL_BENEFIT|TRUNCATED",
      "其他指标|-|-|UNKNOWN",
      "满意|-|-|UNKNOWN",
      "|-|-|UNKNOWN",
  })
  void mapsLabel(String label, IndicatorLevel1 level1, IndicatorLevel2 level2, LabelMatch match) {
    String printed = label == null ? "" : label;
    IndicatorCategory c = IndicatorCategory.fromLabel(printed);
    assertThat(c.label()).isEqualTo(printed);
    assertThat(c.level1().orElse(null)).isEqualTo(level1);
    assertThat(c.level2().orElse(null)).isEqualTo(level2);
    assertThat(c.match()).isEqualTo(match);
    assertThat(c.isKnown()).isEqualTo(match != LabelMatch.UNKNOWN);
  }

  @Test
  void costInTheFirstLevelColumnIsStillCost() {
    // 003 L507: 成本指标 printed in the 一级 column; classified by name.
    IndicatorCategory c = IndicatorCategory.fromLabel("成本指标");
    assertThat(c.level2()).contains(IndicatorLevel2.COST);
  }

  @Test
  void everyLevel2BelongsToItsLevel1() {
    assertThat(IndicatorLevel2.under(IndicatorLevel1.OUTPUT)).containsExactly(
        IndicatorLevel2.QUANTITY, IndicatorLevel2.QUALITY, IndicatorLevel2.TIMELINESS,
        IndicatorLevel2.COST);
    assertThat(IndicatorLevel2.under(IndicatorLevel1.SATISFACTION))
        .containsExactly(IndicatorLevel2.SERVICE_SATISFACTION);
    for (IndicatorLevel2 t : IndicatorLevel2.values()) {
      assertThat(IndicatorCategory.of(t).level1()).contains(t.level1());
      assertThat(IndicatorCategory.fromLabel(t.chineseName())).isEqualTo(IndicatorCategory.of(t));
    }
  }

  @Test
  void inconsistentCategoriesCannotBeBuilt() {
    assertThatThrownBy(() -> ImmutableIndicatorCategory.builder().label("x")
        .level1(IndicatorLevel1.BENEFIT).level2(IndicatorLevel2.COST).match(LabelMatch.VARIANT)
        .build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("COST");
    assertThatThrownBy(() -> ImmutableIndicatorCategory.builder().label("x")
        .match(LabelMatch.VARIANT).build()).isInstanceOf(IllegalStateException.class);
  }
}
