package org.yusuan.budget.table;

import org.yusuan.budget.template.TableSpec;
import org.yusuan.budget.template.TableProfile;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;

import static org.yusuan.budget.narrative.ClaimMeasure.AMOUNT;
import static org.yusuan.budget.narrative.ClaimMeasure.CHANGE;
import static org.yusuan.budget.narrative.ClaimMeasure.GROWTH_RATE;
import static org.yusuan.budget.narrative.ClaimMeasure.SHARE;
import static org.yusuan.budget.narrative.ClaimSubject.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.ImmutableNarrativeClaim;
import org.yusuan.budget.narrative.NarrativeClaim;

/**
 * Test-only: seed 003 (a 2025 county department, one unit) built by hand, table by table and cell by
 * cell, with the line of the seed each row comes from; plus the figures of its narrative (第三部分).
 * {@code Seed003ModelTest} compares every cell with the seed text.
 */
public final class Seed003Model {
  private Seed003Model() {}

  public static final String DEPARTMENT = "泽州县自然资源局";

  public static TableSpec spec(TableId id) {
    return TableProfile.standard().requireSpec(id);
  }

  public static Optional<FunctionCode> code(String code) {
    return Optional.of(FunctionCode.parse(code));
  }

  /** The whole department budget of 003. */
  public static DepartmentBudget budget() {
    return ImmutableDepartmentBudget.builder()
        .departmentName(DEPARTMENT)
        .departmentCode("080")  // 主管部门及代码 080-泽州县自然资源局 (L484)
        .budgetYear(2025)
        .addUnits(BudgetUnit.of(DEPARTMENT, UnitType.ADMINISTRATIVE))
        .addSummaryTables(t1(), t4())
        .addFunctionTables(t2(), t3(), t5(), t8())
        .addEconomicTables(t6())
        .addRevenueTables(t7())
        .addStateCapitalTables(t9())
        .addThreePublicTables(t10())
        .addUnitAmountTables(t11())
        .addProjectTables(t12(), t13())
        .claims(claims())
        .build();
  }

