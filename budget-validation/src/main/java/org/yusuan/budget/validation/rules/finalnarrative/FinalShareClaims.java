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
import org.jspecify.annotations.Nullable;

/**
 * J22 — 决算说明 占比 = 部分 / 整体: each share the narrative states is its part's amount over the whole it
 * is a share of, both as the narrative states them (占本年收入合计, 占总支出, 占财政拨款支出总计…), HALF_UP to the
 * printed decimals. The text contradicting its own figures is an ERROR.
 */
public final class FinalShareClaims extends BudgetRule {
  /**
   * Rule {@code J22}, 决算说明 占比 = 部分 / 整体. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FinalShareClaims RULE = new FinalShareClaims();

  /** Each part subject and the whole its share is of. */
  static final ClaimSubject[][] PARTS = {
      {FINAL_INCOME_SOURCE, FINAL_INCOME}, {FINAL_BASIC, FINAL_EXPENDITURE}, {FINAL_PROJECT, FINAL_EXPENDITURE},
      {FINAL_EXPENDITURE_BY_CLASS, FINAL_EXPENDITURE}, {FINAL_GENERAL_BUDGET, FINAL_EXPENDITURE},
      {FINAL_GENERAL_BUDGET_BY_CLASS, FINAL_GENERAL_BUDGET}, {FINAL_FISCAL_BASIC, FINAL_FISCAL_EXPENDITURE},
      {FINAL_FISCAL_PROJECT, FINAL_FISCAL_EXPENDITURE}};

  private FinalShareClaims() {
    super(describe("J22", "决算说明 占比 = 部分 / 整体", "Final narrative shares",
            "A stated share = the part's stated amount / the whole's stated amount × 100, HALF_UP to the printed"
                + " decimals (收入来源 / 本年收入合计; 基本, 项目, 类, 一般公共预算财政拨款支出 / 本年支出合计; 类 / 一般公共预算"
                + "财政拨款支出; 财政拨款基本, 项目 / 财政拨款支出); one unit in the last decimal is ROUNDING.",
            Severity.ERROR),
        claims("shares (占…%)", c -> c.measure() == ClaimMeasure.SHARE && partOf(c.subject()) != null));
  }

  static @Nullable ClaimSubject partOf(ClaimSubject s) {
    for (ClaimSubject[] p : PARTS) {
      if (p[0] == s) {
        return p[1];
      }
    }
    return null;
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    for (ClaimSubject[] p : PARTS) {
      Optional<WanYuan> whole = FinalNarrative.amount(b, p[1]);
      if (whole.isEmpty()) {
        continue;
      }
      for (NarrativeClaim share : of(b, p[0], ClaimMeasure.SHARE)) {
        Optional<WanYuan> part = partAmount(b, share);
        part.ifPresent(a -> percent(ctx, share, a, whole.get(),
            share.subject().chineseName() + " / " + p[1].chineseName()));
      }
    }
  }

  /** The amount stated of the share's subject and qualifier. */
  static Optional<WanYuan> partAmount(DepartmentBudget b, NarrativeClaim share) {
    for (NarrativeClaim c : b.claimsBySubject().on(share.subject())) {
      if (c.measure() == ClaimMeasure.AMOUNT && c.qualifier().equals(share.qualifier())) {
        return c.amount();
      }
    }
    return Optional.empty();
  }
}
