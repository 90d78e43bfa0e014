package org.yusuan.budget.disclosure.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.disclosure.LineRecord;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.performance.FundingBlock;
import org.yusuan.budget.performance.FundingSource;
import org.yusuan.budget.performance.Indicator;
import org.yusuan.budget.performance.IndicatorLevel2;
import org.yusuan.budget.performance.ProjectPerformanceSheet;

/**
 * The 项目绩效目标表 of a real document of the central template ({@code swu-2024-budget} of the shared
 * corpus, layout text): how many sheets are read, fields of two sheets checked by eye against the
 * text, the unrecognised cells per sheet. Skipped, with a notice, where the corpus is absent.
 */
class CorpusSheetsTest {
  private static Disclosure swu;

  /** The corpus beside the repository: {@code shared/corpus} in the module's dir or an ancestor. */
  static Optional<Path> corpus() {
    return org.yusuan.budget.disclosure.Corpus.dir();
  }

  @BeforeAll
  static void read() throws Exception {
    Optional<Path> c = corpus().map(p -> p.resolve("text/swu-2024-budget.txt")).filter(Files::exists);
    if (c.isEmpty()) {
      System.out.println("CorpusSheetsTest skipped: shared/corpus/text/swu-2024-budget.txt is not "
          + "beside the repository");
    }
    Assumptions.assumeTrue(c.isPresent(), "the shared corpus is absent");
    swu = DisclosureReader.read(c.get());
  }

  private static List<ProjectPerformanceSheet> sheets() {
    return swu.budget().projectSheets();
  }

  @Test
  void readsEverySheetAndKnowsEveryField() {
    assertThat(sheets()).hasSize(26);
    int fields = 0;
    int indicators = 0;
    for (ProjectPerformanceSheet s : sheets()) {
      assertThat(s.unrecognized()).as("%s", s.projectName()).isEmpty();
      assertThat(s.projectName()).isPresent();
      assertThat(s.supervisingDepartment()).contains("[105]教育部");
      assertThat(s.implementingUnit()).isPresent();
      assertThat(s.fundingUnit()).contains(MoneyUnit.WAN_YUAN);
      FundingBlock f = s.annualFunding().orElseThrow();
      assertThat(f.sumOfSources()).isEqualTo(f.total().flatMap(a -> a.amount()));
      assertThat(s.executionRateScore()).contains("10");
      assertThat(s.indicatorScoreTotal()).contains("90");
      assertThat(s.annualGoal()).isPresent();
      // the 分值 of the rows add up to the total the header prints
      int sum = s.annualIndicators().stream().mapToInt(i -> Integer.parseInt(i.score().orElseThrow())).sum();
      assertThat(sum).as("%s", s.projectName()).isEqualTo(90);
      for (Indicator i : s.annualIndicators()) {
        assertThat(i.name()).isPresent();
        assertThat(i.target().raw()).isNotEmpty();
        assertThat(i.level1()).isPresent();
        assertThat(i.level2()).isPresent();
        assertThat(i.level1Type()).isPresent();
      }
      indicators += s.annualIndicators().size();
      // name, department, unit, unit of money, total, sources, 执行率 分值, 分值 total, goal
      fields += 8 + f.sources().size() + 5 * s.annualIndicators().size();
    }
    assertThat(indicators).isEqualTo(265);
    System.out.println("swu-2024-budget: " + sheets().size() + " sheets, " + indicators
        + " indicators, " + fields + " fields read, 0 unrecognised");
    // no line of the sheets is left not understood, and no sheet warns of unrecognised cells
    List<LineRecord> lines = swu.report().lines();
    assertThat(lines.subList(425, lines.size()))
        .noneMatch(l -> l.disposition() == LineDisposition.NOT_UNDERSTOOD);
    assertThat(swu.report().issues()).noneMatch(i -> i.message().contains("not recognised"));
  }

