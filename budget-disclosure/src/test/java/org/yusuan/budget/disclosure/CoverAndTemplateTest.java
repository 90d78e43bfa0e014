package org.yusuan.budget.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.template.Templates;

/** Department, year and template from whatever names them (issue H items 1–3). */
class CoverAndTemplateTest {
  private static Disclosure read(String... lines) throws IOException {
    return DisclosureReader.read(new StringReader(String.join("\n", lines) + "\n"), "t.txt");
  }

  @Test
  void aCoverThatNamesItsBodyGivesDepartmentAndYear() throws IOException {
    Disclosure d = read("某某市商务局2025年单位预算信息公开", "", "一、单位主要职能");
    assertThat(d.budget().departmentName()).isEqualTo("某某市商务局");
    assertThat(d.budget().budgetYear()).isEqualTo(2025);
  }

  @Test
  void aLabelledLineNamesTheDepartmentBeforeARegionOnTheCover() throws IOException {
    Disclosure d = read("某某市某某区2024年区级部门预算", "", " 预算主管部门：某某区某某街道办事处",
        "   目   录");
    assertThat(d.budget().departmentName()).isEqualTo("某某区某某街道办事处");
    assertThat(d.budget().budgetYear()).isEqualTo(2024);
    assertThat(d.report().lines().get(2).disposition()).isEqualTo(LineDisposition.READ);
  }

  @Test
  void aUnitBudgetCoverLabelIsReadButATablePreambleOfTheSameLabelIsLeftToTheTable() throws IOException {
    Disclosure d = read("某某市某某区2025年区级单位预算", "", "   预算单位：某某委员会", "",
        "2025年预算单位支出预算总表", "预算单位：某某委员会               单位：元", "",
        "合计   100   0   100");
    assertThat(d.budget().departmentName()).isEqualTo("某某委员会");
    assertThat(d.report().lines().get(2).disposition()).isEqualTo(LineDisposition.READ);
    assertThat(d.report().lines().get(2).reason()).isEqualTo("cover: unit name (预算单位)");
    assertThat(d.report().lines().get(5).reason()).isNotEqualTo("cover: unit name (预算单位)");
  }

  @Test
  void pageTextThatRunsTheContentsHeadingOntoTheLabelIsCut() throws IOException {
    Disclosure d = read("某某市某某区2026年区级单位预算", "预算单位：某某街道办事处（本级）目  录", "一、单位主要职能");
    assertThat(d.budget().departmentName()).isEqualTo("某某街道办事处（本级）");
  }

  @Test
  void aLabelAboveATableNamesTheDepartmentWhenNoCoverDoes() throws IOException {
    Disclosure d = read("2024年部门支出预算总表",
        "编制部门：某某街道办事处                               单位：元",
        "合计   100   0   100");
    assertThat(d.budget().departmentName()).isEqualTo("某某街道办事处");
    assertThat(d.budget().budgetYear()).isEqualTo(2024);
    assertThat(d.budget().profile().name()).isEqualTo("shanghai-department");
  }

  @Test
  void withoutAnyYearTheMessageSaysWhatWasLookedFor() {
    assertThatThrownBy(() -> read("某某局", "部门主要职能"))
        .isInstanceOf(DisclosureFormatException.class)
        .hasMessageStartingWith("t.txt: no budget year: no cover line")
        .hasMessageContaining("NAME YYYY年单位预算");
  }

  @Test
  void withAYearButNoNameTheMessageListsTheLabels() {
    assertThatThrownBy(() -> read("2024年度部门预算", "一、部门主要职能"))
        .isInstanceOf(DisclosureFormatException.class)
        .hasMessageContaining("no department name").hasMessageContaining("编制单位：");
  }

  @Test
  void theTemplateIsDetectedFromTheTitlesAndTheNumbersComeFromTheContents() throws IOException {
    Disclosure d = read("某某大学", "2024 年度部门预算", "", "目 录",
        "一、 学校基本情况 .............. 3",
        "表3 财政拨款支出预算表 .............. 8",
        "", "某某大学收支预算总表", "单位：万元", "",
        "某某大学财政拨款支出预算表", "单位：万元", "合计   1.00   1.00   0.00");
    assertThat(d.budget().profile().name()).isEqualTo("central-department");
    BudgetTable t14 = d.budget().table(TableId.T14).orElseThrow();
    assertThat(t14.printedNumber()).contains("表3");
    assertThat(t14.printedTitle()).contains("某某大学财政拨款支出预算表");
    assertThat(t14.printedLabel()).contains("表3 某某大学财政拨款支出预算表");
    assertThat(d.budget().table(TableId.T1).orElseThrow().printedNumber()).isEmpty();
  }

  @Test
  void aTableOfContentsWithoutLeadersIsNotTakenForTheTables() throws IOException {
    Disclosure d = read("某某区2025年区级单位预算", "预算单位：某某委员会", "目   录",
        "五、单位预算表", "  1. 2025年预算单位财务收支预算总表", "  2. 2025年预算单位收入预算总表",
        "六、其他相关情况说明",
        "某某委员会主要职能，主要职能包括贯彻执行国家和本市有关工商业、内外贸、粮食流通等方面的方针政策和法律法规及规章并制订具体实施意见。",
        "2025年预算单位收入预算总表", "编制单位：某某委员会               单位：元", "",
        "合计   100.00   100.00");
    assertThat(d.budget().profile().name()).isEqualTo("shanghai-unit");
    BudgetTable t2 = d.budget().table(TableId.T2).orElseThrow();
    assertThat(t2.printedNumber()).contains("2");
    assertThat(t2.printedLabel()).contains("表2 预算单位收入预算总表");
    assertThat(d.report().lines().get(4).reason()).isEqualTo("table of contents");
    assertThat(d.budget().table(TableId.T1)).isEmpty();
  }

  @Test
  void aNamedTemplateOverridesDetection() throws IOException {
    Disclosure d = DisclosureReader.read(new StringReader("某某局\n2025年度部门预算公开\n"), "t.txt",
        Templates.named("central-department"), Optional.empty());
    assertThat(d.budget().profile().name()).isEqualTo("central-department");
  }

  @Test
  void aDocumentOfNoKnownTemplateIsReadAndSaysSo() throws IOException {
    Disclosure d = read("某某局", "2025年度部门预算", "一、部门职责");
    assertThat(d.budget().profile().name()).isEqualTo("standard-2024");
    assertThat(d.report().issues()).anySatisfy(i -> assertThat(i.message())
        .startsWith("no built-in template recognised"));
  }
}
