package org.yusuan.budget.validation.rules.soft;

import org.yusuan.budget.document.DepartmentBudget;
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

/** S5 — 公务用车实有不超过编制: the narrative's 公务用车 实有 is at most its 编制. */
public final class VehiclesWithinAuthorized extends BudgetRule {
  /**
   * Rule {@code S5}, 公务用车实有不超过编制. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final VehiclesWithinAuthorized RULE = new VehiclesWithinAuthorized();

  static final Messages MORE_THAN_AUTHORIZED = Messages.named("S5.MORE_THAN_AUTHORIZED");

  private VehiclesWithinAuthorized() {
    super(RuleDescriptor.builder().id("S5").family(RuleFamily.SOFT).severity(Severity.WARNING)
            .titleZh("公务用车实有不超过编制").titleEn("Vehicles within the authorized number")
            .statement("The narrative's 公务用车 实有 ≤ 编制.")
            .build(),
        SoftInputs.claims(ClaimSubject.VEHICLES_AUTHORIZED, ClaimMeasure.COUNT, ClaimSubject.VEHICLES_ACTUAL,
            ClaimMeasure.COUNT, "no 公务用车 编制/实有 claims"));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    NarrativeClaim authorized = ClaimSupport.first(ctx, b, ClaimSubject.VEHICLES_AUTHORIZED, ClaimMeasure.COUNT);
    NarrativeClaim actual = ClaimSupport.first(ctx, b, ClaimSubject.VEHICLES_ACTUAL, ClaimMeasure.COUNT);
    if (actual.count().get() > authorized.count().get()) {
      Location at = ClaimSupport.at(actual);
      ctx.report(ctx.finding(FindingKind.IMPLAUSIBLE, MORE_THAN_AUTHORIZED, ctx.descriptor().title(),
              MessageArg.location(at), MessageArg.count(actual.count().get()),
              MessageArg.count(authorized.count().get()))
          .location(at).actual(Quantity.count(actual.count().get()))
          .expected(Quantity.count(authorized.count().get())));
    }
  }
}
