package org.yusuan.budget.validation.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yusuan.budget.document.TextBlockKind.EMPTY_TABLE_NOTE;
import static org.yusuan.budget.document.TextBlockKind.HEADING;
import static org.yusuan.budget.document.TextBlockKind.PARAGRAPH;
import static org.yusuan.budget.document.TextBlockKind.RUNNING_HEADER;
import static org.yusuan.budget.document.TextBlockKind.TABLE_TITLE;
import static org.yusuan.budget.document.TextBlockKind.TOC_ENTRY;
import static org.yusuan.budget.validation.rules.quality.QualityCases.budget;
import static org.yusuan.budget.validation.rules.quality.QualityCases.findings;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.table.Seed003Model;
import org.yusuan.budget.template.DocumentKind;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Outcome;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.Validator;

/** The Q rules (文本质量) on seed 003 given small texts: each passes clean text and locates its defect. */
class QualityRulesTest {
  private static String where(Finding f) {
    return f.location().line().orElseThrow() + " " + f.location().row().orElseThrow();
  }

  @Test
  void withoutATextTheRulesAreNotApplicable() {
    var report = Validator.of(List.of(Placeholders.RULE)).validate(
        ImmutableDepartmentBudget.copyOf(Seed003Model.budget()));
    assertThat(report.outcome("Q1").orElseThrow()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void q1PlaceholdersAndAlternatives() {
    assertThat(findings(Placeholders.RULE, budget(PARAGRAPH, "本部门共有X光机2台，XXL码服装。"))).isEmpty();
    List<Finding> f = findings(Placeholders.RULE, budget(
        HEADING, "XX局2025年度部门预算公开",
        PARAGRAPH, "截至20××年底，（单位名称）支出比上年增加（减少）5万元，增长/下降3%，增加（增加）。"));
    assertThat(f).extracting(QualityRulesTest::where).containsExactly(
        "10 XX局2025年度部…", "20 截至20××年底，（单位名称…", "20 …至20××年底，（单位名称）支出比上年增加（…",
        "20 …名称）支出比上年增加（减少）5万元，增长/下…", "20 …（减少）5万元，增长/下降3%，增加（增加…");
    assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(f.get(0).message(Locale.CHINESE)).isEqualTo("占位符与模板残留：标题中留有占位符「XX」（XX局2025年度部…）");
  }

  @Test
  void q2PunctuationAndSentences() {
    assertThat(findings(Punctuation.RULE, budget(
        PARAGRAPH, "根据《山西省财政厅关于印发〈目录〉的通知》(晋财综〔2023〕43号)，“三公”经费如下：",
        PARAGRAPH, "1）因公出国（境）费0万元",
        PARAGRAPH, "（项目绩效目标表公开情况见附件）",
        HEADING, "二、收入预算情况说明",
        PARAGRAPH, "2025年收入100万元，主要用于以下方面：1.人员经费",
        HEADING, "三、支出预算情况说明"))).isEmpty();
    List<Finding> f = findings(Punctuation.RULE, budget(
        PARAGRAPH, "收入减少1800余万元。；支出持平，，达到达到目标。",
        PARAGRAPH, "变动的主要原因是。分别为：办公室、收储中心）；基层站（下村站。",
        PARAGRAPH, "2025年一般公共预算当年支出2,633.69万元，比上年减少2039.97万元",
        HEADING, "六、一般公共预算基本支出情况说明"));
    assertThat(f).extracting(QualityRulesTest::where).containsExactly(
        "10 …少1800余万元。；支出持平，，达到…", "10 …万元。；支出持平，，达到达到目标。",
        "10 …。；支出持平，，达到达到目标。", "20 变动的主要原因是。分别为：办公室、…",
        "20 …办公室、收储中心）；基层站（下村站…", "30 …2039.97万元");
    assertThat(f.get(4).message(Locale.ENGLISH)).isEqualTo(
        "Punctuation and sentences: \"）\" has no partner bracket or quote in the paragraph (…办公室、收储中心）；基层站（下村站…)");
  }

  @Test
  void q3YearsOfTheText() {
    assertThat(findings(DocumentYears.RULE, budget(
        HEADING, "2025年度部门预算公开",
        TOC_ENTRY, "第二部分 2025年部门预算报表.....3",
        PARAGRAPH, "截至2024年12月31日，共有车辆4辆。与2024年预算数相同；比2024年减少2万元。",
        PARAGRAPH, "该校由1940年成立的学院与1946年创办的学院合并建立（晋财综〔2023〕43号）。",
        TABLE_TITLE, "2024年预算收支总表"))).isEmpty();
    List<Finding> f = findings(DocumentYears.RULE, budget(
        RUNNING_HEADER, "兴县自然资源局2024年部门预算公开报告",
        TOC_ENTRY, "第三部分 2024年度部门预算情况说明.....18",
        PARAGRAPH, "截至2025年12月31日，共有车辆4辆，与2023年预算数相比减少1辆，2023年当年预算执行数为2万元。"));
    assertThat(f).extracting(QualityRulesTest::where).containsExactly(
        "10 兴县自然资源局2024年部门预算公开报告", "20 第三部分 2024年度部门预算情况说…",
        "30 截至2025年12月31日，共…", "30 …，共有车辆4辆，与2023年预算数相比减少1辆，2023…",
        "30 …数相比减少1辆，2023年当年预算执行数为2万元。");
    assertThat(f.get(2).message(Locale.CHINESE)).isEqualTo(
        "文本年度：段落写作 截至2025年，文件年度为 2025 年，应为 2024 年（截至2025年12月31日，共…）");
    // seed 003 is of 2025: a 2025 决算 counts at the end of 2025 and compares with 2024's 决算
    List<Finding> finals = findings(DocumentYears.RULE, budget(DocumentKind.FINAL_ACCOUNTS,
        PARAGRAPH, "截至2025年12月31日，较2025年初预算增加，比2024年度决算增加。",
        PARAGRAPH, "截至2024年12月31日，比2025年度决算增加1万元。"));
    assertThat(finals).extracting(QualityRulesTest::where).containsExactly(
        "20 截至2024年12月31日，比…",
        "20 …年12月31日，比2025年度决算增加1万元。");
  }

  @Test
  void q4WordsOfTheDocumentsKind() {
    assertThat(findings(DocumentKindWords.RULE, budget(
        PARAGRAPH, "部门预算由本级单位预算和所属单位预算组成。",
        TABLE_TITLE, "2025年部门预算收支总表"))).isEmpty();
    assertThat(findings(DocumentKindWords.RULE, budget(DocumentKind.UNIT_BUDGET,
        TABLE_TITLE, "2025年预算单位一般公共预算基本支出部门预算经济分类预算表"))).isEmpty();
    assertThat(findings(DocumentKindWords.RULE, budget(HEADING, "2025年单位预算公开")))
        .extracting(QualityRulesTest::where).containsExactly("10 2025年单位预算公开");
    assertThat(findings(DocumentKindWords.RULE, budget(DocumentKind.UNIT_BUDGET,
        PARAGRAPH, "本单位按照部门预算编制要求编制。")))
        .extracting(QualityRulesTest::where).containsExactly("10 本单位按照部门预算编制要求编制。");
    assertThat(findings(DocumentKindWords.RULE, budget(DocumentKind.FINAL_ACCOUNTS,
        HEADING, "2024年度部门决算",
        RUNNING_HEADER, "某局2024年部门预算公开",
        PARAGRAPH, "本年支出预算数为100万元，决算数为98万元，完成年初预算的98%。")))
        .extracting(QualityRulesTest::where).containsExactly(
            "20 某局2024年部门预算公开", "30 本年支出预算数为100万元，决…");
  }

  @Test
  void q5ComparisonWordsAgainstTheirFigures() {
    assertThat(findings(ComparisonWords.RULE, budget(
        PARAGRAPH, "经费预算67.89万元,比2024年预算69.81万元减少1.92万元；上年结转39,213.89万元，比上年增加69155.51万元。",
        PARAGRAPH, "共有办公用房1421.9平方米（其中办公室1000平方米，会议室400平方米）。"))).isEmpty();
    List<Finding> f = findings(ComparisonWords.RULE, budget(
        PARAGRAPH, "经费预算67.89万元，比上年预算69.81万元增加1.92万元；支出5万元等于6万元。",
        PARAGRAPH, "共有办公用房1421.9平方米（其中办公室1000平方米，会议室500平方米）。"));
    assertThat(f).extracting(QualityRulesTest::where).containsExactly(
        "10 经费预算67.89万元，比上年预算69.81万元增加1.92万元；支…",
        "10 ….92万元；支出5万元等于6万元。", "20 共有办公用房1421.9平方米（其中办公室1000平方米，会议室500平方米）。");
    assertThat(f).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
    assertThat(f.get(2).message(Locale.CHINESE)).contains("括号内各项之和 1500 超过总数 1421.9");
  }

  @Test
  void q7ContentsAgainstTheBody() {
    assertThat(findings(ContentsMatchBody.RULE, budget(
        TOC_ENTRY, "一、单位主要职能 …………",
        TOC_ENTRY, "五、单位预算表 …………",
        TOC_ENTRY, "1.2025年预算单位财务收支预算总表 ………… 8",
        TOC_ENTRY, "第三部分 2025年度部门预算情况说明.....18",
        PARAGRAPH, "上海市普陀区商务委员会主要职能包括：",
        TABLE_TITLE, "2025年预算单位财务收支预算总表",
        EMPTY_TABLE_NOTE, "注：本表无数据",
        HEADING, "第三部分 2025年度部门预算",
        HEADING, "情况说明"))).isEmpty();
    assertThat(findings(ContentsMatchBody.RULE, budget(
        TOC_ENTRY, "表一2025年预算收支总表.....3",
        TOC_ENTRY, "表三2025年预算支出总表.....7",
        TOC_ENTRY, "十一、其他重要事项说明.....30",
        TABLE_TITLE, "2025年预算收支总表",
        TABLE_TITLE, "2025年预算收入总表",
        HEADING, "十一、其他重要事项的情况说明")))
        .extracting(QualityRulesTest::where).containsExactly(
            "20 表三2025年预算支出总表.....7", "30 十一、其他重要事项说明.....30",
            "50 2025年预算收入总表");
  }

  @Test
  void q8PartsTheTemplateRequires() {
    // seed 003's template (standard-2024): 主要职能, 机构设置, 编制说明, 其他相关情况说明, 名词解释
    assertThat(findings(RequiredParts.RULE, budget(
        TOC_ENTRY, "第四部分名词解释.....34",
        HEADING, "第一部分概况",
        HEADING, "一、本部门职责",
        PARAGRAPH, "负责全县自然资源管理。",
        HEADING, "二、机构设置情况",
        HEADING, "第三部分 2025年度部门预算",
        HEADING, "情况说明",  // wrapped onto a second line
        HEADING, "十二、其他说明",
        HEADING, "第四部分名词解释"))).isEmpty();
    List<Finding> f = findings(RequiredParts.RULE, budget(
        TOC_ENTRY, "第四部分名词解释.....34",
        HEADING, "第一部分概况",
        HEADING, "一、本部门职责",
        PARAGRAPH, "二、机构设置情况：本局内设8个科室。",
        HEADING, "第三部分 2025年度部门预算情况说明"));
    // a part the 目录 lists is located at its entry; one it does not, by its name only
    assertThat(f).extracting(x -> x.location().line().map(String::valueOf).orElse("-") + " "
        + x.location().row().orElseThrow())
        .containsExactly("- 机构设置", "- 其他相关情况说明", "10 名词解释");
    assertThat(f.get(2).severity()).isEqualTo(Severity.WARNING);
    assertThat(f.get(2).message(Locale.CHINESE)).isEqualTo(
        "必备部分：模板要求的部分「名词解释」在正文中没有标题（如名词解释）");
  }

  @Test
  void q2BracketsOfATextCell() {
    // seed 003's tables and sheets: every name's brackets are paired
    assertThat(findings(Punctuation.RULE, budget(PARAGRAPH, "本部门无其他事项。"))).isEmpty();
    var seed = Seed003Model.budget();
    var t12 = seed.projectTables().get(0);
    var group = t12.groups().get(0);
    var project = group.projects().get(0);
    var broken = org.yusuan.budget.table.ImmutableProjectRow.copyOf(project)
        .withPrintedName(project.printedName() + "（一期");
    var groups = new java.util.ArrayList<>(t12.groups());
    var projects = new java.util.ArrayList<>(group.projects());
    projects.set(0, broken);
    groups.set(0, org.yusuan.budget.table.ImmutableProjectGroup.copyOf(group).withProjects(projects));
    var tables = new java.util.ArrayList<>(seed.projectTables());
    tables.set(0, org.yusuan.budget.table.ImmutableProjectTable.copyOf(t12).withGroups(groups));
    var b = ImmutableDepartmentBudget.copyOf(budget(PARAGRAPH, "本部门无其他事项。")).withProjectTables(tables);
    List<Finding> f = findings(Punctuation.RULE, b);
    assertThat(f).extracting(x -> x.location().table().orElseThrow() + " " + x.location().row().orElseThrow())
        .containsExactly(t12.id().value() + " " + broken.printedName());
    assertThat(f.get(0).message(Locale.CHINESE)).startsWith("标点与断句：").contains("单元格中「（」没有与之配对的括号或引号");
  }

  @Test
  void q2BracketsOfAnIndicatorName() {
    var sheet = org.yusuan.budget.performance.ImmutableProjectPerformanceSheet.builder()
        .projectName("执法监管系统运维（二期）")
        .addAnnualIndicators(
            org.yusuan.budget.performance.Indicator.of("产出指标", "数量指标", "运维系统（套）", "1套"),
            org.yusuan.budget.performance.Indicator.of("产出指标", "质量指标", "“完成率", "100%"))
        .build();
    var b = ImmutableDepartmentBudget.copyOf(budget(PARAGRAPH, "本部门无其他事项。"))
        .withProjectSheets(List.of(sheet));
    List<Finding> f = findings(Punctuation.RULE, b);
    assertThat(f).extracting(x -> x.location().table().orElseThrow() + " " + x.location().row().orElseThrow())
        .containsExactly("P “完成率");
    assertThat(f.get(0).message(Locale.CHINESE)).contains("绩效目标表单元格中「“」没有与之配对的括号或引号");
  }
}