  @Test
  void theFirstSheetAsPrinted() {
    ProjectPerformanceSheet s = sheets().get(0);
    assertThat(s.title()).contains("236 中央高校教育教学改革专项项目绩效目标表");
    assertThat(s.yearLine()).contains("（2024 年度）");
    assertThat(s.projectName()).contains("236 中央高校教育教学改革专项");
    assertThat(s.implementingUnit()).contains("西南大学本级");
    FundingBlock f = s.annualFunding().orElseThrow();
    assertThat(f.total().orElseThrow().raw()).isEqualTo("1,960.35");
    assertThat(f.line(FundingSource.FISCAL_APPROPRIATION).orElseThrow().amount().amount())
        .contains(WanYuan.parse("1930.00"));
    assertThat(f.line(FundingSource.CARRIED_OVER).orElseThrow().amount().amount())
        .contains(WanYuan.parse("30.35"));
    assertThat(f.line(FundingSource.OTHER).orElseThrow().amount().raw()).isEqualTo("-");
    assertThat(s.annualGoal().orElseThrow()).startsWith("1. 加强教育教学改革研究")
        .endsWith("7.组织实验技术人员交流培训,强化实验技术队伍建设。");
    List<Indicator> is = s.annualIndicators();
    assertThat(is).hasSize(18);
    assertIndicator(is.get(0), "产出指标", "数量指标", "基础学科拔尖创新基地", "≥1 个", "5");
    // a name wrapped around its row's middle line
    assertIndicator(is.get(2), "产出指标", "数量指标", "教改项目、论文等获省市级以上奖励数量", "≥15 个", "5");
    // a value wrapped around it
    assertIndicator(is.get(8), "产出指标", "数量指标", "设备更新", "≥32 台、件、套", "5");
    assertIndicator(is.get(11), "产出指标", "质量指标", "近三年专业调整率", "≥9%", "5");
    // the first row of a group printed above its labels
    assertIndicator(is.get(13), "效益指标", "社会效益指标", "深化产学研合作提高人才培养质量作用", "显著", "10");
    assertIndicator(is.get(17), "满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "5");
  }

  @Test
  void theHouseRepairSheetWithItsCostGroupAndWrappedLabels() {
    ProjectPerformanceSheet s = sheets().get(6);
    assertThat(s.projectName()).contains("236-中央高校改善基本办学条件专项-房屋修缮项目");
    FundingBlock f = s.annualFunding().orElseThrow();
    assertThat(f.total().flatMap(a -> a.amount())).contains(WanYuan.parse("3532.64"));
    assertThat(f.line(FundingSource.FISCAL_APPROPRIATION).orElseThrow().amount().raw()).isEqualTo("2,450.00");
    assertThat(f.line(FundingSource.CARRIED_OVER).orElseThrow().amount().raw()).isEqualTo("1,082.64");
    List<Indicator> is = s.annualIndicators();
    assertThat(is).hasSize(12);
    assertIndicator(is.get(0), "成本指标", "经济成本指标", "修缮项目成本控制有效性", "有效", "20");
    assertThat(is.get(0).type()).contains(IndicatorLevel2.COST);
    assertIndicator(is.get(1), "产出指标", "数量指标", "修缮房屋的建筑面积", "≥13071.01 平方米", "10");
    assertIndicator(is.get(5), "效益指标", "经济效益指标", "房屋修缮类项目持续发挥作用期限", "≥10 年", "4");
    assertIndicator(is.get(9), "效益指标", "生态效益指标", "绿色校园建设贡献", "很好", "4");
    // 服务对象满意度指 / 标 wrapped around 满意度指标
    assertIndicator(is.get(10), "满意度指标", "服务对象满意度指标", "教职工满意度", "≥95%", "5");
    assertIndicator(is.get(11), "满意度指标", "服务对象满意度指标", "学生满意度", "≥95%", "5");
  }

  @Test
  void aTitleWrappedOntoTwoLines() {
    ProjectPerformanceSheet s = sheets().get(8);
    assertThat(s.title()).contains("236-中央高校改善基本办学条件专项-基础设施改造项目（小学）项目绩效目标表");
    assertThat(s.implementingUnit()).contains("西南大学附属小学");
    assertThat(s.annualFunding().flatMap(FundingBlock::total).orElseThrow().raw()).isEqualTo("55.77");
    assertThat(s.annualIndicators()).hasSize(10);
  }

  private static void assertIndicator(Indicator i, String l1, String l2, String name, String value,
      String score) {
    assertThat(i.level1().orElseThrow().label()).isEqualTo(l1);
    assertThat(i.level2().orElseThrow().label()).isEqualTo(l2);
    assertThat(i.name()).contains(name);
    assertThat(i.target().raw()).isEqualTo(value);
    assertThat(i.score()).contains(score);
  }
}
