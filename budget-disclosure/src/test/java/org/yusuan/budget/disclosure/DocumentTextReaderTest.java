package org.yusuan.budget.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.document.DocumentText;
import org.yusuan.budget.document.TextBlock;
import org.yusuan.budget.document.TextBlockKind;

/**
 * The document's own text (公开文本) as the reader takes it: kinds, printed order, lines, paragraphs
 * joined across wrapped lines, running headers of the page marks, and nothing of a table grid.
 */
class DocumentTextReaderTest {
  private static DocumentText text(String seed) {
    return Seeds.read(seed).budget().text().orElseThrow();
  }

  private static List<String> lines(List<TextBlock> blocks) {
    return blocks.stream().map(b -> b.line() + " " + b.text()).toList();
  }

  @Test
  void seed001sCoverContentsTitlesNotesAndHeaders() {
    DocumentText t = text("001");
    assertThat(lines(t.blocks(TextBlockKind.HEADING)).subList(0, 3))
        .containsExactly("11 兴县自然资源局", "13 2025年度部门预算公开", "23 目录");
    assertThat(t.blocks(TextBlockKind.TOC_ENTRY)).hasSize(33);  // lines 25–58 but a blank
    assertThat(lines(t.blocks(TextBlockKind.TOC_ENTRY)).get(4)).isEqualTo("29 表一2025年预算收支总表 4");
    assertThat(t.blocks(TextBlockKind.TABLE_TITLE)).hasSize(13);
    assertThat(lines(t.blocks(TextBlockKind.EMPTY_TABLE_NOTE)))
        .containsExactly("327 注：本表无数据", "338 注：本表无数据", "351 注：本表无数据", "446 注：本表无数据");
    // the page marks' running header, review stamps removed, on three pages
    assertThat(lines(t.blocks(TextBlockKind.RUNNING_HEADER))).containsExactly(
        "68 兴县自然资源局2024年部门预算公开报告", "71 兴县自然资源局2024年部门预算公开报告",
        "85 兴县自然资源局2024年部门预算公开报告");
    for (int i = 1; i < t.blocks().size(); i++) {
      assertThat(t.blocks().get(i).line()).isGreaterThanOrEqualTo(t.blocks().get(i - 1).line());
    }
  }

  @Test
  void theTocsOwnHeadingsAfterItAreHeadings() {
    // seed 000: the 目录's reader takes 第一部分 概况 and 一、本部门职责 after the 目录 with it
    assertThat(lines(text("000").blocks(TextBlockKind.HEADING))).contains("44 第一部分概况", "46 一、本部门职责");
  }

  @Test
  void paragraphsJoinWrappedLinesAndTablesLeaveNoCells() throws IOException {
    String doc = String.join("\n",
        "某局", "2025年度部门预算公开", "",
        "第三部分 2025年度部门预算情况说明",
        "一、部门预算收支数据变动情况及原因",
        "2025年度某局预算收入总计100.00万元，比上年",
        "增加10.00万元。",
        "二、其他说明",
        "本部门无其他公开事项。");
    Disclosure d = DisclosureReader.read(new StringReader(doc), "small");
    DocumentText t = d.budget().text().orElseThrow();
    assertThat(lines(t.blocks(TextBlockKind.PARAGRAPH))).containsExactly(
        "6 2025年度某局预算收入总计100.00万元，比上年增加10.00万元。", "9 本部门无其他公开事项。");
    assertThat(lines(t.blocks(TextBlockKind.HEADING))).contains("4 第三部分 2025年度部门预算情况说明",
        "5 一、部门预算收支数据变动情况及原因", "8 二、其他说明");
  }

  @Test
  void partTitlesOnTheirOwnLineAreHeadingsAndBarePageNumbersNoText() throws IOException {
    String doc = String.join("\n",
        "某局", "2025年度部门决算", "",
        "一、主要职能",
        "第一条 根据某方案，制定本规定。",
        "某局（部门）机构设置",
        "本部门依照规定公开决算，并附",
        "项目经费情况说明",
        "和绩效目标。",
        "学校已获得国家科技进步二",
        "5",
        "等奖 2 项。",
        "（二）部门决算单位构成",
        "本部门决算包括本级。",
        "二、2025 年度部门决算报表");
    DocumentText t = DisclosureReader.read(new StringReader(doc), "small").budget().text().orElseThrow();
    assertThat(lines(t.blocks(TextBlockKind.HEADING))).containsExactly("1 某局", "2 2025年度部门决算",
        "4 一、主要职能", "6 某局（部门）机构设置", "13 （二）部门决算单位构成",
        "15 二、2025 年度部门决算报表");
    // a wrapped sentence's line ending with a part's name stays in its paragraph; a page number is no text
    assertThat(lines(t.blocks(TextBlockKind.PARAGRAPH))).containsExactly("5 第一条根据某方案，制定本规定。",
        "7 本部门依照规定公开决算，并附项目经费情况说明和绩效目标。", "10 学校已获得国家科技进步二等奖 2 项。",
        "14 本部门决算包括本级。");
  }
}
