package org.yusuan.budget.disclosure.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.disclosure.ReadIssue;
import org.yusuan.budget.disclosure.ReadReport;
import org.yusuan.budget.disclosure.table.ReadContext;
import org.yusuan.budget.disclosure.text.LineLedger;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.performance.FundingBlock;
import org.yusuan.budget.performance.FundingSource;
import org.yusuan.budget.performance.Indicator;
import org.yusuan.budget.performance.IndicatorLevel1;
import org.yusuan.budget.performance.IndicatorLevel2;
import org.yusuan.budget.performance.LabeledValue;
import org.yusuan.budget.performance.ProjectPerformanceSheet;

/**
 * Sheets in the central template's layout form (docs/domain/performance-sheets.md §3.1), short synthetic
 * texts written like {@code pdftotext -layout} prints them: cells placed by spaces, wrapped over
 * lines, labels down the margin; and sheets of other templates in the tab form.
 */
class LayoutSheetsReaderTest {
  /**
   * A layout line: each text at its column ({@code at(0, "绩", 26, "建设课程数量")}); a CJK character
   * takes one column, as {@code pdftotext -layout} places it.
   */
  static String at(Object... columnsAndTexts) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < columnsAndTexts.length; i += 2) {
      int column = (Integer) columnsAndTexts[i];
      while (sb.length() < column) {
        sb.append(' ');
      }
      sb.append((String) columnsAndTexts[i + 1]);
    }
    return sb.toString();
  }

  /**
   * Two sheets: the first complete, with a wrapped name and a footer line below its table; a page
   * number; the second with two fields the model lacks, a 成本指标 group and a wrapped 二级 label.
   */
  static final String[] LAYOUT = {
    "五、项目绩效目标表",
    "",
    "（一）101 测试教学改革专项",
    at(12, "101 测试教学改革专项项目绩效目标表"),
    "",
    at(28, "（2024 年度）"),
    "",
    at(4, "项目名称", 28, "101 测试教学改革专项"),
    "",
    at(0, "主管部门及代码", 15, "[999]某部", 40, "实施单位", 50, "某大学本级"),
    "",
    at(12, "年度资金总额：", 48, "1,200.50"),
    "",
    at(15, "其中：财政拨款", 48, "1,000.00", 59, "执行率"),
    at(4, "项目资金"),
    at(59, "分值"),
    at(4, "（万元）", 21, "上年结转", 50, "200.50", 59, "（10）"),
    "",
    at(21, "其他资金", 54, "-"),
    at(0, "年", 4, "1. 加强课程建设，提升"),
    at(0, "度", 4, "人才培养能力。"),
    at(0, "总", 4, "2.优化专业结构。"),
    "体",
    "目",
    "标",
    at(6, "一级", 59, "分值"),
    at(14, "二级指标", 37, "三级指标", 52, "指标值"),
    at(6, "指标", 59, "（90）"),
    "",
    at(0, "绩", 26, "建设课程数量", 46, "≥20 门", 60, "30"),
    "效",
    at(0, "指", 5, "产出指标", 13, "数量指标", 26, "获省级以上奖"),
    at(0, "标", 46, "≥15 个", 60, "20"),
    at(26, "励数量"),
    "",
    at(13, "质量指标", 26, "课程验收通过率", 46, "=100%", 60, "20"),
    "",
    at(5, "效益指标", 12, "社会效益指标", 26, "提升人才培养质量", 46, "显著", 60, "10"),
    "",
    at(1, "满意度指标", 10, "服务对象满意度指标", 26, "学生满意度", 46, "≥90%", 60, "10"),
    "",
    at(0, "填报日期：2024年1月10日", 30, "项目负责人：张三"),
    "",
    "",
    at(30, "18"),
    "\f（二）101-测试设备购置",
    "项目",
    at(5, "101-测试设备购置项目绩效目标表"),
    "",
    at(25, "（2024 年度）"),
    "",
    at(4, "项目名称", 20, "101-测试设备购置项目"),
    at(4, "项目类型", 20, "一般项目"),
    at(0, "主管部门及代码", 15, "[999]某部", 40, "实施单位", 50, "某大学本级"),
    at(4, "资金用途", 20, "设备"),
    at(12, "年度资金总额：", 48, "9.00"),
    at(14, "其中：财政拨款", 48, "9.00", 56, "执行率"),
    at(4, "项目资金", 56, "分值"),
    at(4, "（万元）", 18, "上年结转", 50, "-", 56, "（10）"),
    at(0, "年", 4, "完成设备购置。"),
    "度",
    "总",
    "体",
    "目",
    "标",
    at(5, "一级", 56, "分值"),
    at(13, "二级指标", 31, "三级指标", 46, "指标值"),
    at(5, "指标", 56, "（90）"),
    at(4, "成本指标", 12, "经济成本指标", 26, "设备成本控制有效性", 46, "有效", 58, "40"),
    at(4, "产出指标", 12, "数量指标", 26, "新增设备", 46, "≥5 台", 58, "30"),
    at(12, "服务对象满意度"),
    at(2, "满意度指标", 26, "师生使用满意度", 46, "≥95%", 58, "20"),
    at(15, "指标"),
  };

  private static final class Read {
    PerformanceSheets sheets;
    ReadReport report;
  }

  private static Read read(String... text) {
    List<SourceLine> lines = new ArrayList<>();
    for (int i = 0; i < text.length; i++) {
      lines.add(SourceLine.of(i + 1, text[i]));
    }
    LineLedger ledger = new LineLedger("test", lines);
    Read r = new Read();
    r.sheets = SheetsReader.read(lines, new ReadContext(ledger, "某大学", 2024));
    r.report = ledger.report();
    return r;
  }

  @Test
  void readsEveryFieldOfALayoutSheet() {
    Read r = read(LAYOUT);
    assertThat(r.sheets.projectSheets()).hasSize(2);
    ProjectPerformanceSheet s = r.sheets.projectSheets().get(0);
    assertThat(s.title()).contains("101 测试教学改革专项项目绩效目标表");
    assertThat(s.yearLine()).contains("（2024 年度）");
    assertThat(s.projectName()).contains("101 测试教学改革专项");
    assertThat(s.supervisingDepartment()).contains("[999]某部");
    assertThat(s.implementingUnit()).contains("某大学本级");
    assertThat(s.fundingUnit()).contains(MoneyUnit.WAN_YUAN);
    FundingBlock f = s.annualFunding().orElseThrow();
    assertThat(f.totalLabel()).contains("年度资金总额");
    assertThat(f.total().flatMap(a -> a.amount())).contains(WanYuan.parse("1200.50"));
    assertThat(f.sources()).extracting(l -> l.source().orElseThrow()).containsExactly(
        FundingSource.FISCAL_APPROPRIATION, FundingSource.CARRIED_OVER, FundingSource.OTHER);
    assertThat(f.line(FundingSource.CARRIED_OVER).orElseThrow().amount().amount())
        .contains(WanYuan.parse("200.50"));
    assertThat(f.line(FundingSource.OTHER).orElseThrow().amount().isBlank()).isTrue(); // printed "-"
    assertThat(f.sumOfSources()).contains(WanYuan.parse("1200.50"));
    assertThat(s.implementationFunding()).isEmpty();
    assertThat(s.executionRateScore()).contains("10");
    assertThat(s.indicatorScoreTotal()).contains("90");
    assertThat(s.annualGoal()).contains("1. 加强课程建设，提升人才培养能力。2.优化专业结构。");

    List<Indicator> is = s.annualIndicators();
    assertThat(is).extracting(i -> i.name().orElse("")).containsExactly("建设课程数量",
        "获省级以上奖励数量", "课程验收通过率", "提升人才培养质量", "学生满意度");
    assertThat(is).extracting(i -> i.target().raw()).containsExactly("≥20 门", "≥15 个", "=100%",
        "显著", "≥90%");
    assertThat(is).extracting(i -> i.score().orElse("")).containsExactly("30", "20", "20", "10", "10");
    assertThat(is).extracting(i -> i.type().orElseThrow()).containsExactly(IndicatorLevel2.QUANTITY,
        IndicatorLevel2.QUANTITY, IndicatorLevel2.QUALITY, IndicatorLevel2.SOCIAL_BENEFIT,
        IndicatorLevel2.SERVICE_SATISFACTION);
    assertThat(is).extracting(i -> i.level1().orElseThrow().label()).containsExactly("产出指标",
        "产出指标", "产出指标", "效益指标", "满意度指标");
    assertThat(s.footer().flatMap(x -> x.filledDate())).contains("2024年1月10日");
    assertThat(s.footer().flatMap(x -> x.responsiblePerson())).contains("张三");
    assertThat(s.unrecognized()).isEmpty();

    // every line is accounted for; the page number is skipped as such
    assertThat(r.report.lines()).noneMatch(l -> l.disposition() == LineDisposition.NOT_UNDERSTOOD);
    assertThat(r.report.lines().get(44).reason()).isEqualTo("page number");
  }

  @Test
  void fieldsTheReaderDoesNotKnowAreReportedOncePerSheetWithTheirCount() {
    Read r = read(LAYOUT);
    ProjectPerformanceSheet s = r.sheets.projectSheets().get(1);
    assertThat(s.title()).contains("101-测试设备购置项目绩效目标表");
    assertThat(s.projectName()).contains("101-测试设备购置项目");
    assertThat(s.implementingUnit()).contains("某大学本级");
    assertThat(s.annualFunding().flatMap(FundingBlock::total).flatMap(a -> a.amount()))
        .contains(WanYuan.parse("9.00"));
    assertThat(s.annualGoal()).contains("完成设备购置。");
    assertThat(s.unrecognized()).containsExactly(LabeledValue.of("项目类型", "一般项目"),
        LabeledValue.of("资金用途", "设备"));
    List<Indicator> is = s.annualIndicators();
    assertThat(is).extracting(i -> i.name().orElse("")).containsExactly("设备成本控制有效性", "新增设备",
        "师生使用满意度");
    assertThat(is.get(0).level1().orElseThrow().label()).isEqualTo("成本指标");
    assertThat(is.get(0).level2().orElseThrow().label()).isEqualTo("经济成本指标");
    assertThat(is.get(0).type()).contains(IndicatorLevel2.COST);
    assertThat(is.get(2).level2().orElseThrow().label()).isEqualTo("服务对象满意度指标");
    assertThat(is.get(2).level1Type()).contains(IndicatorLevel1.SATISFACTION);

    List<ReadIssue> warnings = r.report.issues().stream()
        .filter(i -> i.level() == ReadIssue.Level.WARNING).toList();
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).table()).contains("绩效目标表#2");
    assertThat(warnings.get(0).line()).isEqualTo(53);
    assertThat(warnings.get(0).message()).startsWith("2 cell(s) of the sheet not recognised")
        .contains("'项目类型'", "'资金用途'");
    assertThat(r.report.issues()).filteredOn(i -> i.level() == ReadIssue.Level.INFO)
        .allSatisfy(i -> assertThat(i.message()).doesNotContain("not recognised"));
  }

  @Test
  void aTabSheetOfAnotherTemplateReportsItsUnknownCellsOnceAndReadsAFooterBelowItsTable() {
    Read r = read(
        "某县某局(单位)项目支出绩效目标表",
        "(2025年度)",
        "项目名称\t\t测试项目",
        "项目起止时间(起止日期)\t\t项目期限\t\t1年",
        "项目内容\t\t第一段说明",
        "项目意义\t\t第二段说明",
        "绩效指标\t一级指标\t二级指标\t三级指标\t指标值",
        "\t产出指标\t数量指标\t购置器械\t≥12套",
        "填报日期：\t20250117161320\t项目负责人：\t李四",
        "十一、其他");
    ProjectPerformanceSheet s = r.sheets.projectSheets().get(0);
    assertThat(s.projectName()).contains("测试项目");
    assertThat(s.projectPeriod()).contains("1年");
    assertThat(s.annualIndicators().isEmpty() ? s.implementationIndicators() : s.annualIndicators())
        .extracting(i -> i.name().orElse("")).containsExactly("购置器械");
    assertThat(s.unrecognized()).extracting(LabeledValue::value).containsExactly(
        "项目起止时间(起止日期)", "项目内容", "第一段说明", "项目意义", "第二段说明");
    assertThat(s.footer().flatMap(x -> x.filledDate())).contains("20250117161320");
    assertThat(s.footer().flatMap(x -> x.responsiblePerson())).contains("李四");
    // the heading after the sheet is the narrative's (no narrative reader here)
    List<ReadIssue> warnings = r.report.issues().stream()
        .filter(i -> i.level() == ReadIssue.Level.WARNING && i.table().isPresent()).toList();
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).line()).isEqualTo(4);
    assertThat(warnings.get(0).message()).startsWith("5 cell(s) of the sheet not recognised");
  }
}