  /** T1 (L86–L119). */
  public static SummaryTable t1() {
    return SummaryTable.builder(spec(TableId.T1))
        .printedTitle("2025年预算收支总表")
        .printedNumber("表一")
        .printedDepartment("泽州县自然资源局")
        .addIncomeRows(IncomeRow.of("一、一般公共预算", "5500.87"))  // L86
        .addCategoryRows(CategoryRow.of("一、一般公共服务支出", code("201"), "", "", ""))  // L86
        .addIncomeRows(IncomeRow.of("二、政府性基金预算", "7500.00"))  // L87
        .addCategoryRows(CategoryRow.of("二、外交支出", code("202"), "", "", ""))  // L87
        .addIncomeRows(IncomeRow.of("三、国有资本经营预算", ""))  // L88
        .addCategoryRows(CategoryRow.of("三、国防支出", code("203"), "", "", ""))  // L88
        .addIncomeRows(IncomeRow.of("四、财政专户管理资金", ""))  // L89
        .addCategoryRows(CategoryRow.of("四、公共安全支出", code("204"), "", "", ""))  // L89
        .addIncomeRows(IncomeRow.of("五、单位资金", ""))  // L90
        .addCategoryRows(CategoryRow.of("五、教育支出", code("205"), "", "", ""))  // L90
        .addCategoryRows(CategoryRow.of("六、科学技术支出", code("206"), "", "", ""))  // L91
        .addCategoryRows(CategoryRow.of("七、文化旅游体育与传媒支出", code("207"), "", "", ""))  // L92
        .addCategoryRows(CategoryRow.of("八、社会保障和就业支出", code("208"), "667.92", "667.92", ""))  // L93
        .addCategoryRows(CategoryRow.of("九、社会保险基金支出", code("209"), "", "", ""))  // L94
        .addCategoryRows(CategoryRow.of("十、卫生健康支出", code("210"), "227.32", "227.32", ""))  // L95
        .addCategoryRows(CategoryRow.of("十一、节能环保支出", code("211"), "", "", ""))  // L96
        .addCategoryRows(CategoryRow.of("十二、城乡社区支出", code("212"), "7500.00", "7500.00", ""))  // L97
        .addCategoryRows(CategoryRow.of("十三、农林水支出", code("213"), "", "", ""))  // L98
        .addCategoryRows(CategoryRow.of("十四、交通运输支出", code("214"), "", "", ""))  // L99
        .addCategoryRows(CategoryRow.of("十五、资源勘探工业信息等支出", code("215"), "", "", ""))  // L100
        .addCategoryRows(CategoryRow.of("十六、商业服务业等支出", code("216"), "", "", ""))  // L101
        .addCategoryRows(CategoryRow.of("十七、金融支出", code("217"), "", "", ""))  // L102
        .addCategoryRows(CategoryRow.of("十八、援助其他地区支出", code("219"), "", "", ""))  // L103
        .addCategoryRows(CategoryRow.of("十九、自然资源海洋气象等支出", code("220"), "4222.91", "4222.91", ""))  // L104
        .addCategoryRows(CategoryRow.of("二十、住房保障支出", code("221"), "319.23", "319.23", ""))  // L105
        .addCategoryRows(CategoryRow.of("二十一、粮油物资储备支出", code("222"), "63.50", "63.50", ""))  // L106
        .addCategoryRows(CategoryRow.of("二十二、国有资本经营 预算支出", code("223"), "", "", ""))  // L108
        .addCategoryRows(CategoryRow.of("二十三、灾害防治及应 急管理支出", code("224"), "486.55", "", "486.55"))  // L109
        .addCategoryRows(CategoryRow.of("二十四、预备费", code("227"), "", "", ""))  // L110
        .addCategoryRows(CategoryRow.of("二十五、其他支出", code("229"), "", "", ""))  // L111
        .addCategoryRows(CategoryRow.of("二十六、转移性支出", code("230"), "", "", ""))  // L112
        .addCategoryRows(CategoryRow.of("二十七、债务还本支出", code("231"), "", "", ""))  // L113
        .addCategoryRows(CategoryRow.of("二十八、债务付息支出", code("232"), "", "", ""))  // L114
        .addCategoryRows(CategoryRow.of("二十九、债务发行费用 支出", code("233"), "", "", ""))  // L115
        .addCategoryRows(CategoryRow.of("三十、抗疫特别国债安 排的支出", code("234"), "", "", ""))  // L116
        .currentYearTotal(SummaryLine.of("本年收入合计", "13000.87", "本年支出合计", "13487.42", "13000.87", "486.55"))  // L117
        .carryOver(SummaryLine.of("上年结转", "486.55", "年终结转", "", "", ""))  // L118
        .grandTotal(SummaryLine.of("收入总计", "13487.42", "支出总计", "13487.42", "13000.87", "486.55"))  // L119
        .build();
  }

