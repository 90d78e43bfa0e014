package org.yusuan.budget.validation.rules.structure;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;

/** D3 — 标题年度一致: a printed table title that starts with a year names the budget year. */
public final class TitleYear extends BudgetRule {
  /**
   * Rule {@code D3}, 标题年度一致. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final TitleYear RULE = new TitleYear();

  private static final Messages YEAR_DIFFERS = Messages.named("D3.YEAR_DIFFERS");

  private TitleYear() {
    super(RuleDescriptor.builder().id("D3").family(RuleFamily.STRUCTURE).severity(Severity.WARNING)
        .titleZh("标题年度一致").titleEn("Titles carry the budget year")
        .statement("Each printed table title that starts with a 4-digit year names the budget year.")
        .build());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    String year = Integer.toString(b.budgetYear());
    for (BudgetTable t : b.tables()) {
      if (t.printedTitle().isEmpty()) {
        continue;
      }
      String title = t.printedTitle().get();
      boolean startsWithYear = title.length() >= 4 && Character.isDigit(title.charAt(0))
          && Character.isDigit(title.charAt(3));
      if (startsWithYear && !title.startsWith(year)) {
        Location at = Location.table(t.id().value());
        ctx.report(ctx.finding(FindingKind.MISMATCH, YEAR_DIFFERS, ctx.descriptor().title(),
                MessageArg.table(t.id().value()), MessageArg.text(title), MessageArg.text(year))
            .location(at).actual(Quantity.text(title.substring(0, 4))).expected(Quantity.text(year)));
      }
    }
  }
}
