package org.yusuan.budget.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.json.BudgetJson;
import org.yusuan.budget.table.Seed003Model;

/** The document's own text (公开文本): blocks by kind, printed order, JSON with and without it. */
class DocumentTextTest {
  private static final DocumentText TEXT = DocumentText.of(List.of(
      TextBlock.of(TextBlockKind.HEADING, "2025年度部门预算公开", 5),
      TextBlock.of(TextBlockKind.TOC_ENTRY, "表一2025年预算收支总表.....3", 13),
      TextBlock.of(TextBlockKind.TABLE_TITLE, "2025年预算收支总表", 78),
      TextBlock.of(TextBlockKind.PARAGRAPH, "本部门无其他公开事项。", 4579)));

  @Test
  void blocksByKindKeepPrintedOrder() {
    assertThat(TEXT.blocks(TextBlockKind.HEADING)).extracting(TextBlock::line).containsExactly(5);
    assertThat(TEXT.blocks(TextBlockKind.PARAGRAPH)).extracting(TextBlock::text)
        .containsExactly("本部门无其他公开事项。");
    assertThat(TEXT.blocks(TextBlockKind.RUNNING_HEADER)).isEmpty();
  }

  @Test
  void blocksOutOfOrderOrOffTheTextAreRejected() {
    assertThatThrownBy(() -> DocumentText.of(List.of(TextBlock.of(TextBlockKind.HEADING, "二", 9),
        TextBlock.of(TextBlockKind.HEADING, "一", 3))))
        .hasMessageContaining("block at line 3 follows the block at line 9");
    assertThatThrownBy(() -> TextBlock.of(TextBlockKind.PARAGRAPH, "正文", 0))
        .hasMessageContaining("line 0 is not a 1-based line number");
  }

  @Test
  void jsonKeepsTheTextAndReadsADocumentWrittenBeforeIt() {
    DepartmentBudget withText = ImmutableDepartmentBudget.copyOf(Seed003Model.budget()).withText(TEXT);
    String json = BudgetJson.write(withText);
    assertThat(json).contains("\"kind\": \"TOC_ENTRY\"");
    assertThat(BudgetJson.read(json)).isEqualTo(withText);
    DepartmentBudget without = ImmutableDepartmentBudget.copyOf(Seed003Model.budget());
    String written = BudgetJson.write(without);
    assertThat(written).contains("\"text\": null");
    String older = written.replace(",\n    \"text\": null", "");
    assertThat(older).doesNotContain("\"text\"");
    assertThat(BudgetJson.read(older).text()).isEmpty();
    assertThat(BudgetJson.read(older)).isEqualTo(without);
  }
}