  /** T4 (L205–L241). */
  public static SummaryTable t4() {
    return SummaryTable.builder(spec(TableId.T4))
        .printedTitle("2025年财政拨款收支总表")
        .printedNumber("表四")
        .printedDepartment("泽州县自然资源局")
        .addIncomeRows(IncomeRow.of("一、一般公共预算", "5500.87"))  // L205
        .addCategoryRows(CategoryRow.of("一、一般公共服务支出", code("201"), "", "", "", ""))  // L205
        .addIncomeRows(IncomeRow.of("二、政府性基金预算", "7500.00"))  // L206
        .addCategoryRows(CategoryRow.of("二、外交支出", code("202"), "", "", "", ""))  // L206
        .addIncomeRows(IncomeRow.of("三、国有资本经营预算", ""))  // L207
        .addCategoryRows(CategoryRow.of("三、国防支出", code("203"), "", "", "", ""))  // L207
        .addCategoryRows(CategoryRow.of("四、公共安全支出", code("204"), "", "", "", ""))  // L208
        .addCategoryRows(CategoryRow.of("五、教育支出", code("205"), "", "", "", ""))  // L209
        .addCategoryRows(CategoryRow.of("六、科学技术支出", code("206"), "", "", "", ""))  // L210
        .addCategoryRows(CategoryRow.of("七、文化旅游体育与传媒支出", code("207"), "", "", "", ""))  // L211
        .addCategoryRows(CategoryRow.of("八、社会保障和就业支出", code("208"), "667.92", "667.92", "", ""))  // L212
        .addCategoryRows(CategoryRow.of("九、社会保险基金支出", code("209"), "", "", "", ""))  // L213
        .addCategoryRows(CategoryRow.of("十、卫生健康支出", code("210"), "227.32", "227.32", "", ""))  // L214
        .addCategoryRows(CategoryRow.of("十一、节能环保支出", code("211"), "", "", "", ""))  // L215
        .addCategoryRows(CategoryRow.of("十二、城乡社区支出", code("212"), "7500.00", "", "7500.00", ""))  // L216
        .addCategoryRows(CategoryRow.of("十三、农林水支出", code("213"), "", "", "", ""))  // L217
        .addCategoryRows(CategoryRow.of("十四、交通运输支出", code("214"), "", "", "", ""))  // L218
        .addCategoryRows(CategoryRow.of("十五、资源勘探工业信息等支出", code("215"), "", "", "", ""))  // L219
        .addCategoryRows(CategoryRow.of("十六、商业服务业等支出", code("216"), "", "", "", ""))  // L220
        .addCategoryRows(CategoryRow.of("十七、金融支出", code("217"), "", "", "", ""))  // L221
        .addCategoryRows(CategoryRow.of("十八、援助其他地区支出", code("219"), "", "", "", ""))  // L222
        .addCategoryRows(CategoryRow.of("十九、自然资源海洋气象等支出", code("220"), "4222.91", "4222.91", "", ""))  // L223
        .addCategoryRows(CategoryRow.of("二十、住房保障支出", code("221"), "319.23", "319.23", "", ""))  // L224
        .addCategoryRows(CategoryRow.of("二十一、粮油物资储备支出", code("222"), "63.50", "63.50", "", ""))  // L225
        .addCategoryRows(CategoryRow.of("二十二、国有资本经营预算支出", code("223"), "", "", "", ""))  // L226
        .addCategoryRows(CategoryRow.of("二十三、灾害防治及应急管理支出", code("224"), "486.55", "486.55", "", ""))  // L227
        .addCategoryRows(CategoryRow.of("二十四、预备费", code("227"), "", "", "", ""))  // L228
        .addCategoryRows(CategoryRow.of("二十五、其他支出", code("229"), "", "", "", ""))  // L229
        .addCategoryRows(CategoryRow.of("二十六、转移性支出", code("230"), "", "", "", ""))  // L230
        .addCategoryRows(CategoryRow.of("二十七、债务还本支出", code("231"), "", "", "", ""))  // L231
        .addCategoryRows(CategoryRow.of("二十八、债务付息支出", code("232"), "", "", "", ""))  // L232
        .addCategoryRows(CategoryRow.of("二十九、债务发行费用支出", code("233"), "", "", "", ""))  // L233
        .addCategoryRows(CategoryRow.of("三十、抗疫特别国债安排的支出", code("234"), "", "", "", ""))  // L234
        .currentYearTotal(SummaryLine.of("本年收入合计", "13000.87", "本年支出合计", "13487.42", "5987.42", "7500.00", ""))  // L235
        .carryOver(SummaryLine.of("上年财政拨款结转", "486.55", "年终结转", "", "", "", ""))  // L237
        .addCarryOverByFund(IncomeRow.of("一、一般公共预算", "486.55"))  // L238
        .addCarryOverByFund(IncomeRow.of("二、政府性基金预算", ""))  // L239
        .addCarryOverByFund(IncomeRow.of("三、国有资本经营预算", ""))  // L240
        .grandTotal(SummaryLine.of("收入总计", "13487.42", "支出总计", "13487.42", "5987.42", "7500.00", ""))  // L241
        .build();
  }

