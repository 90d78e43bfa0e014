package org.yusuan.budget.validation.rules.quality;

import java.util.List;
import java.util.regex.Pattern;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.TextBlock;
import org.yusuan.budget.document.TextBlockKind;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;

/**
 * Q2 — 标点与断句: no sentence mark repeated ({@code 。。}, {@code ，，}, {@code ，。}), no word typed twice
 * ({@code 达到达到}), no sentence cut short ({@code 主要原因是。}), no bracket or quote without its
 * partner in a block or a text cell of a table ({@link CellBrackets}), and no statement ending
 * with its figure but without its full stop before the next heading (a
 * list item and a bracketed note want none; a paragraph ending mid-clause is taken as cut by the page).
 */
public final class Punctuation extends BudgetRule {
  /**
   * Rule {@code Q2}, 标点与断句. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final Punctuation RULE = new Punctuation();

  /** A list item's number: 1. 1、 （1） 1） 一、 （一） ① a) — such an item needs no full stop. */
  private static final Pattern LIST_ITEM = Pattern.compile(
      "^(?:\\d{1,3}[.．、)）]|[（(][\\d一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.]"
          + "|[①-⑳]|[a-zA-Z][.)）])");
  private static final String SENTENCE_ENDS = "。！？!?；;：:…”’）)》";

  private static final Messages MARK = Messages.named("Q2.MARK");
  private static final Messages WORD = Messages.named("Q2.WORD");
  private static final Messages CUT = Messages.named("Q2.CUT");
  private static final Messages UNBALANCED = Messages.named("Q2.UNBALANCED");
  private static final Messages NO_STOP = Messages.named("Q2.NO_STOP");

  private Punctuation() {
    super(RuleDescriptor.builder().id("Q2").family(RuleFamily.DOCUMENT_QUALITY).severity(Severity.WARNING)
            .titleZh("标点与断句").titleEn("Punctuation and sentences")
            .statement("No block repeats a sentence mark (。。, ，，, ，。) or a word (达到达到), cuts a"
                + " sentence short (主要原因是。), or leaves a bracket or quote without its partner (nor does"
                + " a text cell: a 科目名称, a 项目名称, a 绩效目标表's project or indicator name); a"
                + " paragraph ending with a figure and its unit before a heading ends with its full stop"
                + " (list items and bracketed notes excepted).")
            .build(),
        TextChecks.text());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    List<TextBlock> blocks = TextChecks.blocks(b);
    RepeatedWords word = new RepeatedWords();
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock block = blocks.get(i);
      if (block.kind() == TextBlockKind.RUNNING_HEADER) {
        continue;
      }
      String text = block.text();
      find(ctx, MARK, block, PunctuationScans::repeatedMark);
      word.reset(text);
      while (word.find()) {
        TextChecks.report(ctx, FindingKind.MALFORMED, WORD, block, word.start(), word.end());
      }
      find(ctx, CUT, block, PunctuationScans::cutShort);
      int at = Brackets.unbalancedAt(text);
      if (at >= 0) {
        TextChecks.report(ctx, FindingKind.MALFORMED, UNBALANCED, block, at, at + 1);
      }
      if (block.kind() == TextBlockKind.PARAGRAPH && nextIsHeading(blocks, i)
          && wantsStop(text)) {
        TextChecks.report(ctx, FindingKind.MALFORMED, NO_STOP, block,
            Math.max(0, text.length() - 1), text.length());
      }
    }
    CellBrackets.check(b, ctx);
  }

  private static void find(RuleContext ctx, Messages messages, TextBlock block, Span.Scan scan) {
    String text = block.text();
    for (long at = scan.find(text, 0); at != Span.NONE; at = scan.find(text, Span.end(at))) {
      TextChecks.report(ctx, FindingKind.MALFORMED, messages, block, Span.start(at), Span.end(at));
    }
  }

  /** Whether {@code text} is running prose that should end with a full stop and does not. */
  private static boolean wantsStop(String text) {
    String t = text.strip();
    // a statement complete but for its stop ends with a figure and its unit; a paragraph ending
    // mid-clause (占, 项目支出) is more likely cut by the page than by its writer
    return !t.isEmpty() && SENTENCE_ENDS.indexOf(t.charAt(t.length() - 1)) < 0
        && !t.startsWith("（") && !t.startsWith("(") && PunctuationScans.figureEnd(t)
        && !LIST_ITEM.matcher(t).find();
  }

  /** Whether the block after {@code i} (running headers aside) is a heading. */
  private static boolean nextIsHeading(List<TextBlock> blocks, int i) {
    for (int k = i + 1; k < blocks.size(); k++) {
      TextBlockKind kind = blocks.get(k).kind();
      if (kind != TextBlockKind.RUNNING_HEADER) {
        return kind == TextBlockKind.HEADING;
      }
    }
    return false;
  }
}
