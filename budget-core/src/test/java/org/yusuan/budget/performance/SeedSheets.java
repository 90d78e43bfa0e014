package org.yusuan.budget.performance;

import org.yusuan.budget.money.MoneyUnit;

/** Sheets of the seeds rebuilt from their printed cells, as a reader would build them. */
public final class SeedSheets {
  private SeedSheets() {}

  /** 003 L479–515: compact layout, 元, both halves' funding 0, right half with no indicators. */
  public static ProjectPerformanceSheet county2025Restoration() {
    MoneyUnit unit = MoneyUnit.YUAN;
    String overview = "泽州县境内存在较多历史遗留废弃矿山及工程建设废弃场地,废弃场地由于石灰岩开采导致山体、植被破坏严重,"
        + "堆放的废弃渣土造成土地损毁。";
    return ImmutableProjectPerformanceSheet.builder()
        .title("泽州县县(区)级预算部门(单位)项目支出绩效目标表")
        .yearLine("(2025年度)")
        .projectName("“两高”沿线可视范围废弃场地生态环境综合治理项目")
        .supervisingDepartment("080-泽州县自然资源局")
        .implementingUnit("泽州县自然资源局")
        .projectAttribute("一次性项目(1年结束)")
        .projectPeriod("1年")
        .fundingUnit(unit)
        .implementationFunding(block("实施期资金总额:", "0", unit,
            "其中:中央财政资金", "0", "省级财政资金", "0", "市县(区)财政资金", "0", "单位自筹", "0",
            "其他资金", ""))
        .annualFunding(block("年度资金总额:", "0", unit,
            "其中:中央财政资金", "0", "省级财政资金", "0", "市县(区)财政资金", "0", "单位自筹", "0",
            "其他资金", ""))
        .addTexts(SheetText.of("项目概况", overview))
        .addTexts(SheetText.of("立项依据", "泽州县行政审批管理局关于泽州县“两高”沿线可视范围废弃场地生态环境综合治理项目"
            + "可行性研究报告(代项目建议书)的批复泽行审发【2021】130号。"))
        .addTexts(SheetText.of("项目设立必要性", "全县高速铁路沿线可视范围内18处废弃露天矿山存在地质灾害隐患。"))
        .addTexts(SheetText.of("保证项目实施的制度、措施",
            "该项目由局生态修复股按照“两高”沿线可视范围废弃场地生态环境综合治理项目实施方案进行监管。"))
        .addTexts(SheetText.of("项目实施计划", "2025年全年对区域内裸露的边坡坡面、平台进行生态恢复、对杂乱平缓地带进行管护。"))
        .implementationGoal("完成全县高速铁路沿线可视范围内18处废弃露天矿山生态修复治理工程。")
        .annualGoal("全县高速铁路沿线可视范围内18处废弃露天矿山生态修复治理工程管护。")
        // L500–515, level labels inherited downwards as printed on the first row of a group.
        .addImplementationIndicators(
            Indicator.of("产出指标", "数量指标", "治理修复图斑", "≥18个"),
            Indicator.of("产出指标", "数量指标", "综合治理面积", "578813.6平方米"),
            Indicator.of("产出指标", "数量指标", "进行管护面积", "448000万平方米"),
            Indicator.of("产出指标", "质量指标", "治理修复图斑达标率", "≥100%"),
            Indicator.of("产出指标", "质量指标", "管护合格率", "≥100%"),
            Indicator.of("产出指标", "时效指标", "综合治理时间", "2022年7月-2024年12月"),
            Indicator.of("产出指标", "时效指标", "管护时间", "2025年全年"),
            Indicator.of("成本指标", "", "项目总投资", "≈12894.61万元"),
            Indicator.of("成本指标", "", "每平米治理成本", "≈167.24万元/每平米"),
            Indicator.of("效益指标", "经济效益指标", "", ""),
            Indicator.of("效益指标", "社会效益指标", "实施区域历史遗留工矿废弃地复绿率", "≥50%"),
            Indicator.of("效益指标", "社会效益指标", "受益群众人数", "8.4万人"),
            Indicator.of("效益指标", "生态效益指标", "实施区域矿山地质灾害隐患", "下降"),
            Indicator.of("效益指标", "生态效益指标", "实施区域矿山生态状况", "改善"),
            Indicator.of("可持续影响指标", "", "", ""),
            Indicator.of("满意度指标", "服务对象满意度", "实施区域受益人群满意度", "≥90%"))
        .build();
  }

