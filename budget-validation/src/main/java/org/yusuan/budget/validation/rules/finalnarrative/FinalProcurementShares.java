package org.yusuan.budget.validation.rules.finalnarrative;

import static org.yusuan.budget.narrative.ClaimSubject.*;
import static org.yusuan.budget.validation.rules.finalnarrative.FinalNarrative.*;

import java.util.List;
import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.*;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Budgets;

/**
 * J33 — 决算说明 中小企业、小微企业占比: the share of the contracts awarded to 中小企业 is of the 政府采购 total,
 * the share awarded to 小微企业 is of the 中小企业 awards, both as the narrative states them.
 */
public final class FinalProcurementShares extends BudgetRule {
  /**
   * Rule {@code J33}, 决算说明 授予中小企业、小微企业占比. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FinalProcurementShares RULE = new FinalProcurementShares();

  private FinalProcurementShares() {
    super(describe("J33", "决算说明 授予中小企业、小微企业占比", "Final narrative SME shares",
            "Narrative share of 授予中小企业合同金额 = SME / 政府采购总额; of 授予小微企业合同金额 = 小微 / 中小企业;"
                + " HALF_UP to the printed decimals, one unit in the last decimal is ROUNDING.", Severity.ERROR),
        claims("中小企业 or 小微企业 shares", c -> c.measure() == ClaimMeasure.SHARE && c.qualifier().isEmpty()
            && (c.subject() == FINAL_PROCUREMENT_SME || c.subject() == FINAL_PROCUREMENT_SMALL_MICRO)));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    Optional<WanYuan> total = FinalNarrative.amount(b, FINAL_PROCUREMENT_TOTAL);
    Optional<WanYuan> sme = FinalNarrative.amount(b, FINAL_PROCUREMENT_SME);
    Optional<WanYuan> micro = FinalNarrative.amount(b, FINAL_PROCUREMENT_SMALL_MICRO);
    for (NarrativeClaim c : of(b, FINAL_PROCUREMENT_SME, ClaimMeasure.SHARE)) {
      if (c.qualifier().isEmpty() && sme.isPresent() && total.isPresent()) {
        percent(ctx, c, sme.get(), total.get(), "中小企业 " + sme.get() + " / 总额 " + total.get());
      }
    }
    for (NarrativeClaim c : of(b, FINAL_PROCUREMENT_SMALL_MICRO, ClaimMeasure.SHARE)) {
      if (c.qualifier().isEmpty() && micro.isPresent() && sme.isPresent()) {
        percent(ctx, c, micro.get(), sme.get(), "小微企业 " + micro.get() + " / 中小企业 " + sme.get());
      }
    }
  }
}
