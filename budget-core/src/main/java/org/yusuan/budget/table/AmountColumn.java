package org.yusuan.budget.table;

/**
 * What an amount column of a table means. Tables list their columns in printed order; the same
 * constant means the same quantity in every table, whatever its printed header.
 */
public enum AmountColumn {
  /** 合计 or 小计: the row total of the table (in 表三 it includes 上年结转; in 表二 see {@link #CURRENT_YEAR}). */
  TOTAL("合计"),
  /** 本年 / 当年: this year's money without 上年结转 (表一 当年预算安排, 表二 本年收入 合计). */
  CURRENT_YEAR("当年预算安排"),
  /** 上年结转 (表一 上年结转安排, 表二 上年结转). */
  CARRY_OVER("上年结转"),
  /** 一般公共预算. */
  GENERAL_BUDGET("一般公共预算"),
  /** 政府性基金预算 (表二 prints 政府性基金). */
  GOVERNMENT_FUND("政府性基金预算"),
  /** 国有资本经营预算. */
  STATE_CAPITAL("国有资本经营预算"),
  /** 财政专户管理资金. */
  SPECIAL_ACCOUNT("财政专户管理资金"),
  /** 单位资金. */
  UNIT_FUNDS("单位资金"),
  /** 基本支出. */
  BASIC("基本支出"),
  /** 项目支出. */
  PROJECT("项目支出"),
  /** 人员经费 (表六). */
  PERSONNEL("人员经费"),
  /** 公用经费 (表六). */
  PUBLIC_EXPENSES("公用经费"),
  /** The one amount of a single-amount column (表七 政府性基金收入预算, 表九 国有资本经营收入预算). */
  AMOUNT("金额"),
  /** 财政拨款收入 (收入预算总表 of the Shanghai and central templates). */
  APPROPRIATION_INCOME("财政拨款收入"),
  /** 事业收入. */
  BUSINESS_INCOME("事业收入"),
  /** 事业单位经营收入 (经营收入). */
  OPERATING_INCOME("事业单位经营收入"),
  /** 其他收入. */
  OTHER_INCOME("其他收入");

  private final String chineseName;

  AmountColumn(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The usual printed header, e.g. {@code 一般公共预算}. */
  public String chineseName() {
    return chineseName;
  }
}
