package org.yusuan.budget.performance;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A second-level indicator type (二级指标), each under one {@link IndicatorLevel1}. */
public enum IndicatorLevel2 {
  /** 数量指标 (quantity). */
  QUANTITY("数量指标", IndicatorLevel1.OUTPUT),
  /** 质量指标 (quality). */
  QUALITY("质量指标", IndicatorLevel1.OUTPUT),
  /** 时效指标 (timeliness). */
  TIMELINESS("时效指标", IndicatorLevel1.OUTPUT),
  /** 成本指标 (cost). */
  COST("成本指标", IndicatorLevel1.OUTPUT),
  /** 经济效益指标 (economic benefit). */
  ECONOMIC_BENEFIT("经济效益指标", IndicatorLevel1.BENEFIT),
  /** 社会效益指标 (social benefit). */
  SOCIAL_BENEFIT("社会效益指标", IndicatorLevel1.BENEFIT),
  /** 生态效益指标 (ecological benefit). */
  ECOLOGICAL_BENEFIT("生态效益指标", IndicatorLevel1.BENEFIT),
  /** 可持续影响指标 (sustainable impact). */
  SUSTAINABLE_IMPACT("可持续影响指标", IndicatorLevel1.BENEFIT),
  /** 服务对象满意度指标 (satisfaction of those served). */
  SERVICE_SATISFACTION("服务对象满意度指标", IndicatorLevel1.SATISFACTION);

  private final String chineseName;
  private final IndicatorLevel1 level1;

  IndicatorLevel2(String chineseName, IndicatorLevel1 level1) {
    this.chineseName = chineseName;
    this.level1 = level1;
  }

  /** {@return the canonical printed label, e.g. {@code 数量指标}} */
  public String chineseName() {
    return chineseName;
  }

  /**
   * {@return the first-level type this type belongs to, e.g. {@link IndicatorLevel1#OUTPUT} for
   * 数量指标}
   */
  public IndicatorLevel1 level1() {
    return level1;
  }

  /**
   * {@return the second-level types under {@code level1}, in sheet order; a new list per call}
   *
   * @param level1 the first-level type
   */
  public static List<IndicatorLevel2> under(IndicatorLevel1 level1) {
    return Arrays.stream(values()).filter(t -> t.level1 == level1).collect(Collectors.toList());
  }
}
