package org.yusuan.budget.validation.rules.narrative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimStatement;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.validation.Discrepancy;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/**
 * N16 — 说明 增减率: a growth rate stated with both years' amounts ({@code 2023年当年预算执行数为60.13万元，
 * 2024年预算安排25.77万元，比2023年预算执行数减少57.14%}) is (this year − prior year) / prior year,
 * rounded to the printed decimals. Its sign is the direction word's, checked by N17: this rule
 * compares sizes.
 */
public final class StatedGrowthRates extends BudgetRule {
  /**
   * Rule {@code N16}, 说明 增减率与两年金额. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final StatedGrowthRates RULE = new StatedGrowthRates();

  private static final Messages RATE_DIFFERS = Messages.named("N16.RATE_DIFFERS");

  private StatedGrowthRates() {
    super(RuleDescriptor.builder().id("N16").family(RuleFamily.NARRATIVE)
            .titleZh("说明 增减率与两年金额").titleEn("Narrative growth rates against the amounts")
            .statement("Where a statement gives this year's amount, the prior year's amount (of the basis the"
                + " rate compares with: 预算数 or 执行数) and a growth rate: |rate| = |(this − prior) / prior × 100|,"
                + " HALF_UP to the printed decimals; one unit in the last decimal is ROUNDING. A prior year of"
                + " zero gives no rate to check.")
            .build(),
        NarrativeInputs.claims(), NarrativeInputs.anyClaim("growth rates with both years' amounts (增减率)",
            "no growth rate stated with a prior-year amount", c -> c.measure() == ClaimMeasure.PRIOR_AMOUNT));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    for (ClaimStatement s : Statements.of(b)) {
      for (int i = 0; i < s.size(); i++) {
        NarrativeClaim rate = s.get(i);
        if (rate.measure() != ClaimMeasure.GROWTH_RATE) {
          continue;
        }
        Optional<WanYuan[]> amounts = Statements.compared(s, rate);
        if (amounts.isEmpty() || amounts.get()[1].isZero()) {
          continue;
        }
        check(ctx, rate, amounts.get()[0], amounts.get()[1]);
      }
    }
  }

  private static void check(RuleContext ctx, NarrativeClaim rate, WanYuan now, WanYuan prior) {
    BigDecimal printed = rate.number().get().abs();
    int scale = Math.max(0, printed.scale());
    BigDecimal computed = ClaimChecks.percent(now.minus(prior), prior, scale).abs();
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
    int units = printed.subtract(computed).abs().divide(unit, 0, RoundingMode.UP).intValue();
    if (units == 0) {
      return;
    }
    Discrepancy k = units == 1 ? Discrepancy.ROUNDING : Discrepancy.MISMATCH;
    Location loc = ClaimSupport.at(rate);
    ctx.report(ctx.finding(k.kind(), RATE_DIFFERS, ctx.descriptor().title(), MessageArg.location(loc),
            MessageArg.of(Quantity.percent(printed)), MessageArg.of(Quantity.of(now)),
            MessageArg.of(Quantity.of(prior)), MessageArg.of(Quantity.percent(computed)),
            ClaimChecks.source(rate))
        .location(loc).actual(Quantity.percent(printed)).expected(Quantity.percent(computed))
        .difference(Quantity.percent(printed.subtract(computed))).tolerance(Quantity.percent(unit)));
  }
}
