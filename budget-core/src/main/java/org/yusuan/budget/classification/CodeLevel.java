package org.yusuan.budget.classification;

/**
 * The level of a classification code in the hierarchy of 政府收支分类科目: 类 (class), 款 (section), 项
 * (item), 目 (sub-item), or a local extension below the lowest standard level.
 */
public enum CodeLevel {
  /** 类: 3 digits, the top of every scheme. */
  CLASS("类"),
  /** 款: 5 digits. */
  SECTION("款"),
  /** 项: 7 digits (functional and revenue classifications only). */
  ITEM("项"),
  /** 目: 9 digits (revenue classification only). */
  SUBITEM("目"),
  /**
   * A local extension (地方细化科目): two more digits below the scheme's lowest standard level, e.g.
   * the 7-digit economic code 5050203. Never a standard level.
   */
  LOCAL("地方细化");

  private final String chineseName;

  CodeLevel(String chineseName) {
    this.chineseName = chineseName;
  }

  /** {@return the Chinese name: 类, 款, 项, 目 or 地方细化} */
  public String chineseName() {
    return chineseName;
  }
}
