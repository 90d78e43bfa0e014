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

/**
 * J3 — F1 收支平衡: 年初结转和结余 + 本年收入合计 + 使用非财政拨款结余 = 总计 = 本年支出合计 + 结余分配 +
 * 年末结转和结余, and the two 总计 agree.
 */
public final class FinalBalance extends BudgetRule {
  /**
   * Rule {@code J3}, 收入支出决算总表 收支平衡. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FinalBalance RULE = new FinalBalance();

  private FinalBalance() {
    super(FinalDescriptors.of("J3", "收入支出决算总表 收支平衡", "Final summary balance",
            "F1: 总计 (income) = 年初结转和结余 + 本年收入合计 + 使用非财政拨款结余; 总计 (expenditure) = 本年支出合计"
                + " + 结余分配 + 年末结转和结余; the two 总计 are equal."),
        Inputs.table(TableId.F1, SummaryTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable t = b.tablesById().summaryTable(TableId.F1).orElseThrow();
    SummaryLine cy = t.currentYearTotal().orElse(null);
    SummaryLine gt = t.grandTotal().orElse(null);
    if (cy == null || gt == null) {
      ctx.insufficientData("F1 lacks 本年收入合计 or 总计");
      return;
    }
    SummaryLine co = t.carryOver().orElse(null);
    SumCheck in = ctx.total("F1", gt.incomeLabel(), Checks.INCOME, gt.incomeAmount())
        .plus(cy.incomeLabel(), Checks.INCOME, cy.incomeAmount());
    if (co != null) {
      in.plus(co.incomeLabel(), Checks.INCOME, co.incomeAmount());
    }
    for (IncomeRow r : t.incomeRows()) {
      if (FinalLabels.isBalanceUse(r.printedLabel())) {
        in.plus(r.printedLabel(), Checks.INCOME, r.amount());
      }
    }
    in.verify();
    for (int ci = 0; ci < t.columns().size(); ci++) {
      String col = t.columns().get(ci).chineseName();
      SumCheck out = ctx.total("F1", gt.expenditureLabel(), col, gt.cells().get(ci))
          .plus(cy.expenditureLabel(), col, cy.cells().get(ci));
      if (co != null) {
        out.plus(co.expenditureLabel(), col, co.cells().get(ci));
      }
      for (CategoryRow r : t.categoryRows()) {
        if (FinalLabels.isDistribution(r)) {
          out.plus(r.printedName(), col, r.cells().get(ci));
        }
      }
      out.verify();
    }
    ctx.compare("F1", gt.incomeLabel(), Checks.INCOME, gt.incomeAmount(),
        "F1", gt.expenditureLabel(), t.columns().get(0).chineseName(), gt.cells().get(0));
  }
}
