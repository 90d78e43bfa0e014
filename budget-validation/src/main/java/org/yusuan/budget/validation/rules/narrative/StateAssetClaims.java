package org.yusuan.budget.validation.rules.narrative;

import static org.yusuan.budget.validation.rules.narrative.ClaimCounts.countFinding;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/**
 * N13 — 说明十一 国有资产: the vehicle categories add up to the vehicles 实有, and no more devices are
 * worth 100万元 than 50万元.
 */
public final class StateAssetClaims extends BudgetRule {
  /**
   * Rule {@code N13}, 说明十一 国有资产. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final StateAssetClaims RULE = new StateAssetClaims();

  private StateAssetClaims() {
    super(RuleDescriptor.builder().id("N13").family(RuleFamily.NARRATIVE)
            .titleZh("说明十一 国有资产").titleEn("Narrative §11 state assets")
            .statement("Vehicles: Σ of the categories = 实有; devices: count(≥100万元) ≤ count(≥50万元).")
            .build(),
        NarrativeInputs.claims(), NarrativeInputs.stateAssets());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    NarrativeClaim actual = ClaimSupport.first(ctx, b, ClaimSubject.VEHICLES_ACTUAL, ClaimMeasure.COUNT);
    long sum = 0;
    boolean any = false;
    for (NarrativeClaim c : b.claimsBySubject().on(ClaimSubject.VEHICLES_BY_CATEGORY)) {
      if (c.measure() == ClaimMeasure.COUNT) {
        sum += c.count().get();
        any = true;
      }
    }
    if (actual != null && any && sum != actual.count().get()) {
      countFinding(ctx, actual, actual.count().get(), sum, ctx.severity());
    }
    NarrativeClaim d50 = ClaimSupport.first(ctx, b, ClaimSubject.DEVICES_OVER_500K, ClaimMeasure.COUNT);
    NarrativeClaim d100 = ClaimSupport.first(ctx, b, ClaimSubject.DEVICES_OVER_1M, ClaimMeasure.COUNT);
    if (d50 != null && d100 != null && d100.count().get() > d50.count().get()) {
      countFinding(ctx, d100, d100.count().get(), d50.count().get(), ctx.severity());
    }
  }
}