  /** T2 (L129–L157). */
  public static FunctionTable t2() {
    return FunctionTable.builder(spec(TableId.T2))
        .printedTitle("2025年预算收入总表")
        .printedNumber("表二")
        .printedDepartment("泽州县自然资源局")
        .total(TotalRow.of("合计", "13000.87", "5500.87", "7500.00", "", "", "", "486.55"))  // L129
        .addRows(FunctionRow.of("208", "社会保障和就业支出", "667.92", "667.92", "", "", "", "", ""))  // L130
        .addRows(FunctionRow.of("20805", "行政事业单位养老支出", "667.92", "667.92", "", "", "", "", ""))  // L131
        .addRows(FunctionRow.of("2080501", "行政单位离退休", "118.60", "118.60", "", "", "", "", ""))  // L132
        .addRows(FunctionRow.of("2080505", "机关事业单位基本养老保险缴费支出", "366.21", "366.21", "", "", "", "", ""))  // L133
        .addRows(FunctionRow.of("2080506", "机关事业单位职业年金缴费支出", "183.11", "183.11", "", "", "", "", ""))  // L134
        .addRows(FunctionRow.of("210", "卫生健康支出", "227.32", "227.32", "", "", "", "", ""))  // L135
        .addRows(FunctionRow.of("21007", "计划生育事务", "1.98", "1.98", "", "", "", "", ""))  // L136
        .addRows(FunctionRow.of("2100799", "其他计划生育事务支出", "1.98", "1.98", "", "", "", "", ""))  // L137
        .addRows(FunctionRow.of("21011", "行政事业单位医疗", "225.34", "225.34", "", "", "", "", ""))  // L138
        .addRows(FunctionRow.of("2101101", "行政单位医疗", "217.44", "217.44", "", "", "", "", ""))  // L139
        .addRows(FunctionRow.of("2101199", "其他行政事业单位医疗支出", "7.90", "7.90", "", "", "", "", ""))  // L140
        .addRows(FunctionRow.of("212", "城乡社区支出", "7500.00", "", "7500.00", "", "", "", ""))  // L141
        .addRows(FunctionRow.of("21208", "国有土地使用权出让收入安排的支出", "7500.00", "", "7500.00", "", "", "", ""))  // L142
        .addRows(FunctionRow.of("2120899", "其他国有土地使用权出让收入安排的支出", "7500.00", "", "7500.00", "", "", "", ""))  // L143
        .addRows(FunctionRow.of("220", "自然资源海洋气象等支出", "4222.91", "4222.91", "", "", "", "", ""))  // L144
        .addRows(FunctionRow.of("22001", "自然资源事务", "4222.91", "4222.91", "", "", "", "", ""))  // L145
        .addRows(FunctionRow.of("2200101", "行政运行", "2672.43", "2672.43", "", "", "", "", ""))  // L147
        .addRows(FunctionRow.of("2200199", "其他自然资源事务支出", "1550.47", "1550.47", "", "", "", "", ""))  // L148
        .addRows(FunctionRow.of("221", "住房保障支出", "319.23", "319.23", "", "", "", "", ""))  // L149
        .addRows(FunctionRow.of("22102", "住房改革支出", "319.23", "319.23", "", "", "", "", ""))  // L150
        .addRows(FunctionRow.of("2210201", "住房公积金", "319.23", "319.23", "", "", "", "", ""))  // L151
        .addRows(FunctionRow.of("222", "粮油物资储备支出", "63.50", "63.50", "", "", "", "", ""))  // L152
        .addRows(FunctionRow.of("22201", "粮油物资事务", "63.50", "63.50", "", "", "", "", ""))  // L153
        .addRows(FunctionRow.of("2220101", "行政运行", "63.50", "63.50", "", "", "", "", ""))  // L154
        .addRows(FunctionRow.of("224", "灾害防治及应急管理支出", "", "", "", "", "", "", "486.55"))  // L155
        .addRows(FunctionRow.of("22406", "自然灾害防治", "", "", "", "", "", "", "486.55"))  // L156
        .addRows(FunctionRow.of("2240601", "地质灾害防治", "", "", "", "", "", "", "486.55"))  // L157
        .build();
  }

