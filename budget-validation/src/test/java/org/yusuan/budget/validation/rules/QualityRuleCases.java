package org.yusuan.budget.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.DocumentText;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.document.TextBlock;
import org.yusuan.budget.document.TextBlockKind;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.ImmutableNarrativeClaim;
import org.yusuan.budget.narrative.NarrativeClaim;

/**
 * The cases of the 文本质量 rules (Q) for {@link StandardRulesTest}: seed 003 given a clean text of
 * its cover, 目录, a table title and a paragraph; the broken model changes one block.
 */
final class QualityRuleCases {
  private QualityRuleCases() {}

  private static final String PARAGRAPH = "2025年度泽州县自然资源局机关运行经费财政拨款预算67.89万元，"
      + "比2024年预算69.81万元减少1.92万元。";

  static final UnaryOperator<DepartmentBudget> TEXT = b -> ImmutableDepartmentBudget.copyOf(b)
      .withText(DocumentText.of(List.of(
          TextBlock.of(TextBlockKind.HEADING, "2025年度部门预算公开", 5),
          TextBlock.of(TextBlockKind.TOC_ENTRY, "表一2025年预算收支总表.....3", 13),
          TextBlock.of(TextBlockKind.TABLE_TITLE, "2025年预算收支总表", 78),
          TextBlock.of(TextBlockKind.PARAGRAPH, PARAGRAPH, 500))));

  /** {@link #TEXT} with the headings of the parts the standard template requires (Q8). */
  static final UnaryOperator<DepartmentBudget> PARTS = b -> {
    List<TextBlock> blocks = new ArrayList<>(TEXT.apply(b).text().orElseThrow().blocks());
    blocks.add(TextBlock.of(TextBlockKind.HEADING, "第一部分概况", 844));
    blocks.add(TextBlock.of(TextBlockKind.HEADING, "一、本部门职责", 846));
    blocks.add(TextBlock.of(TextBlockKind.HEADING, "二、机构设置情况", 870));
    blocks.add(TextBlock.of(TextBlockKind.HEADING, "第三部分 2025年度部门预算情况说明", 871));
    blocks.add(TextBlock.of(TextBlockKind.HEADING, "十二、其他说明", 875));
    blocks.add(TextBlock.of(TextBlockKind.HEADING, "第四部分名词解释", 890));
    return ImmutableDepartmentBudget.copyOf(b).withText(DocumentText.of(blocks));
  };

  /** The 款 20805's name given as a 类 name (Q6). */
  private static final NarrativeClaim KUAN_AS_CLASS = ImmutableNarrativeClaim.builder()
      .subject(ClaimSubject.EXPENDITURE_BY_CLASS).measure(ClaimMeasure.AMOUNT).qualifier("行政事业单位养老支出")
      .amount(WanYuan.parse("667.92")).sourceText("行政事业单位养老支出667.92万元").sourceLine(420).build();

  /** The text with the block at {@code line} now reading {@code text}. */
  static UnaryOperator<DepartmentBudget> block(int line, String text) {
    return b -> {
      List<TextBlock> blocks = new ArrayList<>();
      for (TextBlock t : b.text().orElseThrow().blocks()) {
        blocks.add(t.line() == line ? TextBlock.of(t.kind(), text, line) : t);
      }
      return ImmutableDepartmentBudget.copyOf(b).withText(DocumentText.of(blocks));
    };
  }

  /** The text with the heading at {@code line} printed as running text (no part heading). */
  static UnaryOperator<DepartmentBudget> asParagraph(int line) {
    return b -> {
      List<TextBlock> blocks = new ArrayList<>();
      for (TextBlock t : b.text().orElseThrow().blocks()) {
        blocks.add(t.line() == line ? TextBlock.of(TextBlockKind.PARAGRAPH, t.text() + "如下：", line) : t);
      }
      return ImmutableDepartmentBudget.copyOf(b).withText(DocumentText.of(blocks));
    };
  }

  static Stream<StandardRulesTest.Case> cases() {
    return Stream.of(
        NewRuleCases.c("Q1", TEXT, block(5, "XX局2025年度部门预算公开"), "Q", "XX局2025年度部…"),
        NewRuleCases.c("Q2", TEXT, block(500, PARAGRAPH + "。"), "Q", "…减少1.92万元。。"),
        NewRuleCases.c("Q3", TEXT, block(5, "2024年度部门预算公开"), "Q", "2024年度部门预算公开"),
        NewRuleCases.c("Q4", TEXT, block(5, "2025年度单位预算公开"), "Q", "2025年度单位预算公开"),
        NewRuleCases.c("Q5", TEXT, block(500, PARAGRAPH.replace("减少", "增加")), "Q",
            "…经费财政拨款预算67.89万元，比2024年预算69.81万元增加1.92万元。"),
        NewRuleCases.c("Q6", TEXT, Mutate.addClaims(KUAN_AS_CLASS), "N", "支出（类）·行政事业单位养老支出"),
        NewRuleCases.c("Q7", TEXT, block(78, "2025年预算收入总表"), "Q", "表一2025年预算收支总表.....3"),
        NewRuleCases.c("Q8", PARTS, asParagraph(890), "Q", "名词解释"));
  }
}
