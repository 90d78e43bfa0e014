package org.yusuan.budget.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.table.ImmutableProjectGroup;
import org.yusuan.budget.table.ProjectRow;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.table.TotalRow;

/**
 * The strong and unique pairing of a sheet and a project by the cores of their names ({@link
 * NameCore}, {@link CorePairing}): a budget code, the department (or its place) before a name and
 * 费用/经费/项目 after it do not undo a pair, whatever the amounts; a name whose core is related to two
 * projects, or a project related to two sheets, pairs nothing.
 */
class CorePairingProperties {
  private static final String DEPARTMENT = "某市某局";
  /** Projects whose cores do not contain one another. */
  private static final List<String> PROJECTS = List.of("高层次人才计划专项", "教师工作专项",
      "港澳台学生奖学金", "研究生教育综合改革专项", "语言文字应用与推广专项", "资源昆虫实验室开放运行");

  @Provide
  Arbitrary<String> prefixes() {
    return Arbitraries.of("", "236", "236 ", "236-", "105-", DEPARTMENT, "某市", DEPARTMENT + "236 ");
  }

  @Provide
  Arbitrary<String> suffixes() {
    return Arbitraries.of("", "经费", "项目", "费用", "经费项目", "项目经费");
  }

  @Property
  void renamingWithPrefixesAndSuffixesKeepsThePair(@ForAll @IntRange(min = 0, max = 5) int which,
      @ForAll("prefixes") String prefix, @ForAll("suffixes") String suffix,
      @ForAll @IntRange(min = 1, max = 99999) int cents) {
    List<String> sheets = new ArrayList<>(PROJECTS);
    sheets.set(which, prefix + PROJECTS.get(which) + suffix);
    // the renamed sheet's amount differs from every project's (those are whole 万元 from 100)
    BigDecimal odd = BigDecimal.valueOf(cents * 100L + 1, 2);
    DepartmentBudget b = budget(PROJECTS, sheets, which, odd);
    SheetMatching.Match m = b.sheetPairing().matches().get(which);
    assertThat(m.project()).as("%s", sheets.get(which)).isPresent();
    assertThat(m.project().get().row().printedName()).isEqualTo(PROJECTS.get(which));
    assertThat(m.amountConfirmed()).isFalse();
    // every other sheet keeps its own project
    for (int i = 0; i < PROJECTS.size(); i++) {
      assertThat(b.sheetPairing().matches().get(i).project().map(p -> p.row().printedName()))
          .contains(PROJECTS.get(i));
    }
  }

  @Property
  void aNameRelatedToTwoProjectsPairsNothing(@ForAll("prefixes") String prefix,
      @ForAll("suffixes") String suffix, @ForAll @IntRange(min = 0, max = 5) int which) {
    String core = PROJECTS.get(which);
    // two projects whose names both contain the sheet's core
    List<String> projects = List.of(core + "一期工程", "第二批" + core);
    List<String> sheets = List.of(prefix + "236 " + core + suffix);
    DepartmentBudget b = budget(projects, sheets, 0, new BigDecimal("0.07"));
    assertThat(b.sheetPairing().matches().get(0).project()).isEmpty();
  }

  @Property
  void aProjectRelatedToTwoSheetsPairsNeither(@ForAll("prefixes") String prefix,
      @ForAll("suffixes") String suffix, @ForAll @IntRange(min = 0, max = 5) int which) {
    String core = PROJECTS.get(which);
    List<String> projects = List.of(core + "经费");
    List<String> sheets = List.of("236 " + core + "第一阶段工作", prefix + core + "第二阶段工作" + suffix);
    DepartmentBudget b = budget(projects, sheets, -1, new BigDecimal("0.07"));
    assertThat(b.sheetPairing().matches()).allSatisfy(m -> assertThat(m.project()).isEmpty());
  }

  @Example
  void coresSetCodesDepartmentsAndSuffixesAside() {
    NameCore core = NameCore.of(List.of("泽州县自然资源局", "西南大学本级"));
    assertThat(core.core("236 高层次人才计划专项经费")).isEqualTo("高层次人才计划专项");
    assertThat(core.core("236-中央高校改善基本办学条件专项-设备资料购置项目"))
        .isEqualTo("中央高校改善基本办学条件专项-设备资料购置");
    assertThat(core.core("236“童语同音计划”-幼儿普通话教育项目")).isEqualTo("\"童语同音计划\"-幼儿普通话教育");
    assertThat(core.core("西南大学港澳台学生奖学金")).isEqualTo("港澳台学生奖学金");
    assertThat(core.core("泽州县珏槽线改迁项目")).isEqualTo("珏槽线改迁");
    // a year or a count is no budget code
    assertThat(core.core("2024年农村地质灾害治理搬迁")).isEqualTo("2024年农村地质灾害治理搬迁");
    assertThat(core.core("3个乡三维地形图测绘经费")).isEqualTo("3个乡三维地形图测绘");
    assertThat(NameCore.related("教师工作专项", "教师工作")).isTrue();
    assertThat(NameCore.related("教师", "教师工作专项")).isFalse(); // under 4 characters
  }

  /**
   * A budget of {@code projects} in 表十二 (合计 100, 200, … 万元) and {@code sheets} in order, sheet
   * {@code i} funded like project {@code i} except sheet {@code odd}, funded {@code amount}.
   */
  static DepartmentBudget budget(List<String> projects, List<String> sheets, int odd,
      BigDecimal amount) {
    ImmutableProjectGroup.Builder g = ImmutableProjectGroup.builder()
        .addSubtotalRows(TotalRow.of(DEPARTMENT, "0.00", "0.00", "", "", "", ""));
    for (int i = 0; i < projects.size(); i++) {
      String a = (i + 1) * 100 + ".00";
      g.addProjects(ProjectRow.of(projects.get(i), a, a, "", "", "", ""));
    }
    ProjectTable t12 = ProjectTable.builder(TableProfile.standard().requireSpec(TableId.T12))
        .addGroups(g.build()).build();
    ImmutableDepartmentBudget.Builder b = ImmutableDepartmentBudget.builder()
        .departmentName(DEPARTMENT).budgetYear(2024).addProjectTables(t12);
    for (int i = 0; i < sheets.size(); i++) {
      BigDecimal a = i == odd ? amount : BigDecimal.valueOf((i + 1) * 100L);
      b.addProjectSheets(ImmutableProjectPerformanceSheet.builder().projectName(sheets.get(i))
          .annualFunding(ImmutableFundingBlock.builder().totalLabel("年度资金总额")
              .total(PrintedAmount.of(a, MoneyUnit.WAN_YUAN)).build())
          .build());
    }
    return b.build();
  }
}
