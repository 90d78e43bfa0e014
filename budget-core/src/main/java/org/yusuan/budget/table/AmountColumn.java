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
  /** 财政拨款收入: all fiscal appropriation in one column (收入预算总表 of templates that do not split it by fund). */
  FISCAL_APPROPRIATION("财政拨款收入"),
  /** 事业收入. */
  BUSINESS_INCOME("事业收入"),
  /** 事业单位经营收入 (经营收入). */
  OPERATING_INCOME("事业单位经营收入"),
  /** 其他收入. */
  OTHER_INCOME("其他收入"),
  /** 上级补助收入. */
  SUPERIOR_SUBSIDY("上级补助收入"),
  /** 附属单位上缴收入 (附属单位缴款). */
  AFFILIATE_REMITTANCE("附属单位上缴收入"),
  /** 其中：教育收费, the part of 事业收入 that is tuition and fees. */
  TUITION("教育收费"),
  /** 上缴上级支出 (决算: money paid up to the superior unit). */
  REMIT_TO_SUPERIOR("上缴上级支出"),
  /** 经营支出 (决算: a 事业单位's spending on its business activities). */
  OPERATING_EXPENSE("经营支出"),
  /** 对附属单位补助支出 (决算: grants to affiliated units). */
  AFFILIATE_SUBSIDY("对附属单位补助支出"),
  /** 其中：基本建设资金支出, the part of 项目支出 that is capital construction. */
  CAPITAL_CONSTRUCTION("基本建设资金支出"),
  /** 年初结转和结余 (决算: the balance carried in at the start of the year). */
  OPENING_BALANCE("年初结转和结余"),
  /** 本年收入 (决算: the year's income, beside the balances). */
  CURRENT_INCOME("本年收入"),
  /** 年末结转和结余 (决算: the balance carried out at the end of the year). */
  CLOSING_BALANCE("年末结转和结余"),
  /** 预算数 (决算: the budgeted amount, beside the outcome). */
  BUDGETED("预算数"),
  /** 决算数 (决算: the outcome of the year). */
  FINAL("决算数");

  private final String chineseName;

  AmountColumn(String chineseName) {
    this.chineseName = chineseName;
  }

  /** {@return the usual printed header, e.g. {@code 一般公共预算}; tables may print a variant} */
  public String chineseName() {
    return chineseName;
  }
}
