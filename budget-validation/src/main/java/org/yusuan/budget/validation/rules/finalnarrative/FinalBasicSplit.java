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
 * J28 — 决算说明 基本支出 = 人员经费 + 公用经费: the 一般公共预算财政拨款基本支出 the narrative states is the
 * 人员经费 plus the 公用经费 it states.
 */
public final class FinalBasicSplit extends BudgetRule {
  /**
   * Rule {@code J28}, 决算说明 基本支出 = 人员经费 + 公用经费. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FinalBasicSplit RULE = new FinalBasicSplit();

  private FinalBasicSplit() {
    super(describe("J28", "决算说明 基本支出 = 人员经费 + 公用经费", "Final narrative basic = personnel + public",
            "Narrative 一般公共预算财政拨款基本支出 = its 人员经费 + its 公用经费 (printed precision, 2 addends).",
            Severity.ERROR),
        claims("基本支出 with 人员经费 and 公用经费", on(FINAL_GENERAL_BUDGET_BASIC)));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    Optional<WanYuan> personnel = FinalNarrative.amount(b, FINAL_PERSONNEL);
    Optional<WanYuan> pub = FinalNarrative.amount(b, FINAL_PUBLIC);
    if (personnel.isEmpty() || pub.isEmpty()) {
      ctx.insufficientData("人员经费 or 公用经费 not stated");
      return;
    }
    for (NarrativeClaim c : of(b, FINAL_GENERAL_BUDGET_BASIC, ClaimMeasure.AMOUNT)) {
      amount(ctx, c, personnel.get().plus(pub.get()), "人员经费 " + personnel.get() + " + 公用经费 " + pub.get(), 2);
    }
  }
}
