package org.yusuan.budget.disclosure.table;

import java.util.Optional;
import org.yusuan.budget.code.FunctionCode;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ImmutableProjectGroup;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.ProjectRow;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.RevenueRow;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.StateCapitalTable;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TableProfile;
import org.yusuan.budget.table.TableSpec;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.table.UnitAmountRow;
import org.yusuan.budget.table.UnitAmountTable;

/**
 * Test-only: the tables of seed 003 built by hand, cell by cell, with the line each row comes from;
 * copied from budget-core's test oracle {@code Seed003Model} (tables only, codes of 表六 not
 * included: the oracle prints names only). Keep in step with that file.
 */
final class Seed003Tables {
  private Seed003Tables() {}

  static TableSpec spec(TableId id) {
    return TableProfile.standard().requireSpec(id);
  }

  static Optional<FunctionCode> code(String code) {
    return Optional.of(FunctionCode.parse(code));
  }

  /** T1 (L86–L119). */
  static SummaryTable t1() {
    return SummaryTable.builder(spec(TableId.T1))
        .printedTitle("2025年预算收支总表")
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
  static SummaryTable t4() {
    return SummaryTable.builder(spec(TableId.T4))
        .printedTitle("2025年财政拨款收支总表")
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
  static FunctionTable t2() {
    return FunctionTable.builder(spec(TableId.T2))
        .printedTitle("2025年预算收入总表")
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
  static FunctionTable t3() {
    return FunctionTable.builder(spec(TableId.T3))
        .printedTitle("2025年预算支出总表")
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
  static FunctionTable t5() {
    return FunctionTable.builder(spec(TableId.T5))
        .printedTitle("2025年一般公共预算支出预算表（不含上年结转）")
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
  static RevenueTable t7() {
    return RevenueTable.builder(spec(TableId.T7))
        .printedTitle("2025年政府性基金预算收入表（不含上年结转）")
        .printedDepartment("泽州县自然资源局")
        .total(TotalRow.of("合计", "7500.00"))  // L316
        .addRows(RevenueRow.of("103", "非税收入", "7500.00"))  // L317
        .addRows(RevenueRow.of("10301", "政府性基金收入", "7500.00"))  // L318
        .addRows(RevenueRow.of("1030148", "国有土地使用权出让收入", "7500.00"))  // L319
        .build();
  }

  /** T8 (L328–L331). */
  static FunctionTable t8() {
    return FunctionTable.builder(spec(TableId.T8))
        .printedTitle("2025年政府性基金预算支出表（不含上年结转）")
        .printedDepartment("泽州县自然资源局")
        .total(TotalRow.of("合计", "7500.00", "", "7500.00"))  // L328
        .addRows(FunctionRow.of("212", "城乡社区支出", "7500.00", "", "7500.00"))  // L329
        .addRows(FunctionRow.of("21208", "国有土地使用权出让收入安排的支出", "7500.00", "", "7500.00"))  // L330
        .addRows(FunctionRow.of("2120899", "其他国有土地使用权出让收入安排的支出", "7500.00", "", "7500.00"))  // L331
        .build();
  }

  /** T6 (L282–L306). */
  static EconomicTable t6() {
    return EconomicTable.builder(spec(TableId.T6))
        .printedTitle("2025年一般公共预算安排基本支出分经济科目表（不含上年结转）")
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
  static StateCapitalTable t9() {
    return StateCapitalTable.builder(spec(TableId.T9))
        .printedTitle("2025年国有资本经营预算收支预算表（不含上年结转）")
        .printedDepartment("泽州县自然资源局")
        .declaredEmpty(true)
        .revenueTotal(TotalRow.of("合计", ""))  // L344
        .expenditureTotal(TotalRow.of("", "", "", ""))  // L344
        .build();
  }

  /** T10 (L358–L363, then 注：本表无数据 L365). */
  static ThreePublicTable t10() {
    return ThreePublicTable.builder(spec(TableId.T10))
        .printedTitle("2025年财政拨款安排“三公”经费支出预算表")
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
  static UnitAmountTable t11() {
    return UnitAmountTable.builder(spec(TableId.T11))
        .printedTitle("2025年财政拨款安排机关运行经费预算表")
        .printedDepartment("泽州县自然资源局")
        .total(TotalRow.of("部门合计", "85.07", "85.07", "", ""))  // L375
        .addRows(UnitAmountRow.of("泽州县自然资源局", "85.07", "85.07", "", ""))  // L376
        .build();
  }

  /** T12 (L387–L394). */
  static ProjectTable t12() {
    return ProjectTable.builder(spec(TableId.T12))
        .printedTitle("2025年项目支出预算表（本年预算）")
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
  static ProjectTable t13() {
    return ProjectTable.builder(spec(TableId.T13))
        .printedTitle("2025年项目支出预算表（上年结转）")
        .printedDepartment("泽州县自然资源局")
        .total(TotalRow.of("泽州县自然资源局", "486.55", "486.55", "", ""))  // L405: department
        .addGroups(ImmutableProjectGroup.builder()
            .addSubtotalRows(TotalRow.of("泽州县自然资源局", "486.55", "486.55", "", ""))  // L406: unit
            .addProjects(ProjectRow.of("山西省晋城市泽州县地质灾害综合治理项目", "486.55", "486.55", "", ""))  // L407
            .build())
        .build();
  }


}
