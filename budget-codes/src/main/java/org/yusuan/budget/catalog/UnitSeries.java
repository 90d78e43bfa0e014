package org.yusuan.budget.catalog;

import java.util.Optional;
import org.yusuan.budget.table.UnitType;

/**
 * The series of 政府预算支出经济分类 a unit books its own spending in: the 机关 series (501–504) or
 * the series for subsidies to 事业单位 (505, 506).
 */
public enum UnitSeries {
  /** 机关: 501 机关工资福利支出, 502 机关商品和服务支出, 503/504 机关资本性支出. */
  ORGAN("机关"),
  /** 事业单位: 505 对事业单位经常性补助, 506 对事业单位资本性补助. */
  INSTITUTION("事业单位");

  private final String chineseName;

  UnitSeries(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * {@return the series units of {@code type} book in: 行政单位 and 参照公务员法管理的事业单位 the 机关 series,
   * 事业单位 the 事业单位 series; absent for other kinds of unit}
   *
   * @param type the kind of the budget unit (单位性质)
   */
  public static Optional<UnitSeries> of(UnitType type) {
    switch (type) {
      case ADMINISTRATIVE:
      case CIVIL_SERVICE_MANAGED:
        return Optional.of(ORGAN);
      case PUBLIC_INSTITUTION:
        return Optional.of(INSTITUTION);
      default:
        return Optional.empty();
    }
  }

  /** {@return the Chinese name: 机关 or 事业单位} */
  public String chineseName() {
    return chineseName;
  }
}
