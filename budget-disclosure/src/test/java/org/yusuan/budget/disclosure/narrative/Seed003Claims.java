package org.yusuan.budget.disclosure.narrative;

import static org.yusuan.budget.narrative.ClaimMeasure.AMOUNT;
import static org.yusuan.budget.narrative.ClaimMeasure.CHANGE;
import static org.yusuan.budget.narrative.ClaimMeasure.GROWTH_RATE;
import static org.yusuan.budget.narrative.ClaimMeasure.SHARE;
import static org.yusuan.budget.narrative.ClaimSubject.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.yusuan.budget.code.FunctionCode;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.ImmutableNarrativeClaim;
import org.yusuan.budget.narrative.NarrativeClaim;

/**
 * The figures of seed 003's narrative stated by hand: a copy of the claims of budget-core's test
 * oracle {@code Seed003Model} (kept here because budget-core's test classes are not on this module's
 * class path).
 */
final class Seed003Claims {
  private Seed003Claims() {}

  private static NarrativeClaim amount(ClaimSubject s, ClaimMeasure m, String value, String printed,
      String sentence, int line) {
    return ImmutableNarrativeClaim.builder().subject(s).measure(m).amount(WanYuan.parse(value))
        .printedValue(printed).sourceText(sentence).sourceLine(line).build();
  }

  private static NarrativeClaim percent(ClaimSubject s, ClaimMeasure m, String value,
      String printed, String sentence, int line) {
    return ImmutableNarrativeClaim.builder().subject(s).measure(m).number(new BigDecimal(value))
        .printedValue(printed).sourceText(sentence).sourceLine(line).build();
  }

  private static NarrativeClaim count(ClaimSubject s, long value, String unitWord,
      String sentence, int line) {
    return ImmutableNarrativeClaim.builder().subject(s).measure(ClaimMeasure.COUNT).count(value)
        .unitWord(unitWord).printedValue(value + unitWord).sourceText(sentence).sourceLine(line)
        .build();
  }

  private static NarrativeClaim byClass(ClaimSubject s, ClaimMeasure m, String name, String code,
      String value, String sentence, int line) {
    var b = ImmutableNarrativeClaim.builder().subject(s).measure(m).qualifier(name)
        .functionCode(FunctionCode.parse(code)).printedValue(value).sourceText(sentence)
        .sourceLine(line);
    if (m == SHARE) {
      b.number(new BigDecimal(value.replace("%", "")));
    } else {
      b.amount(WanYuan.parse(value));
    }
    return b.build();
  }

