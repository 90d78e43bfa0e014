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
 * J32 — 决算说明 政府采购总额 = 货物 + 工程 + 服务: the total of 政府采购 the narrative states is the sum of the
 * three kinds it states (a kind not stated counts as 0 only when at least two are stated).
 */
public final class FinalProcurementTotal extends BudgetRule {
  /**
   * Rule {@code J32}, 决算说明 政府采购总额 = 货物 + 工程 + 服务. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FinalProcurementTotal RULE = new FinalProcurementTotal();

  private FinalProcurementTotal() {
    super(describe("J32", "决算说明 政府采购总额 = 货物 + 工程 + 服务", "Final narrative procurement total",
            "Narrative 政府采购 总额 = 货物 + 工程 + 服务 as stated (printed precision, 3 addends).", Severity.ERROR),
        claims("政府采购 总额 with its kinds", on(FINAL_PROCUREMENT_TOTAL)));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    ClaimSubject[] kinds = {FINAL_PROCUREMENT_GOODS, FINAL_PROCUREMENT_WORKS, FINAL_PROCUREMENT_SERVICES};
    WanYuan sum = WanYuan.ZERO;
    int stated = 0;
    for (ClaimSubject k : kinds) {
      Optional<WanYuan> a = FinalNarrative.amount(b, k);
      if (a.isPresent()) {
        sum = sum.plus(a.get());
        stated++;
      }
    }
    if (stated < 2) {
      ctx.insufficientData("fewer than two of 货物, 工程, 服务 stated");
      return;
    }
    for (NarrativeClaim c : of(b, FINAL_PROCUREMENT_TOTAL, ClaimMeasure.AMOUNT)) {
      amount(ctx, c, sum, "货物 + 工程 + 服务", 3);
    }
  }
}