  /** 000 L3518–3524: halves differ (441,150.01 / 44,200 元), truncated source label. */
  static ProjectPerformanceSheet cityEnforcementSystem() {
    MoneyUnit unit = MoneyUnit.YUAN;
    return ImmutableProjectPerformanceSheet.builder()
        .projectName("执法监察监管系统建设费用")
        .supervisingDepartment("210-临汾市规划和自然资源局")
        .implementingUnit("临汾市规划和自然资源局")
        .projectAttribute("延续性项目（阶段开展）")
        .projectPeriod("3年")
        .fundingUnit(unit)
        .implementationFunding(block("实施期资金总额：", "441,150.01", unit,
            "其中：中央财政资金", "0", "省级财政资金", "0", "市县（区）财政资", "441,150.01",
            "单位自筹", "0", "其他资金", ""))
        .annualFunding(block("年度资金总额：", "44,200", unit,
            "其中：中央财政资金", "0", "省级财政资金", "0", "市县（区）财政资金", "44,200",
            "单位自筹", "0", "其他资金", ""))
        .footer(ImmutableSheetFooter.builder().filledDate("20240126181537").build())
        .build();
  }

  /** 000 L751–791: the department-wide sheet, 万元. */
  static DepartmentPerformanceSheet cityDepartment2024() {
    MoneyUnit unit = MoneyUnit.WAN_YUAN;
    return ImmutableDepartmentPerformanceSheet.builder()
        .title("市级预算部门（单位）整体支出绩效目标申报表")
        .yearLine("（2024）年度")
        .department("210-临汾市规划和自然资源局")
        .addCounts(StaffCount.of("内设职能部门数", "22个"), StaffCount.of("所属预算单位数", "10个"),
            StaffCount.of("核定的人员编制数", "425人"), StaffCount.of("实际在职人员总数", "366人"),
            StaffCount.of("其中：在编人员数", "366人"), StaffCount.of("其他人员数", "0人"))
        .duties("<p>履行全市全民所有土地、矿产、森林、草原、湿地、水等自然资源资产所有者职责和所有国土空间用途管制职责。")
        .strategicGoal("<p>2024年是新中国成立75周年，是实施“十四五”规划的关键一年。")
        .fundingUnit(unit)
        .sourceTotal(PrintedAmount.parse("52474.24", unit))
        .addSources(DepartmentFundingLine.of("其中：一般公共预算资金", PrintedAmount.parse("26533.80", unit)),
            DepartmentFundingLine.of("政府性基金预算资金", PrintedAmount.parse("25940.44", unit)),
            DepartmentFundingLine.of("国有资本经营预算资金", PrintedAmount.parse("0.00", unit)),
            DepartmentFundingLine.of("社会保险基金预算资金", PrintedAmount.parse("0.00", unit)),
            DepartmentFundingLine.of("专户管理资金", PrintedAmount.parse("0.00", unit)),
            DepartmentFundingLine.of("单位资金", PrintedAmount.parse("0.00", unit)))
        .directionTotal(PrintedAmount.parse("52474.24", unit))
        .addDirections(DirectionFundingLine.of("其中：基本支出", PrintedAmount.parse("5989.56", unit)),
            DirectionFundingLine.of("项目支出", PrintedAmount.parse("46484.68", unit)))
        .addKeyTasks(KeyTask.of("加强资源管护，以“长牙齿”的硬措施保护耕地。",
            "一是压实耕地保护责任。二是落实占补平衡和进出平衡制度。三是强化月度监测调度。"))
        .annualGoal("<p>(一) 加强要素保障，提升建设项目用地保障质效。")
        .addIndicators(
            Indicator.of("产出指标", "数量指标", "所属预算单位数", "10个"),
            Indicator.of("产出指标", "质量指标", "达标情况", "达标"),
            Indicator.of("产出指标", "时效指标", "目标完成及时性", "及时"),
            Indicator.of("产出指标", "成本指标", "项目支出", "≤46484.675105万元"),
            Indicator.of("产出指标", "成本指标", "基本支出", "≤5989.564001万元"),
            Indicator.of("效益指标", "经济效益指标", "当地社会经济发展", "促进"),
            Indicator.of("效益指标", "社会效益指标", "营商环境", "优化"),
            Indicator.of("效益指标", "生态效益指标", "", ""),
            Indicator.of("效益指标", "可持续影响指标", "长效管理制度健全性", "健全"),
            Indicator.of("满意度指标", "服务对象满意度指标", "服务群众满意度", "满意"))
        .build();
  }

  /** A funding block of a total and label/value pairs, as printed. */
  static FundingBlock block(String totalLabel, String total, MoneyUnit unit, String... pairs) {
    ImmutableFundingBlock.Builder b = ImmutableFundingBlock.builder()
        .totalLabel(totalLabel).total(PrintedAmount.parse(total, unit));
    for (int i = 0; i < pairs.length; i += 2) {
      b.addSources(FundingLine.of(pairs[i], PrintedAmount.parse(pairs[i + 1], unit)));
    }
    return b.build();
  }
}
