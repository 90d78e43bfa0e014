package org.yusuan.budget.table;

/** The kind of a budget unit (预算单位), which decides e.g. its 政府经济分类 series and 机关运行经费. */
public enum UnitType {
  /** 行政单位. */
  ADMINISTRATIVE("行政单位"),
  /** 参照公务员法管理的事业单位 (参公). */
  CIVIL_SERVICE_MANAGED("参照公务员法管理的事业单位"),
  /** 事业单位. */
  PUBLIC_INSTITUTION("事业单位"),
  /** Any other kind (e.g. 企业). */
  OTHER("其他");

  private final String chineseName;

  UnitType(String chineseName) {
    this.chineseName = chineseName;
  }

  /** {@return the Chinese name ({@code 行政单位})} */
  public String chineseName() {
    return chineseName;
  }

  /** {@return whether units of this type have 机关运行经费 (行政单位 and 参公)} */
  public boolean isOrganOperating() {
    return this == ADMINISTRATIVE || this == CIVIL_SERVICE_MANAGED;
  }
}
