package org.yusuan.budget.validation.rules;

import java.util.List;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.performance.FundingBlock;
import org.yusuan.budget.performance.FundingLine;
import org.yusuan.budget.performance.ImmutableFundingBlock;
import org.yusuan.budget.performance.ImmutableProjectPerformanceSheet;
import org.yusuan.budget.performance.ImmutableSheetFooter;
import org.yusuan.budget.performance.Indicator;
import org.yusuan.budget.performance.PrintedAmount;
import org.yusuan.budget.performance.ProjectPerformanceSheet;

/**
 * Test-only: the twelve project performance sheets of seed 003 (L476–L859), built by hand field by
 * field with the seed line of each sheet and indicator. Narrative fields (项目概况 …) are left out:
 * no rule reads them. 一级/二级 labels are inherited downwards as printed; the 年度 halves of the
 * indicator blocks are empty in the seed.
 */
final class Seed003Sheets {
  private Seed003Sheets() {}

  static final String DEPARTMENT = "080-泽州县自然资源局";
  static final String UNIT = "泽州县自然资源局";

  static FundingBlock block(String label, String total) {
    // 项目资金(元): 中央 0, 省级 0, 市县(区) = the total, 单位自筹 0, 其他资金 blank (as printed in 003).
    return ImmutableFundingBlock.builder()
        .totalLabel(label)
        .total(PrintedAmount.parse(total, MoneyUnit.YUAN))
        .addSources(FundingLine.of("其中:中央财政资金", PrintedAmount.parse("0", MoneyUnit.YUAN)))
        .addSources(FundingLine.of("省级财政资金", PrintedAmount.parse("0", MoneyUnit.YUAN)))
        .addSources(FundingLine.of("市县(区)财政资金", PrintedAmount.parse(total, MoneyUnit.YUAN)))
        .addSources(FundingLine.of("单位自筹", PrintedAmount.parse("0", MoneyUnit.YUAN)))
        .addSources(FundingLine.of("其他资金", PrintedAmount.parse("", MoneyUnit.YUAN)))
        .build();
  }

  static ImmutableProjectPerformanceSheet.Builder sheet(String name, String attribute, String period,
      String implementation, String annual, String filled) {
    ImmutableProjectPerformanceSheet.Builder b = ImmutableProjectPerformanceSheet.builder()
        .title("泽州县县(区)级预算部门(单位)项目支出绩效目标表")
        .yearLine("(2025年度)")
        .projectName(name)
        .supervisingDepartment(DEPARTMENT)
        .implementingUnit(UNIT)
        .projectAttribute(attribute)
        .projectPeriod(period)
        .fundingUnit(MoneyUnit.YUAN)
        .implementationFunding(block("实施期资金总额:", implementation))
        .annualFunding(block("年度资金总额:", annual));
    if (filled != null) {
      b.footer(ImmutableSheetFooter.builder().filledDate(filled).build());
    }
    return b;
  }

  /** The sheets in printed order. */
  /** Seed 003's model (budget-core's test fixture) with these sheets. */
  static org.yusuan.budget.document.DepartmentBudget budget() {
    return org.yusuan.budget.document.ImmutableDepartmentBudget
        .copyOf(org.yusuan.budget.table.Seed003Model.budget()).withProjectSheets(sheets());
  }

