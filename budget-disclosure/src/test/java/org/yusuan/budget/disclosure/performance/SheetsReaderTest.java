package org.yusuan.budget.disclosure.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.disclosure.ReadReport;
import org.yusuan.budget.disclosure.table.ReadContext;
import org.yusuan.budget.disclosure.text.LineLedger;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.performance.FundingSource;
import org.yusuan.budget.performance.Indicator;
import org.yusuan.budget.performance.IndicatorLevel2;
import org.yusuan.budget.performance.ProjectPerformanceSheet;

/** Small sheets built from the variants of docs/domain/performance-sheets.md §2 (cells joined by tabs). */
class SheetsReaderTest {
  private static final String[] STANDARD = {
    "某市市级预算部门（单位）项目支出绩效目标申报表",
    "(2024年度)",
    "项目名称\t\t测试项目经费\t\t\t",
    "主管部门及代码\t\t210-某市某局\t\t实施单位\t\t某中心",
    "项目属性\t\t一次性项目（1年结束）\t\t项目期\t\t1年",
    "项目资金（元）\t\t实施期资金总额：\t\t180,000\t\t年度资金总额：\t\t1000万元",
    "\t\t其中：中央财政资金\t\t0\t\t其中：中央财政资金\t\t0",
    "\t\t市县（区）财政资\t\t180,000\t\t市县（区）财政资\t\t180,000",
    "\t\t其他资金\t\t\t\t其他资金\t\t",
    "项目概况\t\t<p>概况文字</p>",
    "实施期目标\t\t\t\t年度目标",
    "总体目标\t\t实施期目标文字\t\t\t\t年度目标文字",
    "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值",
    "\t产出指标\t数量指标\t购置器械\t≥12套（台）\t数量指标\t购置器械\t≥12套（台）",
    "\t\t\t购置药剂\t$\\geq 90\\%$\t\t购置药剂\t≥1.5吨",
    "\t器械成本\t\t≤10万元\t器械成本\t\t≤10万元",
    "\t效益指标\t经济效益\t对当地经济的发展\t保障\t经济效益\t对当地经济的发展\t保障",
    "满意度指标\t服务对象满意度指\t公众满意度\t≥90%\t服务对象满意度指\t公众满意度\t≥90%",
    "负责人：\t经办人：\t联系电话：\t填报日期：",
    "\t\t\t20240126181537",
    "十一、国有资产占有使用情况",
  };

  private static List<SourceLine> lines(String... text) {
    List<SourceLine> out = new ArrayList<>();
    for (int i = 0; i < text.length; i++) {
      out.add(SourceLine.of(i + 1, text[i]));
    }
    return out;
  }

  private static final class Read {
    PerformanceSheets sheets;
    ReadReport report;
  }

  private static Read read(String... text) {
    List<SourceLine> lines = lines(text);
    LineLedger ledger = new LineLedger("test", lines);
    ReadContext context = new ReadContext(ledger, "某市某局", 2024);
    Read r = new Read();
    r.sheets = SheetsReader.read(lines, context);
    r.report = ledger.report();
    return r;
  }

