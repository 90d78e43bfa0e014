package org.yusuan.budget.validation.rules.soft;

import java.time.LocalDate;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
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
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/**
 * S6 — 国有资产截至日期: every 截至 date of the 国有资产 section is 31 December of the year before the
 * budget year.
 */
public final class AssetReferenceDate extends BudgetRule {
  /**
   * Rule {@code S6}, 国有资产截至日期. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final AssetReferenceDate RULE = new AssetReferenceDate();

  static final Messages REFERENCE_DATE = Messages.named("S6.REFERENCE_DATE");

  private AssetReferenceDate() {
    super(RuleDescriptor.builder().id("S6").family(RuleFamily.SOFT).severity(Severity.WARNING)
            .titleZh("国有资产截至日期").titleEn("Asset reference date")
            .statement("Every 截至 date of the narrative's 国有资产 section is 31 December of the year before the budget"
                + " year (a 2024 budget: 截至2023年12月31日).")
            .build(),
        SoftInputs.referenceDate());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    LocalDate expected = LocalDate.of(b.budgetYear() - 1, 12, 31);
    for (NarrativeClaim c : b.claimsBySubject().on(ClaimSubject.ASSET_REFERENCE_DATE)) {
      if (c.date().isEmpty()) {
        continue;
      }
      LocalDate date = c.date().get();
      if (!date.equals(expected)) {
        Location at = ClaimSupport.at(c);
        ctx.report(ctx.finding(FindingKind.MISMATCH, REFERENCE_DATE, ctx.descriptor().title(),
                MessageArg.location(at), MessageArg.text(date.toString()), MessageArg.text(expected.toString()))
            .location(at).actual(Quantity.text(date.toString())).expected(Quantity.text(expected.toString())));
      }
    }
  }
}