  static List<ProjectPerformanceSheet> sheets() {
    return List.of(        sheet("“两高”沿线可视范围废弃场地生态环境综合治理项目", "一次性项目(1年结束)", "1年", "0", "0", null)  // L483
            .addImplementationIndicators(Indicator.of("产出指标", "数量指标", "治理修复图斑", "≥18个"))  // L500
            .addImplementationIndicators(Indicator.of("产出指标", "数量指标", "综合治理面积", "578813.6平方米"))  // L501
            .addImplementationIndicators(Indicator.of("产出指标", "数量指标", "进行管护面积", "448000万平方米"))  // L502
            .addImplementationIndicators(Indicator.of("产出指标", "质量指标", "治理修复图斑达标率", "≥100%"))  // L503
            .addImplementationIndicators(Indicator.of("产出指标", "质量指标", "管护合格率", "≥100%"))  // L504
            .addImplementationIndicators(Indicator.of("产出指标", "时效指标", "综合治理时间", "2022年7月-2024年12月"))  // L505
            .addImplementationIndicators(Indicator.of("产出指标", "时效指标", "管护时间", "2025年全年"))  // L506
            .addImplementationIndicators(Indicator.of("产出指标", "成本指标", "项目总投资", "≈12894.61万元"))  // L507
            .addImplementationIndicators(Indicator.of("产出指标", "成本指标", "每平米治理成本", "≈167.24万元/每平米"))  // L508
            .addImplementationIndicators(Indicator.of("效益指标", "社会效益指标", "实施区域历史遗留工矿废弃地复绿率", "≥50%"))  // L510
            .addImplementationIndicators(Indicator.of("效益指标", "社会效益指标", "受益群众人数", "8.4万人"))  // L511
            .addImplementationIndicators(Indicator.of("效益指标", "生态效益指标", "实施区域矿山地质灾害隐患", "下降"))  // L512
            .addImplementationIndicators(Indicator.of("效益指标", "生态效益指标", "实施区域矿山生态状况", "改善"))  // L513
            .addImplementationIndicators(Indicator.of("满意度指标", "服务对象满意度", "实施区域受益人群满意度", "≥90%"))  // L515
            .build(),
        sheet("“两高”沿线可视范围废弃场地生态环境综合治理项目", "一次性项目(1年结束)", "1年", "0", "0", "20250117161320")  // L521
            .build(),
        sheet("2024年泽州县海河流域防洪减灾能力提升项目经费", "一次性项目(1年结束)", "1年", "0", "0", "20250117154820")  // L544
            .addImplementationIndicators(Indicator.of("产出指标", "数量指标", "治理图斑", "106个"))  // L561
            .addImplementationIndicators(Indicator.of("产出指标", "质量指标", "验收合格率", "100%"))  // L562
            .addImplementationIndicators(Indicator.of("产出指标", "时效指标", "生态环境恢复综合治理完", "2024年至2026年"))  // L563
            .addImplementationIndicators(Indicator.of("产出指标", "时效指标", "编制一期勘察完成时", "2024年12月至2025年3月"))  // L564
            .addImplementationIndicators(Indicator.of("产出指标", "时效指标", "编制二期可研、勘察设计", "2024年12月至2025年3月"))  // L565
            .addImplementationIndicators(Indicator.of("产出指标", "成本指标", "编制一期勘察设计费用", "≥369.69万元"))  // L566
            .addImplementationIndicators(Indicator.of("产出指标", "成本指标", "编制二期可研、勘察设计", "≥58.48万元"))  // L567
            .addImplementationIndicators(Indicator.of("效益指标", "经济效益指标", "提高生态系统服务价值和", "提高"))  // L568
            .addImplementationIndicators(Indicator.of("效益指标", "社会效益指标", "提升城市形象,改善人居", "提升"))  // L569
            .addImplementationIndicators(Indicator.of("效益指标", "生态效益指标", "改善项目区域生态环境", "改善"))  // L570
            .addImplementationIndicators(Indicator.of("满意度指标", "服务对象满意度", "群众满意度", "≥90%"))  // L572
            .build(),
        sheet("2025年土地收储经费", "一次性项目(1年结束)", "1年", "75000000", "0", "20231214152313")  // L579
            .addImplementationIndicators(Indicator.of("产出指标", "数量指标", "供应土地面积", "300亩"))  // L596
            .addImplementationIndicators(Indicator.of("产出指标", "质量指标", "达到净地出让", "达到达到"))  // L597
            .addImplementationIndicators(Indicator.of("产出指标", "时效指标", "完成时间", "2025年年底"))  // L598
            .addImplementationIndicators(Indicator.of("产出指标", "成本指标", "土地收储经费", "≥7500万元"))  // L599
            .addImplementationIndicators(Indicator.of("效益指标", "经济效益指标", "促进经济发展", "促进促进"))  // L600
            .addImplementationIndicators(Indicator.of("效益指标", "社会效益指标", "保障失地农民权益", "保障保障"))  // L601
            .addImplementationIndicators(Indicator.of("效益指标", "可持续影响指标", "促进县域经济发展", "促进促进"))  // L603
            .addImplementationIndicators(Indicator.of("满意度指标", "服务对象满意度", "社会满意度", "≥90%"))  // L604
            .build(),
        sheet("补充耕地指标回购资金", "一次性项目(1年结束)", "1年", "1000万元", "0", "20250106103805")  // L611
            .addImplementationIndicators(Indicator.of("产出指标", "数量指标", "回购自主开发项目个数", "64个"))  // L628
            .addImplementationIndicators(Indicator.of("产出指标", "数量指标", "回购耕地指标", "≥250亩"))  // L629
            .addImplementationIndicators(Indicator.of("产出指标", "质量指标", "资金拨付率", "100%"))  // L630
            .addImplementationIndicators(Indicator.of("产出指标", "时效指标", "补充耕地指标回购完成时间", "2025年6月前"))  // L631
            .addImplementationIndicators(Indicator.of("产出指标", "成本指标", "回购耕地每亩成本", "4万元/亩"))  // L632
            .addImplementationIndicators(Indicator.of("效益指标", "社会效益指标", "确保我省市、市重点工程", "确保"))  // L634
            .addImplementationIndicators(Indicator.of("满意度指标", "服务对象满意度", "公众满意度", "≥90%"))  // L636
            .build(),
        sheet("高铁东站附近废弃石灰岩矿山地质环境恢复综合治理项目", "一次性项目(1年结束)", "1年", "0", "0", "20250117155600")  // L643
            .addImplementationIndicators(Indicator.of("产出指标", "数量指标", "治理区面积", "≥759700平方米"))  // L660
            .addImplementationIndicators(Indicator.of("产出指标", "质量指标", "验收合格率", "100%"))  // L661
            .addImplementationIndicators(Indicator.of("产出指标", "时效指标", "管护完工时间", "2025年12月底"))  // L662
            .addImplementationIndicators(Indicator.of("产出指标", "成本指标", "项目总投资亿元", "2.605975亿元"))  // L663
            .addImplementationIndicators(Indicator.of("效益指标", "经济效益指标", "恢复土地利用", "提升"))  // L664
            .addImplementationIndicators(Indicator.of("效益指标", "社会效益指标", "地质灾害隐患", "消除"))  // L665
            .addImplementationIndicators(Indicator.of("效益指标", "生态效益指标", "周边生态环境", "改善"))  // L666
            .addImplementationIndicators(Indicator.of("满意度指标", "服务对象满意度", "周边群众满意度", "≥90%"))  // L668
            .build(),
        sheet("国土实景三维建模工作经费", "一次性项目(1年结束)", "1年", "244万元", "0", "20250106112228")  // L675
            .addImplementationIndicators(Indicator.of("产出指标", "数量指标", "覆盖重点镇数量", "≥6个"))  // L692
            .addImplementationIndicators(Indicator.of("产出指标", "数量指标", "制作影像分辨率优于0.03米倾斜摄影范围", "27.62平方公里"))  // L693
            .addImplementationIndicators(Indicator.of("产出指标", "质量指标", "项目验收合格率", "100%"))  // L694
            .addImplementationIndicators(Indicator.of("产出指标", "时效指标", "项目完工时限", "2025年年底"))  // L695
            .addImplementationIndicators(Indicator.of("产出指标", "成本指标", "三维建模经费", "≥244万元"))  // L696
            .addImplementationIndicators(Indicator.of("效益指标", "社会效益指标", "提升政府服务效能", "提升提升"))  // L698
            .addImplementationIndicators(Indicator.of("满意度指标", "服务对象满意度", "群众满意度", "≥90%"))  // L701
            .build(),
        sheet("国土收益业务费", "一次性项目(1年结束)", "1年", "3,000,000", "0", null)  // L708
            .addImplementationIndicators(Indicator.of("产出指标", "数量指标", "自收自支人数", "128人"))  // L725
            .addImplementationIndicators(Indicator.of("产出指标", "质量指标", "缴纳社保达标率", "100%"))  // L726
            .addImplementationIndicators(Indicator.of("产出指标", "时效指标", "工资发放时间", "2025年1月至12月"))  // L727
            .addImplementationIndicators(Indicator.of("产出指标", "时效指标", "缴纳各项保险时间", "2025年1月至12月"))  // L728
            .addImplementationIndicators(Indicator.of("产出指标", "成本指标", "国土收益业务费", "≥300万元"))  // L729
            .addImplementationIndicators(Indicator.of("产出指标", "成本指标", "每名自收自支人员费用", "5000元/人/月"))  // L730
            .addImplementationIndicators(Indicator.of("效益指标", "社会效益指标", "工作正常运转", "正常运转"))  // L732
            .addImplementationIndicators(Indicator.of("效益指标", "社会效益指标", "提高办公效率", "≥90%"))  // L733
            .addImplementationIndicators(Indicator.of("满意度指标", "服务对象满意度", "自收自支人员满意度", "≥90%"))  // L736
            .build(),
        sheet("国土收益业务费", "一次性项目(1年结束)", "1年", "3,000,000", "0", "20241206155954")  // L742
            .build(),
        sheet("遗属补贴", "经常性项目(长期开展)", "99年", "49,728", "0", "20241205154652")  // L765
            .addImplementationIndicators(Indicator.of("产出指标", "数量指标", "遗属补助发放人数", "7人"))  // L782
            .addImplementationIndicators(Indicator.of("产出指标", "质量指标", "遗属补助发放率", "100%"))  // L783
            .addImplementationIndicators(Indicator.of("产出指标", "时效指标", "发放遗属补助时间", "每月"))  // L784
            .addImplementationIndicators(Indicator.of("产出指标", "成本指标", "遗属补助发放标准", "592元/人/月"))  // L785
            .addImplementationIndicators(Indicator.of("效益指标", "社会效益指标", "保障遗属人员生活", "保障"))  // L787
            .addImplementationIndicators(Indicator.of("效益指标", "社会效益指标", "维护社会安全稳定", "维护"))  // L788
            .addImplementationIndicators(Indicator.of("满意度指标", "服务对象满意度", "遗属满意度", "≥90%"))  // L791
            .build(),
        sheet("泽州县珏槽线、珏侯线、泽侯水线高压线路改迁电力隧道项目", "一次性项目(1年结束)", "1年", "0", "0", "20250117152324")  // L798
            .addImplementationIndicators(Indicator.of("产出指标", "数量指标", "隧道长度", "≤2400米"))  // L815
            .addImplementationIndicators(Indicator.of("产出指标", "质量指标", "工程质量验收合格率", "≥90%"))  // L816
            .addImplementationIndicators(Indicator.of("产出指标", "时效指标", "严格按计划工期执行", "严格"))  // L817
            .addImplementationIndicators(Indicator.of("产出指标", "成本指标", "管廊主体建设成本", "13413.79万元"))  // L818
            .addImplementationIndicators(Indicator.of("效益指标", "社会效益指标", "促进节约集约用地", "促进"))  // L820
            .addImplementationIndicators(Indicator.of("满意度指标", "服务对象满意度", "社会满意度", "≥90%"))  // L823
            .build(),
        sheet("驻村工作队经费(柳村口镇东南庄村)", "一次性项目(1年结束)", "1年", "15,000", "0", "20250201165337")  // L830
            .addImplementationIndicators(Indicator.of("产出指标", "数量指标", "党建座谈会", "4次/年"))  // L847
            .addImplementationIndicators(Indicator.of("产出指标", "数量指标", "邀请专家讲学", "2场/年"))  // L848
            .addImplementationIndicators(Indicator.of("产出指标", "数量指标", "购买党建书籍、音像材料", "≥15套"))  // L849
            .addImplementationIndicators(Indicator.of("产出指标", "质量指标", "满足工作需求", "满足"))  // L850
            .addImplementationIndicators(Indicator.of("产出指标", "时效指标", "驻村工作时间", "全年"))  // L851
            .addImplementationIndicators(Indicator.of("产出指标", "成本指标", "专家讲学费用", "≤6000元"))  // L852
            .addImplementationIndicators(Indicator.of("产出指标", "成本指标", "党建座谈会费用", "≤4000元"))  // L853
            .addImplementationIndicators(Indicator.of("效益指标", "经济效益指标", "减轻农村压力", "减轻"))  // L854
            .addImplementationIndicators(Indicator.of("效益指标", "社会效益指标", "提高工作效率", "提高"))  // L855
            .addImplementationIndicators(Indicator.of("满意度指标", "服务对象满意度", "群众满意度", "≥95%"))  // L858
            .build());
  }
}
