package org.yusuan.budget.narrative;

/**
 * What a narrative figure speaks of. Each subject names one quantity of the budget (most of them a
 * table cell: see the docs/domain/invariants.md N1…N14); a qualifier on the claim narrows subjects that stand for a
 * family ({@link #FISCAL_BY_CLASS}: which 类).
 */
public enum ClaimSubject {
  // 一 收支总体
  /** 预算收入总计 (表一 收入总计). */
  REVENUE_GRAND_TOTAL("预算收入总计"),
  /** 本年收入 (表一 本年收入合计). */
  REVENUE_CURRENT_YEAR("本年收入"),
  /** 上年结转 on the revenue side (表一 上年结转). */
  REVENUE_CARRY_OVER("上年结转（收入）"),
  /** 预算支出总计 (表一 支出总计). */
  EXPENDITURE_GRAND_TOTAL("预算支出总计"),
  /** 本年预算安排 on the expenditure side (表一 本年支出合计 当年). */
  EXPENDITURE_CURRENT_YEAR("本年预算安排"),
  /** 上年结转 on the expenditure side (表一 本年支出合计 结转). */
  EXPENDITURE_CARRY_OVER("上年结转（支出）"),
  /** 使用非财政拨款结余 on the revenue side (the central 收支预算总表). */
  REVENUE_NON_FISCAL_BALANCE("使用非财政拨款结余"),
  /** 结转下年 on the expenditure side (the central 收支预算总表). */
  EXPENDITURE_CARRY_FORWARD("结转下年"),
  // 二 收入
  /** 一般公共预算拨款收入 (表一 income row). */
  REVENUE_GENERAL_BUDGET("一般公共预算拨款收入"),
  /** 政府性基金预算拨款收入. */
  REVENUE_GOVERNMENT_FUND("政府性基金预算拨款收入"),
  /** 国有资本经营预算拨款收入. */
  REVENUE_STATE_CAPITAL("国有资本经营预算拨款收入"),
  /** 财政专户管理资金收入. */
  REVENUE_SPECIAL_ACCOUNT("财政专户管理资金收入"),
  /** 单位资金. */
  REVENUE_UNIT_FUNDS("单位资金"),
  /** 财政拨款收入 as one income (Shanghai and central templates: 一般公共预算, 政府性基金… together). */
  REVENUE_FISCAL("财政拨款收入"),
  /** 事业收入. */
  REVENUE_BUSINESS("事业收入"),
  /** 事业单位经营收入. */
  REVENUE_OPERATING("事业单位经营收入"),
  /** 其他收入. */
  REVENUE_OTHER("其他收入"),
  // 三 支出
  /** 基本支出 (表三 合计 row). */
  BASIC_EXPENDITURE("基本支出"),
  /** 项目支出 (表三 合计 row). */
  PROJECT_EXPENDITURE("项目支出"),
  /** A 类 of the expenditure of all funds (表三 类 合计); qualifier = the 类 name, code when known. */
  EXPENDITURE_BY_CLASS("支出（类）"),
  // 四 财政拨款
  /** 财政拨款收支总预算 (表四 收入总计). */
  FISCAL_GRAND_TOTAL("财政拨款收支总预算"),
  /** 一般公共预算拨款 (表四 本年支出合计, incl. 结转). */
  FISCAL_GENERAL_BUDGET("一般公共预算拨款"),
  /** 政府性基金预算拨款 (表四). */
  FISCAL_GOVERNMENT_FUND("政府性基金预算拨款"),
  /** 国有资本经营预算拨款 (表四). */
  FISCAL_STATE_CAPITAL("国有资本经营预算拨款"),
  /** 当年拨款收入 (表四 本年收入合计). */
  FISCAL_CURRENT_YEAR("当年拨款收入"),
  /** 上年结转收入 (表四 上年财政拨款结转). */
  FISCAL_CARRY_OVER("上年结转收入"),
  /** A 类 amount of 财政拨款支出 (表四 类 小计); qualifier = the 类 name, code when known. */
  FISCAL_BY_CLASS("财政拨款支出（类）"),
  /** 财政拨款支出 as a whole (表四 本年支出合计; the central 财政拨款支出预算表 合计). */
  FISCAL_EXPENDITURE("财政拨款支出"),
  /**
   * One 支出功能分类 item of 财政拨款支出, one paragraph each in the Shanghai 编制说明 ({@code
   * “一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”25.77万元…}); qualifier = the names as printed,
   * {@link NarrativeClaim#functionNames()} the 类, 款, 项 names. Its paragraph gives the amount, the
   * prior year's amounts, the amount restated and the change.
   */
  FISCAL_BY_ITEM("财政拨款支出（科目）"),
  // 五 一般公共预算
  /** 一般公共预算当年支出 (表五 合计). */
  GENERAL_BUDGET_EXPENDITURE("一般公共预算当年支出"),
  /** A 类 of 一般公共预算当年支出 (表五 类 合计); qualifier = the 类 name, code when known. */
  GENERAL_BUDGET_BY_CLASS("一般公共预算当年支出（类）"),
  // 六 基本支出
  /** 一般公共预算安排基本支出 (表六 合计). */
  GENERAL_BUDGET_BASIC("一般公共预算安排基本支出"),
  /** 人员经费 (表六 合计 人员经费; the NAMES claim lists the 款 with 人员经费). */
  PERSONNEL_EXPENSES("人员经费"),
  /** 公用经费 (表六 合计 公用经费; the NAMES claim lists the 款 with 公用经费). */
  PUBLIC_EXPENSES("公用经费"),
  // 七 三公
  /** “三公”经费 total (表十 合计). */
  THREE_PUBLIC_TOTAL("“三公”经费"),
  /** 因公出国（境）费 (表十). */
  THREE_PUBLIC_OVERSEAS_TRAVEL("因公出国（境）费"),
  /** 公务接待费 (表十). */
  THREE_PUBLIC_OFFICIAL_RECEPTION("公务接待费"),
  /** 公务用车购置及运行费 (表十). */
  THREE_PUBLIC_VEHICLES("公务用车购置及运行费"),
  /** 公务用车购置费 (表十 ①). */
  THREE_PUBLIC_VEHICLE_PURCHASE("公务用车购置费"),
  /** 公务用车运行维护费 (表十 ②). */
  THREE_PUBLIC_VEHICLE_OPERATION("公务用车运行维护费"),
  // 八 机关运行经费
  /** 机关运行经费 (表十一 部门合计). */
  OPERATING_COSTS("机关运行经费"),
  /** One item of 机关运行经费 (办公费 3万元…); qualifier = the item name. */
  OPERATING_COSTS_ITEM("机关运行经费（明细）"),
  /** The number of 行政单位 / 参公 units stated with 机关运行经费 ({@code 所属1家行政单位}). */
  OPERATING_UNITS("机关运行经费单位数"),
  // 九 政府采购
  /** 政府采购预算总额. */
  PROCUREMENT_TOTAL("政府采购预算总额"),
  /** 政府采购货物预算. */
  PROCUREMENT_GOODS("政府采购货物预算"),
  /** 政府采购工程预算. */
  PROCUREMENT_WORKS("政府采购工程预算"),
  /** 政府采购服务预算. */
  PROCUREMENT_SERVICES("政府采购服务预算"),
  /** 面向中小企业预留政府采购项目预算. */
  PROCUREMENT_SME_RESERVED("面向中小企业预留政府采购预算"),
  /** 预留给小型和微型企业的政府采购项目预算 (part of the 中小企业 reservation). */
  PROCUREMENT_SMALL_MICRO_RESERVED("预留给小型和微型企业的政府采购预算"),
  // 十 绩效
  /** 整体绩效目标 涉及部门预算资金. */
  OVERALL_TARGET_FUNDS("整体绩效目标涉及资金"),
  /** 整体绩效目标 其中基本支出. */
  OVERALL_TARGET_BASIC("整体绩效目标基本支出"),
  /** 整体绩效目标 其中项目支出. */
  OVERALL_TARGET_PROJECT("整体绩效目标项目支出"),
  /** 机关及下属预算单位 N个 (in 十) or 预算单位共计 N个 (in 概况). */
  BUDGET_UNITS("预算单位"),
  /** Units that reported a unit-wide 整体绩效目标 (count, and 涉及资金 as amount). */
  UNITS_WITH_OVERALL_TARGETS("编报单位整体绩效目标的单位"),
  /**
   * The budget units that compiled project 绩效目标 ({@code 本部门2个预算单位开展了2024年项目预算绩效目标编报工作}).
   */
  UNITS_WITH_PROJECT_TARGETS("编报项目绩效目标的预算单位"),
  /** 纳入绩效目标管理的项目, 编报绩效目标的项目 (count and 共计金额, 涉及项目预算资金). */
  TARGETED_PROJECTS("纳入绩效目标管理的项目"),
  /** 其中 其他运转类项目 (count and amount). */
  TARGETED_OPERATING_PROJECTS("其他运转类项目"),
  /** 其中 特定目标类项目 (count and amount). */
  TARGETED_SPECIFIC_PROJECTS("特定目标类项目"),
  /** 公开项目绩效目标 (count, 涉及项目金额, 占项目支出总额 share). */
  PUBLISHED_TARGETS("公开项目绩效目标"),
  /** 公开 其中 其他运转类项目 (count and amount). */
  PUBLISHED_OPERATING_TARGETS("公开的其他运转类项目"),
  /** 公开 其中 特定目标类项目 (count and amount). */
  PUBLISHED_SPECIFIC_TARGETS("公开的特定目标类项目"),
  // 十一 国有资产
  /** 公务用车编制 (count). */
  VEHICLES_AUTHORIZED("公务用车编制"),
  /** 公务用车实有 (count). */
  VEHICLES_ACTUAL("公务用车实有"),
  /** 实有 vehicles of one category (领导用车, 机要通信用车…); qualifier = the category. */
  VEHICLES_BY_CATEGORY("公务用车（分类）"),
  /** 办公用房建筑总面积 (quantity, 平方米). */
  OFFICE_FLOOR_AREA("办公用房建筑面积"),
  /** 单价50万元以上通用设备 (count). */
  DEVICES_OVER_500K("50万元以上通用设备"),
  /** 单价100万元以上通用设备 (count). */
  DEVICES_OVER_1M("100万元以上通用设备"),
  /** Vehicles the budget year's budget buys ({@code 2024年部门预算安排购置车辆1辆}; count). */
  VEHICLES_TO_PURCHASE("预算安排购置车辆"),
  /** Vehicles to buy of one category ({@code 其他用车1辆}); qualifier = the category. */
  VEHICLES_TO_PURCHASE_BY_CATEGORY("预算安排购置车辆（分类）"),
  /** Devices of 100万元 or more the budget year's budget buys (count). */
  DEVICES_OVER_1M_TO_PURCHASE("预算安排购置100万元以上设备"),
  /**
   * The date the 国有资产 figures are stated at ({@code 截至2023年12月31日}): 31 December of the year
   * before the budget year (docs/domain/invariants.md S6).
   */
  ASSET_REFERENCE_DATE("国有资产统计截至日期"),
  // 决算 (部门决算 情况说明 / 决算报表说明): subjects of their own, so that no 预算 rule reads them
  /** 收入支出决算总计 (F1 总计, both sides): {@code 收入支出总计2995.39万元}. */
  FINAL_GRAND_TOTAL("收入支出决算总计"),
  /** 本年收入合计 (F1). A 决算 narrative that states 收入总计 and 支出总计 apart, with different figures, speaks of the 本年 totals (the grand total is one figure for both sides): those are this subject and {@link #FINAL_EXPENDITURE}. */
  FINAL_INCOME("本年收入合计（决算）"),
  /** One source of 本年收入 (F1 income row): 财政拨款收入, 事业收入, 其他收入…; qualifier = the name as printed; its SHARE is of {@link #FINAL_INCOME}. */
  FINAL_INCOME_SOURCE("收入（来源）"),
  /** 本年支出合计 (F1). */
  FINAL_EXPENDITURE("本年支出合计（决算）"),
  /** 基本支出 of all funds (F3 合计 基本支出); its SHARE is of {@link #FINAL_EXPENDITURE}. */
  FINAL_BASIC("基本支出（决算）"),
  /** 项目支出 of all funds (F3 合计 项目支出). */
  FINAL_PROJECT("项目支出（决算）"),
  /** A 类 of the expenditure of all funds (F3 / F1 类 row); qualifier = the 类 name; SHARE of {@link #FINAL_EXPENDITURE}; CHANGE on the prior year. */
  FINAL_EXPENDITURE_BY_CLASS("支出（类，决算）"),
  /** 财政拨款收入支出总计 (F4 总计). */
  FINAL_FISCAL_GRAND_TOTAL("财政拨款收入支出决算总计"),
  /** 财政拨款支出 as a whole (F4 本年支出合计 合计; the university's F10 合计). */
  FINAL_FISCAL_EXPENDITURE("财政拨款支出（决算）"),
  /** 基本支出 of 财政拨款 (F10 合计 基本支出); SHARE of {@link #FINAL_FISCAL_EXPENDITURE}. */
  FINAL_FISCAL_BASIC("财政拨款基本支出（决算）"),
  /** 项目支出 of 财政拨款 (F10 合计 项目支出); SHARE of {@link #FINAL_FISCAL_EXPENDITURE}. */
  FINAL_FISCAL_PROJECT("财政拨款项目支出（决算）"),
  /** 一般公共预算财政拨款支出 (F5 合计); SHARE of {@link #FINAL_EXPENDITURE}; BUDGETED_AMOUNT 年初预算, COMPLETION_RATE. */
  FINAL_GENERAL_BUDGET("一般公共预算财政拨款支出（决算）"),
  /** A 类 of 一般公共预算财政拨款支出 (F5 类 row); qualifier = the 类 name; SHARE of {@link #FINAL_GENERAL_BUDGET}. */
  FINAL_GENERAL_BUDGET_BY_CLASS("一般公共预算财政拨款支出（类，决算）"),
  /** One 支出功能分类 item of 财政拨款支出 (F5 or F10 项 row): {@link NarrativeClaim#functionNames()} the names printed (类, 款, 项) or the one name, {@link NarrativeClaim#functionCode()} the code when printed ({@code 小学教育（2050202）}); AMOUNT 决算数, BUDGETED_AMOUNT 年初预算数, GROWTH_RATE on the prior year's 决算. */
  FINAL_FISCAL_BY_ITEM("财政拨款支出（科目，决算）"),
  /** 一般公共预算财政拨款基本支出 (F6 人员经费合计 + 公用经费合计; F5 合计 基本支出). */
  FINAL_GENERAL_BUDGET_BASIC("一般公共预算财政拨款基本支出（决算）"),
  /** 人员经费 (F6 人员经费合计); NAMES the 款 listed. */
  FINAL_PERSONNEL("人员经费（决算）"),
  /** 公用经费 (F6 公用经费合计); NAMES the 款 listed. */
  FINAL_PUBLIC("公用经费（决算）"),
  /** “三公”经费财政拨款支出 (F7 合计): AMOUNT 决算数, BUDGETED_AMOUNT 预算数, COMPLETION_RATE, CHANGE; NONE for {@code 无“三公”经费财政拨款支出}. */
  FINAL_THREE_PUBLIC_TOTAL("“三公”经费（决算）"),
  /** 因公出国（境）费 (F7). */
  FINAL_THREE_PUBLIC_OVERSEAS_TRAVEL("因公出国（境）费（决算）"),
  /** 公务用车购置及运行（维护）费 (F7 小计). */
  FINAL_THREE_PUBLIC_VEHICLES("公务用车购置及运行维护费（决算）"),
  /** 公务用车购置费 (F7). */
  FINAL_THREE_PUBLIC_VEHICLE_PURCHASE("公务用车购置费（决算）"),
  /** 公务用车运行（维护）费 (F7). */
  FINAL_THREE_PUBLIC_VEHICLE_OPERATION("公务用车运行维护费（决算）"),
  /** 公务接待费 (F7). */
  FINAL_THREE_PUBLIC_RECEPTION("公务接待费（决算）"),
  /** 政府性基金预算财政拨款收入支出 (F8); NONE for {@code 无政府性基金预算财政拨款收入和支出}. */
  FINAL_GOVERNMENT_FUND("政府性基金预算财政拨款（决算）"),
  /** 国有资本经营预算财政拨款收入支出 (F9); NONE for {@code 无国有资本经营预算财政拨款收入和支出}. */
  FINAL_STATE_CAPITAL("国有资本经营预算财政拨款（决算）"),
  /** 机关运行经费支出 (= F6 公用经费合计 for an administrative department): AMOUNT, CHANGE, GROWTH_RATE. */
  FINAL_OPERATING_COSTS("机关运行经费（决算）"),
  /** 政府采购金额 / 政府采购支出总额. */
  FINAL_PROCUREMENT_TOTAL("政府采购支出总额（决算）"),
  /** 货物采购金额 / 政府采购货物支出. */
  FINAL_PROCUREMENT_GOODS("政府采购货物支出（决算）"),
  /** 工程采购金额 / 政府采购工程支出. */
  FINAL_PROCUREMENT_WORKS("政府采购工程支出（决算）"),
  /** 服务采购金额 / 政府采购服务支出. */
  FINAL_PROCUREMENT_SERVICES("政府采购服务支出（决算）"),
  /** 授予中小企业合同金额 (AMOUNT; SHARE of {@link #FINAL_PROCUREMENT_TOTAL}); also the 中小企业 awards of {@code 由中小企业供应商中标或成交的，采购金额…}, qualifier saying which. */
  FINAL_PROCUREMENT_SME("授予中小企业合同金额"),
  /** 授予小微企业合同金额 (AMOUNT; SHARE of {@link #FINAL_PROCUREMENT_SME}); qualifier as for {@link #FINAL_PROCUREMENT_SME}. */
  FINAL_PROCUREMENT_SMALL_MICRO("授予小微企业合同金额"),
  /** 面向中小企业预留政府采购项目预算金额. */
  FINAL_PROCUREMENT_SME_RESERVED("面向中小企业预留政府采购项目预算（决算）"),
  /** 面向小微企业预留政府采购项目预算金额. */
  FINAL_PROCUREMENT_SMALL_MICRO_RESERVED("面向小微企业预留政府采购项目预算（决算）"),
  /** 共有车辆 N辆 at the year's end (COUNT). */
  FINAL_VEHICLES("车辆（决算）"),
  /** Vehicles of one category (COUNT); qualifier = the category; Σ = {@link #FINAL_VEHICLES}. */
  FINAL_VEHICLES_BY_CATEGORY("车辆（分类，决算）"),
  /** 单价100万元（含）以上设备 (COUNT). */
  FINAL_DEVICES_OVER_1M("单价100万元以上设备（决算）"),
  // 十二 其他
  /** 政府购买服务 预算 (十二 其他说明). */
  PURCHASED_SERVICES("政府购买服务"),
  /** Any other figure the text attributes to a budget quantity (N14); qualifier says what. */
  OTHER("其他");

  private final String chineseName;

  ClaimSubject(String chineseName) {
    this.chineseName = chineseName;
  }

  /** {@return the Chinese name of the quantity} */
  public String chineseName() {
    return chineseName;
  }
}