  @Test
  void readsTheStandardSheet() {
    Read r = read(STANDARD);
    assertThat(r.sheets.projectSheets()).hasSize(1);
    ProjectPerformanceSheet s = r.sheets.projectSheets().get(0);
    assertThat(s.projectName()).contains("测试项目经费");
    assertThat(s.departmentCode()).contains("210");
    assertThat(s.implementingUnit()).contains("某中心");
    assertThat(s.periodYears()).contains(1);
    assertThat(s.fundingUnit()).contains(MoneyUnit.YUAN);
    assertThat(s.implementationFunding().get().total().get().amount().get().toString())
        .isEqualTo("18.00");
    // the cell's own unit wins over the block's
    assertThat(s.annualFunding().get().total().get().unit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(s.annualFunding().get().line(FundingSource.MUNICIPAL_COUNTY)).isPresent();
    assertThat(s.implementationFunding().get().line(FundingSource.OTHER).get().amount().isBlank())
        .isTrue();
    assertThat(s.texts().get(0).text()).isEqualTo("<p>概况文字</p>");
    assertThat(s.implementationGoal()).contains("实施期目标文字");
    assertThat(s.annualGoal()).contains("年度目标文字");
    assertThat(s.footer().get().filledDate()).contains("20240126181537");
    assertThat(s.implementationIndicators()).hasSize(5);
    assertThat(s.annualIndicators()).hasSize(5);
    Indicator second = s.implementationIndicators().get(1);
    assertThat(second.type()).contains(IndicatorLevel2.QUANTITY);   // inherited
    assertThat(second.target().raw()).isEqualTo("$\\geq 90\\%$");
    assertThat(second.target().number().get().intValue()).isEqualTo(90);
    Indicator cost = s.implementationIndicators().get(2);
    assertThat(cost.name()).contains("器械成本");
    assertThat(cost.target().raw()).isEqualTo("≤10万元");
    assertThat(s.annualIndicators().get(4).type()).contains(IndicatorLevel2.SERVICE_SATISFACTION);
    // only the heading after the sheets is left (to the narrative reader)
    assertThat(r.report.lines(LineDisposition.NOT_UNDERSTOOD)).singleElement()
        .matches(l -> l.line() == STANDARD.length && l.reason().equals("no reader took this line"));
  }

  @Test
  void projectNamePrintedAboveItsLabel() {
    Read r = read("某县(区)级预算部门(单位)项目支出绩效目标表\t\t", "(2025年度)\t\t",
        "2024年某项目\t\t\t",
        "项目名称\t048-某县某局\t\t实施单位\t\t某局",
        "项目属性\t一次性项目(1年结束)\t\t项目期\t\t1年");
    ProjectPerformanceSheet s = r.sheets.projectSheets().get(0);
    assertThat(s.projectName()).contains("2024年某项目");
    assertThat(s.supervisingDepartment()).contains("048-某县某局");
    assertThat(r.report.issues()).anyMatch(i -> i.message().contains("line above its label"));
  }

  @Test
  void departmentSheet() {
    Read r = read("市级预算部门（单位）整体支出绩效目标申报表", "（2024）年度",
        "部门基本信息\t部门名称\t210-某市某局\t\t",
        "\t内设职能部门数\t22个\t所属预算单位数\t10个",
        "年度预算情况\t按资金来源划分\t资金总额（万元）\t按资金方向划分\t资金总额（万元）",
        "\t合 计\t52474.24\t合 计\t52474.24",
        "\t其中：一般公共预算资金\t26533.80\t其中：基本支出\t5989.56",
        "\t国有资本经营预算资金\t0.00\t\t",
        "年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值",
        "\t产出指标\t成本指标\t项目支出\t≤46484.675105万元",
        "\t基本支出\t\t≤5989.564001万元\t");
    var d = r.sheets.departmentSheet().get();
    assertThat(d.department()).contains("210-某市某局");
    assertThat(d.counts()).hasSize(2);
    assertThat(d.sourceTotal().get().raw()).isEqualTo("52474.24");
    assertThat(d.directionTotal()).isPresent();
    assertThat(d.sources()).hasSize(2);
    assertThat(d.directions()).hasSize(1);
    assertThat(d.indicators()).hasSize(2);
    assertThat(d.indicators().get(1).name()).contains("基本支出");
    assertThat(d.indicators().get(1).type()).contains(IndicatorLevel2.COST);
    assertThat(r.report.lines(LineDisposition.NOT_UNDERSTOOD)).isEmpty();
  }

  /** Any shuffle of a sheet's lines and cells is read without an exception, every line marked. */
  @Property(tries = 60)
  void neverThrowsOnDamagedSheets(@ForAll @IntRange(min = 0, max = 100000) int seed) {
    Random random = new Random(seed);
    List<String> text = new ArrayList<>(List.of(STANDARD).subList(0, STANDARD.length - 1));
    for (int i = 2; i < text.size(); i++) {
      if (random.nextInt(3) == 0) {
        List<String> cells = new ArrayList<>(List.of(text.get(i).split("\t", -1)));
        java.util.Collections.shuffle(cells, random);
        text.set(i, String.join("\t", cells));
      }
    }
    java.util.Collections.shuffle(text.subList(2, text.size()), random);
    Read r = read(text.toArray(new String[0]));
    assertThat(r.report.lines()).allMatch(l -> !l.reason().equals("no reader took this line"));
    assertThat(r.sheets.projectSheets()).isNotEmpty();
  }

  @Test
  void noSheetsNoLinesTaken() {
    Read r = read("第三部分 说明", "十、绩效管理情况", "没有表");
    assertThat(r.sheets.projectSheets()).isEmpty();
    assertThat(r.sheets.departmentSheet()).isEqualTo(Optional.empty());
    assertThat(r.report.lines(LineDisposition.READ)).isEmpty();
  }
}
