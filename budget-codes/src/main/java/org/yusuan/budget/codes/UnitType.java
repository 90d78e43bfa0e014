package org.yusuan.budget.codes;

/**
 * The kind of budget unit (预算单位), which decides how 部门预算支出经济分类 maps to
 * 政府预算支出经济分类 ({@link EconomicCrosswalk}).
 */
public enum UnitType {
  /** 行政单位 (administrative unit): books in the 机关 series. */
  ADMINISTRATIVE("行政单位", UnitSeries.ORGAN),
  /** 参照公务员法管理事业单位 (参公, public institution managed like the civil service): 机关 series. */
  CIVIL_SERVICE_MANAGED("参照公务员法管理事业单位", UnitSeries.ORGAN),
  /** 事业单位 (public institution): books in the 505/506 series. */
  PUBLIC_INSTITUTION("事业单位", UnitSeries.INSTITUTION);

  private final String chineseName;
  private final UnitSeries series;

  UnitType(String chineseName, UnitSeries series) {
    this.chineseName = chineseName;
    this.series = series;
  }

  /** The Chinese name, e.g. 行政单位. */
  public String chineseName() {
    return chineseName;
  }

  /** The 政府预算支出经济分类 series this unit books in. */
  public UnitSeries series() {
    return series;
  }
}