  /** T3 (L167–L194). */
  public static FunctionTable t3() {
    return FunctionTable.builder(spec(TableId.T3))
        .printedTitle("2025年预算支出总表")
        .printedNumber("表三")
        .printedDepartment("泽州县自然资源局")
        .total(TotalRow.of("合计", "13487.42", "3950.40", "9537.02"))  // L167
        .addRows(FunctionRow.of("208", "社会保障和就业支出", "667.92", "667.92", ""))  // L168
        .addRows(FunctionRow.of("20805", "行政事业单位养老支出", "667.92", "667.92", ""))  // L169
        .addRows(FunctionRow.of("2080501", "行政单位离退休", "118.60", "118.60", ""))  // L170
        .addRows(FunctionRow.of("2080505", "机关事业单位基本养老保险缴费支出", "366.21", "366.21", ""))  // L171
        .addRows(FunctionRow.of("2080506", "机关事业单位职业年金缴费支出", "183.11", "183.11", ""))  // L172
        .addRows(FunctionRow.of("210", "卫生健康支出", "227.32", "227.32", ""))  // L173
        .addRows(FunctionRow.of("21007", "计划生育事务", "1.98", "1.98", ""))  // L174
        .addRows(FunctionRow.of("2100799", "其他计划生育事务支出", "1.98", "1.98", ""))  // L175
        .addRows(FunctionRow.of("21011", "行政事业单位医疗", "225.34", "225.34", ""))  // L176
        .addRows(FunctionRow.of("2101101", "行政单位医疗", "217.44", "217.44", ""))  // L177
        .addRows(FunctionRow.of("2101199", "其他行政事业单位医疗支出", "7.90", "7.90", ""))  // L178
        .addRows(FunctionRow.of("212", "城乡社区支出", "7500.00", "", "7500.00"))  // L179
        .addRows(FunctionRow.of("21208", "国有土地使用权出让收入安排的支出", "7500.00", "", "7500.00"))  // L180
        .addRows(FunctionRow.of("2120899", "其他国有土地使用权出让收入安排的支出", "7500.00", "", "7500.00"))  // L181
        .addRows(FunctionRow.of("220", "自然资源海洋气象等支出", "4222.91", "2672.43", "1550.47"))  // L182
        .addRows(FunctionRow.of("22001", "自然资源事务", "4222.91", "2672.43", "1550.47"))  // L183
        .addRows(FunctionRow.of("2200101", "行政运行", "2672.43", "2672.43", ""))  // L184
        .addRows(FunctionRow.of("2200199", "其他自然资源事务支出", "1550.47", "", "1550.47"))  // L185
        .addRows(FunctionRow.of("221", "住房保障支出", "319.23", "319.23", ""))  // L186
        .addRows(FunctionRow.of("22102", "住房改革支出", "319.23", "319.23", ""))  // L187
        .addRows(FunctionRow.of("2210201", "住房公积金", "319.23", "319.23", ""))  // L188
        .addRows(FunctionRow.of("222", "粮油物资储备支出", "63.50", "63.50", ""))  // L189
        .addRows(FunctionRow.of("22201", "粮油物资事务", "63.50", "63.50", ""))  // L190
        .addRows(FunctionRow.of("2220101", "行政运行", "63.50", "63.50", ""))  // L191
        .addRows(FunctionRow.of("224", "灾害防治及应急管理支出", "486.55", "", "486.55"))  // L192
        .addRows(FunctionRow.of("22406", "自然灾害防治", "486.55", "", "486.55"))  // L193
        .addRows(FunctionRow.of("2240601", "地质灾害防治", "486.55", "", "486.55"))  // L194
        .build();
  }

  /** T5 (L251–L272). */
  public static FunctionTable t5() {
    return FunctionTable.builder(spec(TableId.T5))
        .printedTitle("2025年一般公共预算支出预算表（不含上年结转）")
        .printedNumber("表五")
        .printedDepartment("泽州县自然资源局")
        .total(TotalRow.of("合计", "5500.87", "3950.40", "1550.47"))  // L251
        .addRows(FunctionRow.of("208", "社会保障和就业支出", "667.92", "667.92", ""))  // L252
        .addRows(FunctionRow.of("20805", "行政事业单位养老支出", "667.92", "667.92", ""))  // L253
        .addRows(FunctionRow.of("2080501", "行政单位离退休", "118.60", "118.60", ""))  // L254
        .addRows(FunctionRow.of("2080505", "机关事业单位基本养老保险缴费支出", "366.21", "366.21", ""))  // L255
        .addRows(FunctionRow.of("2080506", "机关事业单位职业年金缴费支出", "183.11", "183.11", ""))  // L256
        .addRows(FunctionRow.of("210", "卫生健康支出", "227.32", "227.32", ""))  // L257
        .addRows(FunctionRow.of("21007", "计划生育事务", "1.98", "1.98", ""))  // L258
        .addRows(FunctionRow.of("2100799", "其他计划生育事务支出", "1.98", "1.98", ""))  // L259
        .addRows(FunctionRow.of("21011", "行政事业单位医疗", "225.34", "225.34", ""))  // L260
        .addRows(FunctionRow.of("2101101", "行政单位医疗", "217.44", "217.44", ""))  // L261
        .addRows(FunctionRow.of("2101199", "其他行政事业单位医疗支出", "7.90", "7.90", ""))  // L262
        .addRows(FunctionRow.of("220", "自然资源海洋气象等支出", "4222.91", "2672.43", "1550.47"))  // L263
        .addRows(FunctionRow.of("22001", "自然资源事务", "4222.91", "2672.43", "1550.47"))  // L264
        .addRows(FunctionRow.of("2200101", "行政运行", "2672.43", "2672.43", ""))  // L265
        .addRows(FunctionRow.of("2200199", "其他自然资源事务支出", "1550.47", "", "1550.47"))  // L266
        .addRows(FunctionRow.of("221", "住房保障支出", "319.23", "319.23", ""))  // L267
        .addRows(FunctionRow.of("22102", "住房改革支出", "319.23", "319.23", ""))  // L268
        .addRows(FunctionRow.of("2210201", "住房公积金", "319.23", "319.23", ""))  // L269
        .addRows(FunctionRow.of("222", "粮油物资储备支出", "63.50", "63.50", ""))  // L270
        .addRows(FunctionRow.of("22201", "粮油物资事务", "63.50", "63.50", ""))  // L271
        .addRows(FunctionRow.of("2220101", "行政运行", "63.50", "63.50", ""))  // L272
        .build();
  }

