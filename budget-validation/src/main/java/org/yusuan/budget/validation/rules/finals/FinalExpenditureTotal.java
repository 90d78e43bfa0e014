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

/** J2 — F1 本年支出合计 = Σ 类: the 类 lines add up to 本年支出合计 (结余分配 apart). */
public final class FinalExpenditureTotal extends BudgetRule {
  /**
   * Rule {@code J2}, 收入支出决算总表 本年支出合计 = Σ 类. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FinalExpenditureTotal RULE = new FinalExpenditureTotal();

  private FinalExpenditureTotal() {
    super(FinalDescriptors.of("J2", "收入支出决算总表 本年支出合计 = Σ 类", "Final summary expenditure total",
            "F1, every column: 本年支出合计 = Σ 类 lines (结余分配 is not added)."),
        Inputs.table(TableId.F1, SummaryTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable t = b.tablesById().summaryTable(TableId.F1).orElseThrow();
    SummaryLine cy = t.currentYearTotal().orElse(null);
    if (cy == null) {
      ctx.insufficientData("F1 has no 本年支出合计 line");
      return;
    }
    for (int ci = 0; ci < t.columns().size(); ci++) {
      String col = t.columns().get(ci).chineseName();
      SumCheck c = ctx.total("F1", cy.expenditureLabel(), col, cy.cells().get(ci));
      for (CategoryRow r : t.categoryRows()) {
        if (!FinalLabels.isDistribution(r)) {
          c.plus(r.printedName(), col, r.cells().get(ci));
        }
      }
      c.verify();
    }
  }
}
