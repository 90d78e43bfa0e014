package org.yusuan.budget.validation.rules.narrative;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/**
 * N10 — 说明九 政府采购: the stated 政府采购预算总额 is the sum of the stated 货物, 工程 and 服务 (no table
 * backs these figures in the standard template).
 */
public final class ProcurementTotalClaims extends BudgetRule {
  /**
   * Rule {@code N10}, 说明九 政府采购. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ProcurementTotalClaims RULE = new ProcurementTotalClaims();

  private static final ClaimSubject[] PARTS = {
    ClaimSubject.PROCUREMENT_GOODS, ClaimSubject.PROCUREMENT_WORKS, ClaimSubject.PROCUREMENT_SERVICES
  };

  private ProcurementTotalClaims() {
    super(RuleDescriptor.builder().id("N10").family(RuleFamily.NARRATIVE)
            .titleZh("说明九 政府采购").titleEn("Narrative §9 government procurement")
            .statement("政府采购预算总额 = 货物 + 工程 + 服务 (no table backs these figures in the standard template).")
            .build(),
        NarrativeInputs.claims(), NarrativeInputs.procurementTotal());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    NarrativeClaim total = ClaimSupport.first(ctx, b, ClaimSubject.PROCUREMENT_TOTAL, ClaimMeasure.AMOUNT);
    WanYuan sum = WanYuan.ZERO;
    for (ClaimSubject s : PARTS) {
      NarrativeClaim c = ClaimSupport.first(ctx, b, s, ClaimMeasure.AMOUNT);
      if (c != null) {
        sum = sum.plus(c.amount().get());
      }
    }
    ClaimChecks.claimAmount(ctx, total, sum);
  }
}