  /** T7 (L316–L319). */
  public static RevenueTable t7() {
    return RevenueTable.builder(spec(TableId.T7))
        .printedTitle("2025年政府性基金预算收入表（不含上年结转）")
        .printedNumber("表七")
        .printedDepartment("泽州县自然资源局")
        .total(TotalRow.of("合计", "7500.00"))  // L316
        .addRows(RevenueRow.of("103", "非税收入", "7500.00"))  // L317
        .addRows(RevenueRow.of("10301", "政府性基金收入", "7500.00"))  // L318
        .addRows(RevenueRow.of("1030148", "国有土地使用权出让收入", "7500.00"))  // L319
        .build();
  }

  /** T8 (L328–L331). */
  public static FunctionTable t8() {
    return FunctionTable.builder(spec(TableId.T8))
        .printedTitle("2025年政府性基金预算支出表（不含上年结转）")
        .printedNumber("表八")
        .printedDepartment("泽州县自然资源局")
        .total(TotalRow.of("合计", "7500.00", "", "7500.00"))  // L328
        .addRows(FunctionRow.of("212", "城乡社区支出", "7500.00", "", "7500.00"))  // L329
        .addRows(FunctionRow.of("21208", "国有土地使用权出让收入安排的支出", "7500.00", "", "7500.00"))  // L330
        .addRows(FunctionRow.of("2120899", "其他国有土地使用权出让收入安排的支出", "7500.00", "", "7500.00"))  // L331
        .build();
  }

