package org.yusuan.budget.validation.rules.soft;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
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
 * S8 — 政府购买服务与政府采购服务: a 政府购买服务 amount differing from the 政府采购服务 amount is noted (INFO):
 * they are different measures.
 */
public final class PurchasedVersusProcuredServices extends BudgetRule {
  /**
   * Rule {@code S8}, 政府购买服务与政府采购服务. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final PurchasedVersusProcuredServices RULE = new PurchasedVersusProcuredServices();

  static final Messages WORDING = Messages.named("S8.WORDING");

  private PurchasedVersusProcuredServices() {
    super(RuleDescriptor.builder().id("S8").family(RuleFamily.SOFT).severity(Severity.INFO)
            .titleZh("政府购买服务与政府采购服务").titleEn("Purchased services vs procured services")
            .statement("A 政府购买服务 amount differing from the 政府采购服务 amount is noted: they are different measures"
                + " (INFO).")
            .build(),
        SoftInputs.claims(ClaimSubject.PURCHASED_SERVICES, ClaimMeasure.AMOUNT, ClaimSubject.PROCUREMENT_SERVICES,
            ClaimMeasure.AMOUNT, "no 政府购买服务 or 政府采购服务 claim"));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    NarrativeClaim purchased = ClaimSupport.first(ctx, b, ClaimSubject.PURCHASED_SERVICES, ClaimMeasure.AMOUNT);
    NarrativeClaim procured = ClaimSupport.first(ctx, b, ClaimSubject.PROCUREMENT_SERVICES, ClaimMeasure.AMOUNT);
    WanYuan a = purchased.amount().get();
    WanYuan p = procured.amount().get();
    if (!a.equals(p)) {
      Location at = ClaimSupport.at(purchased);
      ctx.report(ctx.finding(FindingKind.NOTE, WORDING, ctx.descriptor().title(), MessageArg.text("政府购买服务"),
          MessageArg.amount(a), MessageArg.amount(p)).location(at).actual(Quantity.of(a)).expected(Quantity.of(p))
          .sourceLine(purchased.sourceLine()));
    }
  }
}
