package org.yusuan.budget.testkit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.DocumentText;
import org.yusuan.budget.document.TextBlock;
import org.yusuan.budget.document.TextBlockKind;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.template.DocumentKind;
import org.yusuan.budget.template.RequiredPart;

/**
 * The document's own text (公开文本) of a generated budget, as a clean document prints it: the cover,
 * the 目录 with an entry per table and part, a heading and a line for each part the template requires,
 * the table titles, the 情况说明 heading and the sentences
 * of the claims as paragraphs. Every Q rule passes on it; the quality mutators break it in one block.
 */
public final class GeneratedText {
  private GeneratedText() {}

  /**
   * {@return the text of {@code b}, from its tables' titles and its claims' sentences} Blocks are
   * numbered as lines from 1; tables without a printed title are left out of it.
   *
   * @param b a generated budget or 决算
   */
  public static DocumentText of(DepartmentBudget b) {
    int year = b.budgetYear();
    DocumentKind kind = b.profile().kind();
    String kindWord = kind == DocumentKind.UNIT_BUDGET ? "单位预算" : kind.isFinalAccounts() ? "部门决算" : "部门预算";
    String narrative = "第三部分 " + year + "年度" + kindWord + "情况说明";
    List<BudgetTable> titled = new ArrayList<>();
    for (BudgetTable t : b.tables()) {
      if (t.printedTitle().isPresent()) {
        titled.add(t);
      }
    }
    List<TextBlock> blocks = new ArrayList<>();
    int line = 1;
    blocks.add(TextBlock.of(TextBlockKind.HEADING, b.departmentName(), line++));
    blocks.add(TextBlock.of(TextBlockKind.HEADING, year + "年度" + kindWord + "公开", line++));
    blocks.add(TextBlock.of(TextBlockKind.HEADING, "目录", line++));
    int page = 1;
    for (BudgetTable t : titled) {
      blocks.add(TextBlock.of(TextBlockKind.TOC_ENTRY, t.printedTitle().get() + "....." + page++, line++));
    }
    blocks.add(TextBlock.of(TextBlockKind.TOC_ENTRY, narrative + "....." + page, line++));
    // the parts the template requires (Q8), each its heading in the template's first wording and a line
    String[] numbers = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    int n = 0;
    for (RequiredPart part : b.profile().requiredParts()) {
      line += 10;
      blocks.add(TextBlock.of(TextBlockKind.HEADING, numbers[n++ % numbers.length] + "、"
          + part.headings().get(0), line++));
      blocks.add(TextBlock.of(TextBlockKind.PARAGRAPH, "本部分内容从略。", line));
    }
    for (BudgetTable t : titled) {
      line += 10;
      blocks.add(TextBlock.of(TextBlockKind.TABLE_TITLE, t.printedTitle().get(), line));
    }
    line += 10;
    blocks.add(TextBlock.of(TextBlockKind.HEADING, narrative, line++));
    Set<String> sentences = new LinkedHashSet<>();
    for (NarrativeClaim c : b.claims()) {
      sentences.add(c.sourceText());
    }
    for (String s : sentences) {
      blocks.add(TextBlock.of(TextBlockKind.PARAGRAPH, s, ++line));
    }
    return DocumentText.of(blocks);
  }
}