  /** The figures of 第三部分 (L410–L879), one claim per stated number, in printed order. */
  static List<NarrativeClaim> claims() {
    List<NarrativeClaim> c = new ArrayList<>();
    String s1 = "2025年度泽州县自然资源局预算收入总计13,487.42万元，其中：本年收入13,000.87万元，"
        + "上年结转486.55万元，比上年减少16703.12万元，下降55.33%";
    c.add(amount(REVENUE_GRAND_TOTAL, AMOUNT, "13487.42", "13,487.42万元", s1, 414));
    c.add(amount(REVENUE_CURRENT_YEAR, AMOUNT, "13000.87", "13,000.87万元", s1, 414));
    c.add(amount(REVENUE_CARRY_OVER, AMOUNT, "486.55", "486.55万元", s1, 414));
    c.add(amount(REVENUE_GRAND_TOTAL, CHANGE, "-16703.12", "减少16703.12万元", s1, 414));
    c.add(percent(REVENUE_GRAND_TOTAL, GROWTH_RATE, "-55.33", "下降55.33%", s1, 414));
    String s1b = "本年部门预算支出总计13,487.42万元，其中：本年预算安排13,000.87万元，上年结转486.55万元，"
        + "比上年减少16703.12万元，下降55.33%";
    c.add(amount(EXPENDITURE_GRAND_TOTAL, AMOUNT, "13487.42", "13,487.42万元", s1b, 414));
    c.add(amount(EXPENDITURE_CURRENT_YEAR, AMOUNT, "13000.87", "13,000.87万元", s1b, 414));
    c.add(amount(EXPENDITURE_CARRY_OVER, AMOUNT, "486.55", "486.55万元", s1b, 414));
    c.add(amount(EXPENDITURE_GRAND_TOTAL, CHANGE, "-16703.12", "减少16703.12万元", s1b, 414));
    c.add(percent(EXPENDITURE_GRAND_TOTAL, GROWTH_RATE, "-55.33", "下降55.33%", s1b, 414));

    String s2 = "2025年度泽州县自然资源局预算收入13,487.42万元，主要包括一般公共预算拨款收入5,500.87万元，"
        + "占40.79%；政府性基金预算拨款收入7,500.00万元，占55.61%；国有资本经营预算拨款收入0万元，占0%；"
        + "财政专户管理资金收入0万元，占0%；单位资金0万元，占0%；上年结转486.55万元，占3.61%。";
    c.add(amount(REVENUE_GRAND_TOTAL, AMOUNT, "13487.42", "13,487.42万元", s2, 418));
    c.add(amount(REVENUE_GENERAL_BUDGET, AMOUNT, "5500.87", "5,500.87万元", s2, 418));
    c.add(percent(REVENUE_GENERAL_BUDGET, SHARE, "40.79", "40.79%", s2, 418));
    c.add(amount(REVENUE_GOVERNMENT_FUND, AMOUNT, "7500.00", "7,500.00万元", s2, 418));
    c.add(percent(REVENUE_GOVERNMENT_FUND, SHARE, "55.61", "55.61%", s2, 418));
    c.add(amount(REVENUE_STATE_CAPITAL, AMOUNT, "0", "0万元", s2, 418));
    c.add(percent(REVENUE_STATE_CAPITAL, SHARE, "0", "0%", s2, 418));
    c.add(amount(REVENUE_SPECIAL_ACCOUNT, AMOUNT, "0", "0万元", s2, 418));
    c.add(percent(REVENUE_SPECIAL_ACCOUNT, SHARE, "0", "0%", s2, 418));
    c.add(amount(REVENUE_UNIT_FUNDS, AMOUNT, "0", "0万元", s2, 418));
    c.add(percent(REVENUE_UNIT_FUNDS, SHARE, "0", "0%", s2, 418));
    c.add(amount(REVENUE_CARRY_OVER, AMOUNT, "486.55", "486.55万元", s2, 418));
    c.add(percent(REVENUE_CARRY_OVER, SHARE, "3.61", "3.61%", s2, 418));

    String s3 = "2025年度泽州县自然资源局支出预算13487.42万元，其中：基本支出3950.4万元，占29.29%；"
        + "项目支出9537.02万元，占70.71%。";
    c.add(amount(EXPENDITURE_GRAND_TOTAL, AMOUNT, "13487.42", "13487.42万元", s3, 424));
    c.add(amount(BASIC_EXPENDITURE, AMOUNT, "3950.4", "3950.4万元", s3, 424));
    c.add(percent(BASIC_EXPENDITURE, SHARE, "29.29", "29.29%", s3, 424));
    c.add(amount(PROJECT_EXPENDITURE, AMOUNT, "9537.02", "9537.02万元", s3, 424));
    c.add(percent(PROJECT_EXPENDITURE, SHARE, "70.71", "70.71%", s3, 424));

    String s4 = "2025年度泽州县自然资源局财政拨款收支总预算13,487.42万元。其中：一般公共预算拨款5,987.42万元，"
        + "政府性基金预算拨款7,500.00万元，国有资本经营预算拨款0万元。其中：当年拨款收入13,000.87万元，"
        + "上年结转收入486.55万元。支出包括：社会保障和就业支出667.92万元、卫生健康支出227.32万元、"
        + "城乡社区支出7,500.00万元、自然资源海洋气象等支出4,222.91万元、住房保障支出319.23万元、"
        + "粮油物资储备支出63.50万元、灾害防治及应急管理支出486.55万元等。";
    c.add(amount(FISCAL_GRAND_TOTAL, AMOUNT, "13487.42", "13,487.42万元", s4, 428));
    c.add(amount(FISCAL_GENERAL_BUDGET, AMOUNT, "5987.42", "5,987.42万元", s4, 428));
    c.add(amount(FISCAL_GOVERNMENT_FUND, AMOUNT, "7500.00", "7,500.00万元", s4, 428));
    c.add(amount(FISCAL_STATE_CAPITAL, AMOUNT, "0", "0万元", s4, 428));
    c.add(amount(FISCAL_CURRENT_YEAR, AMOUNT, "13000.87", "13,000.87万元", s4, 428));
    c.add(amount(FISCAL_CARRY_OVER, AMOUNT, "486.55", "486.55万元", s4, 428));
    c.add(byClass(FISCAL_BY_CLASS, AMOUNT, "社会保障和就业支出", "208", "667.92", s4, 428));
    c.add(byClass(FISCAL_BY_CLASS, AMOUNT, "卫生健康支出", "210", "227.32", s4, 428));
    c.add(byClass(FISCAL_BY_CLASS, AMOUNT, "城乡社区支出", "212", "7500.00", s4, 428));
    c.add(byClass(FISCAL_BY_CLASS, AMOUNT, "自然资源海洋气象等支出", "220", "4222.91", s4, 428));
    c.add(byClass(FISCAL_BY_CLASS, AMOUNT, "住房保障支出", "221", "319.23", s4, 428));
    c.add(byClass(FISCAL_BY_CLASS, AMOUNT, "粮油物资储备支出", "222", "63.50", s4, 428));
    c.add(byClass(FISCAL_BY_CLASS, AMOUNT, "灾害防治及应急管理支出", "224", "486.55", s4, 428));

    String s5 = "2025年度泽州县自然资源局一般公共预算当年支出5,500.87万元，比上年减少14189.67万元，下降72.06%。";
    c.add(amount(GENERAL_BUDGET_EXPENDITURE, AMOUNT, "5500.87", "5,500.87万元", s5, 435));
    c.add(amount(GENERAL_BUDGET_EXPENDITURE, CHANGE, "-14189.67", "减少14189.67万元", s5, 435));
    c.add(percent(GENERAL_BUDGET_EXPENDITURE, GROWTH_RATE, "-72.06", "下降72.06%", s5, 435));
    String s6 = "2025年度泽州县自然资源局一般公共预算当年支出5,500.87万元,主要用于以下方面:"
        + "社会保障和就业支出667.92万元,占12.14%;卫生健康支出227.32万元,占4.13%;"
        + "自然资源海洋气象等支出4,222.91万元,占76.77%;住房保障支出319.23万元,占5.80%;"
        + "粮油物资储备支出63.50万元,占1.15%等。";
    c.add(amount(GENERAL_BUDGET_EXPENDITURE, AMOUNT, "5500.87", "5,500.87万元", s6, 439));
    String[][] classes = {{"社会保障和就业支出", "208", "667.92", "12.14%"},
        {"卫生健康支出", "210", "227.32", "4.13%"}, {"自然资源海洋气象等支出", "220", "4222.91", "76.77%"},
        {"住房保障支出", "221", "319.23", "5.80%"}, {"粮油物资储备支出", "222", "63.50", "1.15%"}};
    for (String[] k : classes) {
      c.add(byClass(GENERAL_BUDGET_BY_CLASS, AMOUNT, k[0], k[1], k[2], s6, 439));
      c.add(byClass(GENERAL_BUDGET_BY_CLASS, SHARE, k[0], k[1], k[3], s6, 439));
    }

    String s7 = "2025年度泽州县自然资源局一般公共预算安排基本支出3,950.40万元";
    c.add(amount(GENERAL_BUDGET_BASIC, AMOUNT, "3950.40", "3,950.40万元", s7, 447));
    String s7a = "人员经费3,865.32万元,主要包括:其他社会保障缴费、公务员医疗补助缴费、绩效工资、基本工资、医疗费补助、"
        + "机关事业单位基本养老保险缴费、住房公积金、退休费、奖金、奖励金、津贴补贴、职业年金缴费、职工基本医疗保险缴费等;";
    c.add(amount(PERSONNEL_EXPENSES, AMOUNT, "3865.32", "3,865.32万元", s7a, 449));
    c.add(ImmutableNarrativeClaim.builder().subject(PERSONNEL_EXPENSES).measure(ClaimMeasure.NAMES)
        .addNames("其他社会保障缴费", "公务员医疗补助缴费", "绩效工资", "基本工资", "医疗费补助",
            "机关事业单位基本养老保险缴费", "住房公积金", "退休费", "奖金", "奖励金", "津贴补贴", "职业年金缴费",
            "职工基本医疗保险缴费")
        .sourceText(s7a).sourceLine(449).build());
    String s7b = "公用经费85.07万元,主要包括:办公费、电费、其他交通费用、委托业务费、工会经费、差旅费、取暖费、水费等。";
    c.add(amount(PUBLIC_EXPENSES, AMOUNT, "85.07", "85.07万元", s7b, 451));
    c.add(ImmutableNarrativeClaim.builder().subject(ClaimSubject.PUBLIC_EXPENSES)
        .measure(ClaimMeasure.NAMES)
        .addNames("办公费", "电费", "其他交通费用", "委托业务费", "工会经费", "差旅费", "取暖费", "水费")
        .sourceText(s7b).sourceLine(451).build());

    // the oracle in budget-core leaves this claim's line out; the sentence is L455
    c.add(ImmutableNarrativeClaim.copyOf(NarrativeClaim.ofNone(THREE_PUBLIC_TOTAL, "本部门无“三公”经费预算。"))
        .withSourceLine(455));

    String s8 = "本单位机关运行经费财政拨款85.07万元,较2024年预算安排增加3.01万元,增长3.67%";
    c.add(amount(OPERATING_COSTS, AMOUNT, "85.07", "85.07万元", s8, 459));
    c.add(amount(OPERATING_COSTS, CHANGE, "3.01", "增加3.01万元", s8, 459));
    c.add(percent(OPERATING_COSTS, GROWTH_RATE, "3.67", "增长3.67%", s8, 459));

    String s9 = "2025年泽州县自然资源局政府采购预算总额3.20万元。其中:政府采购货物预算3.20万元、"
        + "政府采购工程预算0万元、政府采购服务预算0万元。";
    c.add(amount(PROCUREMENT_TOTAL, AMOUNT, "3.20", "3.20万元", s9, 463));
    c.add(amount(PROCUREMENT_GOODS, AMOUNT, "3.20", "3.20万元", s9, 463));
    c.add(amount(PROCUREMENT_WORKS, AMOUNT, "0", "0万元", s9, 463));
    c.add(amount(PROCUREMENT_SERVICES, AMOUNT, "0", "0万元", s9, 463));

    String s10 = "2025年编报部门整体支出绩效目标,涉及部门预算资金9537.02万元,其中基本支出306.47万元,"
        + "项目支出9230.55万元;机关及下属预算单位0个,其中0个单位(包括机关)编报了单位整体绩效目标,涉及资金0万元。";
    c.add(amount(OVERALL_TARGET_FUNDS, AMOUNT, "9537.02", "9537.02万元", s10, 469));
    c.add(amount(OVERALL_TARGET_BASIC, AMOUNT, "306.47", "306.47万元", s10, 469));
    c.add(amount(OVERALL_TARGET_PROJECT, AMOUNT, "9230.55", "9230.55万元", s10, 469));
    c.add(count(BUDGET_UNITS, 0, "个", s10, 469));
    c.add(count(UNITS_WITH_OVERALL_TARGETS, 0, "个", s10, 469));
    c.add(amount(UNITS_WITH_OVERALL_TARGETS, AMOUNT, "0", "0万元", s10, 469));
    String s11 = "2025年泽州县自然资源局纳入绩效目标管理的1级项目3个,共计金额8,744.00万元。其中:其他运转类项目3个,"
        + "涉及金额306.47万元;特定目标类项目3个,涉及金额8,744.00万元。公开项目绩效目标6个,涉及项目金额9,050.47万元,"
        + "占部门(单位)项目支出总额的70.71%。其中：其他运转类项目3个，涉及项目金额306.47万元；"
        + "特定目标类项目3个，涉及项目金额8,744.00万元。";
    c.add(count(TARGETED_PROJECTS, 3, "个", s11, 473));
    c.add(amount(TARGETED_PROJECTS, AMOUNT, "8744.00", "8,744.00万元", s11, 473));
    c.add(count(TARGETED_OPERATING_PROJECTS, 3, "个", s11, 473));
    c.add(amount(TARGETED_OPERATING_PROJECTS, AMOUNT, "306.47", "306.47万元", s11, 473));
    c.add(count(TARGETED_SPECIFIC_PROJECTS, 3, "个", s11, 473));
    c.add(amount(TARGETED_SPECIFIC_PROJECTS, AMOUNT, "8744.00", "8,744.00万元", s11, 473));
    c.add(count(PUBLISHED_TARGETS, 6, "个", s11, 473));
    c.add(amount(PUBLISHED_TARGETS, AMOUNT, "9050.47", "9,050.47万元", s11, 473));
    c.add(percent(PUBLISHED_TARGETS, SHARE, "70.71", "70.71%", s11, 473));
    c.add(count(PUBLISHED_OPERATING_TARGETS, 3, "个", s11, 475));
    c.add(amount(PUBLISHED_OPERATING_TARGETS, AMOUNT, "306.47", "306.47万元", s11, 475));
    c.add(count(PUBLISHED_SPECIFIC_TARGETS, 3, "个", s11, 475));
    c.add(amount(PUBLISHED_SPECIFIC_TARGETS, AMOUNT, "8744.00", "8,744.00万元", s11, 475));

    String s12 = "截至2024年12月31日，泽州县自然资源局共有公务用车编制0辆，实有0辆，其中：领导用车0辆，机要通信用车0辆，"
        + "应急保障用车0辆，执法执勤用车0辆，特种专业技术用车0辆，事业单位业务用车0辆，其他公务用车0辆。";
    c.add(count(VEHICLES_AUTHORIZED, 0, "辆", s12, 865));
    c.add(count(VEHICLES_ACTUAL, 0, "辆", s12, 865));
    for (String k : List.of("领导用车", "机要通信用车", "应急保障用车", "执法执勤用车", "特种专业技术用车",
        "事业单位业务用车", "其他公务用车")) {
      c.add(ImmutableNarrativeClaim.copyOf(count(VEHICLES_BY_CATEGORY, 0, "辆", s12, 865))
          .withQualifier(k));
    }
    String s13 = "截至2024年12月31日，泽州县自然资源局使用的办公用房建筑总面积3234.56平方米。";
    c.add(ImmutableNarrativeClaim.builder().subject(OFFICE_FLOOR_AREA).measure(ClaimMeasure.QUANTITY)
        .number(new BigDecimal("3234.56")).unitWord("平方米").printedValue("3234.56平方米")
        .sourceText(s13).sourceLine(869).build());
    String s14 = "截至2024年12月31日，泽州县自然资源局占有使用价值50万元（原值）以上的通用设备0台（套）；"
        + "泽州县自然资源局占有使用价值100万元（原值）以上的通用设备0台（套）。";
    c.add(count(DEVICES_OVER_500K, 0, "台（套）", s14, 873));
    c.add(count(DEVICES_OVER_1M, 0, "台（套）", s14, 873));
    String s15 = "2025年本单位政府性购买预算支出3.20万元。";
    c.add(amount(PURCHASED_SERVICES, AMOUNT, "3.20", "3.20万元", s15, 879));
    return List.copyOf(c);
  }
}