  /** T6 (L282–L306). */
  public static EconomicTable t6() {
    return EconomicTable.builder(spec(TableId.T6))
        .printedTitle("2025年一般公共预算安排基本支出分经济科目表（不含上年结转）")
        .printedNumber("表六")
        .printedDepartment("泽州县自然资源局")
        .total(TotalRow.of("合计", "3950.40", "3865.32", "85.07"))  // L282
        .addRows(EconomicRow.classRow("工资福利支出", "3744.74", "3744.74", ""))  // L283
        .addRows(EconomicRow.sectionRow("基本工资", "工资奖金津补贴", "1179.41", "1179.41", ""))  // L284
        .addRows(EconomicRow.sectionRow("津贴补贴", "工资奖金津补贴", "301.67", "301.67", ""))  // L285
        .addRows(EconomicRow.sectionRow("奖金", "工资奖金津补贴", "244.04", "244.04", ""))  // L286
        .addRows(EconomicRow.sectionRow("绩效工资", "工资福利支出", "925.75", "925.75", ""))  // L287
        .addRows(EconomicRow.sectionRow("机关事业单位基本养老保险缴费", "社会保障缴费", "366.21", "366.21", ""))  // L288
        .addRows(EconomicRow.sectionRow("职业年金缴费", "社会保障缴费", "183.11", "183.11", ""))  // L289
        .addRows(EconomicRow.sectionRow("职工基本医疗保险缴费", "社会保障缴费", "148.77", "148.77", ""))  // L290
        .addRows(EconomicRow.sectionRow("公务员医疗补助缴费", "社会保障缴费", "68.66", "68.66", ""))  // L291
        .addRows(EconomicRow.sectionRow("其他社会保障缴费", "社会保障缴费", "7.90", "7.90", ""))  // L292
        .addRows(EconomicRow.sectionRow("住房公积金", "住房公积金", "319.23", "319.23", ""))  // L293
        .addRows(EconomicRow.classRow("商品和服务支出", "85.07", "", "85.07"))  // L294
        .addRows(EconomicRow.sectionRow("办公费", "办公经费", "15.00", "", "15.00"))  // L295
        .addRows(EconomicRow.sectionRow("水费", "办公经费", "0.50", "", "0.50"))  // L296
        .addRows(EconomicRow.sectionRow("电费", "办公经费", "1.00", "", "1.00"))  // L297
        .addRows(EconomicRow.sectionRow("取暖费", "办公经费", "10.00", "", "10.00"))  // L298
        .addRows(EconomicRow.sectionRow("差旅费", "办公经费", "10.00", "", "10.00"))  // L299
        .addRows(EconomicRow.sectionRow("委托业务费", "委托业务费", "27.00", "", "27.00"))  // L300
        .addRows(EconomicRow.sectionRow("工会经费", "办公经费", "12.21", "", "12.21"))  // L301
        .addRows(EconomicRow.sectionRow("其他交通费用", "办公经费", "9.36", "", "9.36"))  // L302
        .addRows(EconomicRow.classRow("对个人和家庭的补助", "120.58", "120.58", ""))  // L303
        .addRows(EconomicRow.sectionRow("退休费", "离退休费", "104.50", "104.50", ""))  // L304
        .addRows(EconomicRow.sectionRow("医疗费补助", "社会福利和救助", "14.11", "14.11", ""))  // L305
        .addRows(EconomicRow.sectionRow("奖励金", "社会福利和救助", "1.98", "1.98", ""))  // L306
        .build();
  }

  /** T9 (L344, then 注：本表无数据 L346). */
  public static StateCapitalTable t9() {
    return StateCapitalTable.builder(spec(TableId.T9))
        .printedTitle("2025年国有资本经营预算收支预算表（不含上年结转）")
        .printedNumber("表九")
        .printedDepartment("泽州县自然资源局")
        .declaredEmpty(true)
        .revenueTotal(TotalRow.of("合计", ""))  // L344
        .expenditureTotal(TotalRow.of("", "", "", ""))  // L344
        .build();
  }

  /** T10 (L358–L363, then 注：本表无数据 L365). */
  public static ThreePublicTable t10() {
    return ThreePublicTable.builder(spec(TableId.T10))
        .printedTitle("2025年财政拨款安排“三公”经费支出预算表")
        .printedNumber("表十")
        .printedDepartment("泽州县自然资源局")
        .declaredEmpty(true)
        .addRows(ThreePublicRow.of("因公出国（境）费", "", "", "", ""))  // L358
        .addRows(ThreePublicRow.of("公务接待费", "", "", "", ""))  // L359
        .addRows(ThreePublicRow.of("公务用车购置及运行费", "", "", "", ""))  // L360
        .addRows(ThreePublicRow.of("①公务用车购置费", "", "", "", ""))  // L361
        .addRows(ThreePublicRow.of("②公务用车运行维护费", "", "", "", ""))  // L362
        .total(TotalRow.of("合计", "", "", "", ""))  // L363
        .build();
  }

  /** T11 (L375–L376). */
  public static UnitAmountTable t11() {
    return UnitAmountTable.builder(spec(TableId.T11))
        .printedTitle("2025年财政拨款安排机关运行经费预算表")
        .printedNumber("表十一")
        .printedDepartment("泽州县自然资源局")
        .total(TotalRow.of("部门合计", "85.07", "85.07", "", ""))  // L375
        .addRows(UnitAmountRow.of("泽州县自然资源局", "85.07", "85.07", "", ""))  // L376
        .build();
  }

