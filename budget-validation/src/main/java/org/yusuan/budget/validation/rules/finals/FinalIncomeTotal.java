package org.yusuan.budget.validation.rules.finals;

import static org.yusuan.budget.table.AmountColumn.*;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.*;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Checks;

/** J1 — F1 本年收入合计 = Σ 收入行: the income lines add up to 本年收入合计 (其中 lines and 使用非财政拨款结余 apart). */
public final class FinalIncomeTotal extends BudgetRule {
  /**
   * Rule {@code J1}, 收入支出决算总表 本年收入合计 = Σ 收入. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FinalIncomeTotal RULE = new FinalIncomeTotal();

  private FinalIncomeTotal() {
    super(FinalDescriptors.of("J1", "收入支出决算总表 本年收入合计 = Σ 收入", "Final summary income total",
            "F1: 本年收入合计 = Σ income lines (一、财政拨款收入 … 其他收入); 其中 lines and 使用非财政拨款结余 are not added."),
        Inputs.table(TableId.F1, SummaryTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable t = b.tablesById().summaryTable(TableId.F1).orElseThrow();
    SummaryLine cy = t.currentYearTotal().orElse(null);
    if (cy == null) {
      ctx.insufficientData("F1 has no 本年收入合计 line");
      return;
    }
    SumCheck c = ctx.total("F1", cy.incomeLabel(), Checks.INCOME, cy.incomeAmount());
    for (IncomeRow r : t.incomeRows()) {
      if (FinalLabels.isIncome(r)) {
        c.plus(r.printedLabel(), Checks.INCOME, r.amount());
      }
    }
    c.verify();
  }
}
