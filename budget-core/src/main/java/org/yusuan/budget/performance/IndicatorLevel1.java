package org.yusuan.budget.performance;

/** A first-level indicator type (一级指标) of a performance-target sheet. */
public enum IndicatorLevel1 {
  /** 产出指标: what the money produces (quantity, quality, timeliness, cost). */
  OUTPUT("产出指标"),
  /** 效益指标: the effects (economic, social, ecological, sustainable). */
  BENEFIT("效益指标"),
  /** 满意度指标: satisfaction of those served. */
  SATISFACTION("满意度指标");

  private final String chineseName;

  IndicatorLevel1(String chineseName) {
    this.chineseName = chineseName;
  }

  /** {@return the canonical printed label, e.g. {@code 产出指标}} */
  public String chineseName() {
    return chineseName;
  }
}