  /** T12 (L387–L394). */
  public static ProjectTable t12() {
    return ProjectTable.builder(spec(TableId.T12))
        .printedTitle("2025年项目支出预算表（本年预算）")
        .printedNumber("表十二")
        .printedDepartment("泽州县自然资源局")
        .total(TotalRow.of("泽州县自然资源局", "9050.47", "1550.47", "7500.00", "", "", ""))  // L387: department
        .addGroups(ImmutableProjectGroup.builder()
            .addSubtotalRows(TotalRow.of("泽州县自然资源局", "9050.47", "1550.47", "7500.00", "", "", ""))  // L388: unit
            .addProjects(ProjectRow.of("2025年土地收储经费", "7500.00", "", "7500.00", "", "", ""))  // L389
            .addProjects(ProjectRow.of("补充耕地指标回购资金", "1000.00", "1000.00", "", "", "", ""))  // L390
            .addProjects(ProjectRow.of("国土实景三维建模工作经费", "244.00", "244.00", "", "", "", ""))  // L391
            .addProjects(ProjectRow.of("遗属补贴", "4.97", "4.97", "", "", "", ""))  // L392
            .addProjects(ProjectRow.of("国土收益业务费", "300.00", "300.00", "", "", "", ""))  // L393
            .addProjects(ProjectRow.of("驻村工作队经费(柳树口镇东南庄村)", "1.50", "1.50", "", "", "", ""))  // L394
            .build())
        .build();
  }

  /** T13 (L405–L407). */
  public static ProjectTable t13() {
    return ProjectTable.builder(spec(TableId.T13))
        .printedTitle("2025年项目支出预算表（上年结转）")
        .printedNumber("表十三")
        .printedDepartment("泽州县自然资源局")
        .total(TotalRow.of("泽州县自然资源局", "486.55", "486.55", "", ""))  // L405: department
        .addGroups(ImmutableProjectGroup.builder()
            .addSubtotalRows(TotalRow.of("泽州县自然资源局", "486.55", "486.55", "", ""))  // L406: unit
            .addProjects(ProjectRow.of("山西省晋城市泽州县地质灾害综合治理项目", "486.55", "486.55", "", ""))  // L407
            .build())
        .build();
  }


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
  public static List<NarrativeClaim> claims() {
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
    c.add(asOf(s12, 865));
    c.add(count(VEHICLES_AUTHORIZED, 0, "辆", s12, 865));
    c.add(count(VEHICLES_ACTUAL, 0, "辆", s12, 865));
    for (String k : List.of("领导用车", "机要通信用车", "应急保障用车", "执法执勤用车", "特种专业技术用车",
        "事业单位业务用车", "其他公务用车")) {
      c.add(ImmutableNarrativeClaim.copyOf(count(VEHICLES_BY_CATEGORY, 0, "辆", s12, 865))
          .withQualifier(k));
    }
    String s13 = "截至2024年12月31日，泽州县自然资源局使用的办公用房建筑总面积3234.56平方米。";
    c.add(asOf(s13, 869));
    c.add(ImmutableNarrativeClaim.builder().subject(OFFICE_FLOOR_AREA).measure(ClaimMeasure.QUANTITY)
        .number(new BigDecimal("3234.56")).unitWord("平方米").printedValue("3234.56平方米")
        .sourceText(s13).sourceLine(869).build());
    String s14 = "截至2024年12月31日，泽州县自然资源局占有使用价值50万元（原值）以上的通用设备0台（套）；"
        + "泽州县自然资源局占有使用价值100万元（原值）以上的通用设备0台（套）。";
    c.add(asOf(s14, 873));
    c.add(count(DEVICES_OVER_500K, 0, "台（套）", s14, 873));
    c.add(count(DEVICES_OVER_1M, 0, "台（套）", s14, 873));
    String s15 = "2025年本单位政府性购买预算支出3.20万元。";
    c.add(amount(PURCHASED_SERVICES, AMOUNT, "3.20", "3.20万元", s15, 879));
    return List.copyOf(c);
  }

  /** The 截至2024年12月31日 of a 国有资产 sentence (S6). */
  private static NarrativeClaim asOf(String sentence, int line) {
    return ImmutableNarrativeClaim.copyOf(NarrativeClaim.ofDate(ASSET_REFERENCE_DATE,
        java.time.LocalDate.of(2024, 12, 31), sentence)).withPrintedValue("截至2024年12月31日").withSourceLine(line);
  }
}
