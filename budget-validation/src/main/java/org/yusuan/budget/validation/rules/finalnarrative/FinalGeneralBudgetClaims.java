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
 * J25 — 决算说明 一般公共预算财政拨款支出 = F5: the amount is F5's 合计, each 类 its F5 类 row (合计 column).
 */
public final class FinalGeneralBudgetClaims extends BudgetRule {
  /**
   * Rule {@code J25}, 决算说明 一般公共预算财政拨款支出 = F5. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FinalGeneralBudgetClaims RULE = new FinalGeneralBudgetClaims();

  private FinalGeneralBudgetClaims() {
    super(describe("J25", "决算说明 一般公共预算财政拨款支出 = F5", "Final narrative general budget against F5",
            "Narrative 一般公共预算财政拨款支出 = F5 合计 (合计 column); each 类 stated = its F5 类 row. WARNING.",
            Severity.WARNING),
        claims("一般公共预算财政拨款支出", on(FINAL_GENERAL_BUDGET, FINAL_GENERAL_BUDGET_BY_CLASS)),
        Inputs.table(TableId.F5, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionTable f5 = b.tablesById().functionTable(TableId.F5).orElseThrow();
    f5.total().ifPresent(total -> {
      WanYuan all = Budgets.amount(f5, total, AmountColumn.TOTAL);
      for (NarrativeClaim c : of(b, FINAL_GENERAL_BUDGET, ClaimMeasure.AMOUNT)) {
        amount(ctx, c, all, "F5 合计", 1);
      }
    });
    for (NarrativeClaim c : of(b, FINAL_GENERAL_BUDGET_BY_CLASS, ClaimMeasure.AMOUNT)) {
      if (c.functionCode().isPresent()) {
        Optional<FunctionRow> row = f5.row(c.functionCode().get());
        amount(ctx, c, row.map(r -> Budgets.amount(f5, r, AmountColumn.TOTAL)).orElse(WanYuan.ZERO),
            "F5 " + c.functionCode().get().value() + (row.isPresent() ? "" : "（表中无此类）"), 1);
      }
    }
  }
}
