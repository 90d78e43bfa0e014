package org.yusuan.budget.cli.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.document.TextBlock;
import org.yusuan.budget.document.TextBlockKind;
import org.yusuan.budget.template.RequiredPart;
import org.yusuan.budget.validation.Outcome;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.rules.Validators;
import org.yusuan.budget.validation.rules.quality.RequiredParts;

/**
 * Q8 (必备部分) on the seeds and the corpus: which heading prints each part the template requires, as
 * found by reading each document; none lacks a part, so Q8 passes on all of them.
 */
class RequiredPartsTest {
  /** {@code "part line heading"} of the first body heading holding each required part, and Q8's outcome. */
  private static List<String> parts(Path file) throws IOException {
    Disclosure d = DisclosureReader.read(file);
    ValidationReport r = Validators.standard(Editions.nearestEmbedded(d.budget().budgetYear()))
        .validate(d.budget());
    assertThat(r.outcome("Q8")).as(file.toString()).contains(Outcome.PASS);
    List<String> found = new ArrayList<>();
    List<TextBlock> headings = d.budget().text().orElseThrow().blocks(TextBlockKind.HEADING);
    for (RequiredPart part : d.budget().profile().requiredParts()) {
      TextBlock previous = null;
      for (TextBlock h : headings) {
        if (RequiredParts.holds(part, h.text())
            || previous != null && RequiredParts.holds(part, previous.text() + h.text())) {
          found.add(part.part() + " " + h.line() + " " + h.text());
          break;
        }
        previous = h;
      }
    }
    return found;
  }

  private static Path corpus(String file) {
    Optional<Path> p = CorpusDocumentsTest.corpus().map(c -> c.resolve(file)).filter(Files::isRegularFile);
    if (p.isEmpty()) {
      System.out.println("[corpus] shared/corpus/text/" + file + " not found: test skipped");
    }
    assumeTrue(p.isPresent(), "corpus document " + file + " absent");
    return p.get();
  }

  @Test
  void theSeedsPrintTheStandardTemplatesParts() throws IOException {
    assertThat(parts(Path.of("..", "examples", "seed-003.txt"))).containsExactly(
        "主要职能 46 一、本部门职责", "机构设置 70 二、机构设置情况",
        "编制说明 410 第三部分 2025年度部门预算情况说明", "其他相关情况说明 875 十二、其他说明",
        "名词解释 885 第四部分名词解释");
    assertThat(parts(Path.of("..", "examples", "seed-000.txt"))).hasSize(5);
    assertThat(parts(Path.of("..", "examples", "seed-001.txt"))).hasSize(5);
  }

  @Test
  void theShanghaiBudgetsPrintTheirTitlesOnTheirOwnLines() throws IOException {
    assertThat(parts(corpus("sh-putuo-wanli-2024-budget.txt"))).containsExactly(
        "主要职能 24 上海市普陀区人民政府万里街道办事处（部门）主要职能",
        "机构设置 41 上海市普陀区人民政府万里街道办事处（部门）机构设置",
        "名词解释 51 名词解释", "编制说明 70 2024年部门预算编制说明", "其他相关情况说明 795 其他相关情况说明",
        "项目经费情况说明 822 项目经费情况说明");
    assertThat(parts(corpus("sh-putuo-shangwuwei-2025-unit-budget.txt"))).containsExactly(
        "主要职能 21 上海市普陀区商务委员会主要职能", "机构设置 72 上海市普陀区商务委员会机构设置",
        "名词解释 76 名词解释", "编制说明 94 2025年单位预算编制说明", "其他相关情况说明 369 其他相关情况说明");
    assertThat(parts(corpus("sh-putuo-shiquanlu-2026-unit-budget.pagetext.txt"))).containsExactly(
        "主要职能 17 上海市普陀区人民政府石泉路街道办事处（本级）主要职能",
        "机构设置 33 上海市普陀区人民政府石泉路街道办事处（本级）机构设置",
        "名词解释 35 名词解释", "编制说明 52 2026年单位预算编制说明", "其他相关情况说明 484 其他相关情况说明");
  }

  @Test
  void theFinalAccountsAndTheUniversityPrintTheirOwnParts() throws IOException {
    assertThat(parts(corpus("sh-putuo-caizhengju-2024-final-accounts.txt"))).containsExactly(
        "主要职能 56 一、主要职能", "机构设置 114 二、部门决算单位构成",
        "部门决算情况说明 525 说明",  // 第三部分…决算情况 / 说明, wrapped
        "其他重要事项的情况说明 678 十一、其他重要事项的情况说明", "名词解释 701 第四部分名词解释");
    assertThat(parts(corpus("swu-2024-budget.txt"))).containsExactly(
        "概况 56 一、学校基本情况", "预算单位构成 163 （二）预算单位构成",
        "部门预算情况说明 324 三、部门预算情况说明", "名词解释 363 四、名词解释");
    assertThat(parts(corpus("swu-2024-final-accounts.txt"))).containsExactly(
        "学校概况 29 一、学校概况", "部门决算单位构成 126 （二）部门决算单位构成",
        "决算报表说明 374 三、决算报表说明", "名词解释 461 四、名词解释");
  }
}
