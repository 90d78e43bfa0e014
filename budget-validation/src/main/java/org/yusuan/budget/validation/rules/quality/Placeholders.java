package org.yusuan.budget.validation.rules.quality;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.TextBlock;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;

/**
 * Q1 — 占位符与模板残留: the text keeps no placeholder of its template ({@code XX局}, {@code 20××年},
 * {@code ××}, {@code （单位名称）}) and no alternative left for the writer to choose ({@code
 * 增加（减少）}, {@code 增长/下降}).
 */
public final class Placeholders extends BudgetRule {
  /**
   * Rule {@code Q1}, 占位符与模板残留. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final Placeholders RULE = new Placeholders();

  /** Two or more placeholder crosses (X, ×, Ｘ), not inside a Latin word ({@code XXL}). */
  private static final Pattern CROSSES = Pattern.compile(
      "(?<![A-Za-z])(?:[XxＸｘ×]{2,}|20[XxＸｘ×]{2})(?![A-Za-z])");
  /** A bracketed name to fill in: （单位名称）, 【部门名称】, [项目名称]. */
  private static final Pattern NAME_SLOT = Pattern.compile(
      "[（(【\\[]\\s*(?:单位|部门|项目|主管部门|预算单位)名称\\s*[）)】\\]]");
  private static final Messages PLACEHOLDER = Messages.named("Q1.PLACEHOLDER");
  private static final Messages ALTERNATIVE = Messages.named("Q1.ALTERNATIVE");

  private Placeholders() {
    super(RuleDescriptor.builder().id("Q1").family(RuleFamily.DOCUMENT_QUALITY).severity(Severity.WARNING)
            .titleZh("占位符与模板残留").titleEn("Placeholders and template residue")
            .statement("No block of the text keeps a placeholder of its template (XX, 20××年, ××,"
                + " （单位名称）) or two direction words left as alternatives (增加（减少）, 增长/下降).")
            .build(),
        TextChecks.text());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    // the rare placeholders' regexes run only on a block holding what they need
    Matcher crosses = CROSSES.matcher("");
    Matcher slot = NAME_SLOT.matcher("");
    for (TextBlock block : TextChecks.blocks(b)) {
      String text = block.text();
      if (PlaceholderScans.twoCrosses(text)) {
        findAll(ctx, block, crosses.reset(text));
      }
      if (text.contains("名称")) {
        findAll(ctx, block, slot.reset(text));
      }
      for (long at = PlaceholderScans.alternatives(text, 0); at != Span.NONE;
          at = PlaceholderScans.alternatives(text, Span.end(at))) {
        TextChecks.report(ctx, FindingKind.MALFORMED, ALTERNATIVE, block, Span.start(at), Span.end(at));
      }
    }
  }

  private static void findAll(RuleContext ctx, TextBlock block, Matcher m) {
    while (m.find()) {
      TextChecks.report(ctx, PLACEHOLDER, block, m);
    }
  }
}
