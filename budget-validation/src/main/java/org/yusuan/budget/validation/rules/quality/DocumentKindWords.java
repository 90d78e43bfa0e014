package org.yusuan.budget.validation.rules.quality;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.TextBlock;
import org.yusuan.budget.document.TextBlockKind;
import org.yusuan.budget.template.DocumentKind;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;

/**
 * Q4 — 文件类别用语: the text names the document as what it is. A 单位预算 does not speak of its
 * 部门预算; the headings, 目录 and running headers of a 部门预算 do not call it a 单位预算 (its text
 * may: a department's budget is made of its units' budgets); a 部门决算's headings, 目录 and running
 * headers do not call it a 预算 (部门预算, 单位预算, 预算公开), and its text does not state a 预算数 of the
 * year's income or spending as what it reports.
 */
public final class DocumentKindWords extends BudgetRule {
  /**
   * Rule {@code Q4}, 文件类别用语. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final DocumentKindWords RULE = new DocumentKindWords();

  /** 部门预算, not in the name of the classification 部门预算(支出)经济分类. */
  private static final Pattern DEPARTMENT = Pattern.compile("部门预算(?!(?:支出)?经济分类)");
  private static final Pattern UNIT = Pattern.compile("单位预算");
  private static final Pattern BUDGET_WORDS = Pattern.compile(
      "部门预算(?!(?:支出)?经济分类)|单位预算|预算公开");
  /** A 决算 reporting its year's income or spending as a 预算数: 本年收入预算数, 支出预算合计. */
  private static final Pattern REPORTED_AS_BUDGET = Pattern.compile(
      "(?:本年|本年度|\\d{4}年度?)(?:收入|支出|收支)(?:总计|合计)?预算(?:数|总计|合计)");

  private static final Messages WRONG_KIND = Messages.named("Q4.WRONG_KIND");

  private DocumentKindWords() {
    super(RuleDescriptor.builder().id("Q4").family(RuleFamily.DOCUMENT_QUALITY).severity(Severity.WARNING)
            .titleZh("文件类别用语").titleEn("Words of the document's kind")
            .statement("A 单位预算's text does not say 部门预算; a 部门预算's headings, 目录 and running"
                + " headers do not say 单位预算; a 部门决算's do not say 部门预算, 单位预算 or 预算公开, and its"
                + " text does not report the year's income or spending as a 预算数 (本年支出预算数).")
            .build(),
        TextChecks.text());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    DocumentKind kind = b.profile().kind();
    MessageArg name = MessageArg.localized(kind.chineseName(), kind.name().toLowerCase(java.util.Locale.ROOT)
        .replace('_', ' '));
    Matcher department = DEPARTMENT.matcher("");
    Matcher unit = UNIT.matcher("");
    Matcher budgetWords = BUDGET_WORDS.matcher("");
    Matcher reportedAsBudget = REPORTED_AS_BUDGET.matcher("");
    for (TextBlock block : TextChecks.blocks(b)) {
      boolean framing = block.kind() != TextBlockKind.PARAGRAPH
          && block.kind() != TextBlockKind.EMPTY_TABLE_NOTE;
      switch (kind) {
        case UNIT_BUDGET:
          find(ctx, block, department, name);
          break;
        case DEPARTMENT_BUDGET:
          if (framing) {
            find(ctx, block, unit, name);
          }
          break;
        default:
          find(ctx, block, framing ? budgetWords : reportedAsBudget, name);
          break;
      }
    }
  }

  private static void find(RuleContext ctx, TextBlock block, Matcher m, MessageArg kind) {
    m.reset(block.text());
    while (m.find()) {
      TextChecks.report(ctx, FindingKind.MISMATCH, WRONG_KIND, block, m.start(), m.end(), kind);
    }
  }
}
