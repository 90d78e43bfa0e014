package org.yusuan.budget.validation.rules.finals;

import static org.yusuan.budget.table.AmountColumn.*;

import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.*;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Checks;

/**
 * J5 — F4 合计行: 本年收入合计 = Σ income lines; per column 本年支出合计 = Σ 类; 年初 = Σ 年初 by fund; 总计 =
 * 本年 + 年初 (income) and 本年 + 年末 (every expenditure column); the two 总计 agree.
 */
public final class FiscalFinalTotals extends BudgetRule {
  /**
   * Rule {@code J5}, 财政拨款收入支出决算总表 合计与总计. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FiscalFinalTotals RULE = new FiscalFinalTotals();

  private FiscalFinalTotals() {
    super(FinalDescriptors.of("J5", "财政拨款收入支出决算总表 合计与总计", "Final fiscal summary totals",
            "F4: 本年收入合计 = Σ income lines; every column: 本年支出合计 = Σ 类; 年初财政拨款结转和结余 = Σ its lines by"
                + " fund; 总计 = 本年收入合计 + 年初 (income), = 本年支出合计 + 年末 (every column); 总计 income = 总计 合计."),
        Inputs.table(TableId.F4, SummaryTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable t = b.tablesById().summaryTable(TableId.F4).orElseThrow();
    SummaryLine cy = t.currentYearTotal().orElse(null);
    if (cy == null) {
      ctx.insufficientData("F4 has no 本年收入合计 line");
      return;
    }
    SumCheck in = ctx.total("F4", cy.incomeLabel(), Checks.INCOME, cy.incomeAmount());
    for (IncomeRow r : t.incomeRows()) {
      if (FinalLabels.isIncome(r)) {
        in.plus(r.printedLabel(), Checks.INCOME, r.amount());
      }
    }
    in.verify();
    for (int ci = 0; ci < t.columns().size(); ci++) {
      String col = t.columns().get(ci).chineseName();
      SumCheck c = ctx.total("F4", cy.expenditureLabel(), col, cy.cells().get(ci));
      for (CategoryRow r : t.categoryRows()) {
        c.plus(r.printedName(), col, r.cells().get(ci));
      }
      c.verify();
    }
    SummaryLine co = t.carryOver().orElse(null);
    if (co != null && !t.carryOverByFund().isEmpty()) {
      SumCheck c = ctx.total("F4", co.incomeLabel(), Checks.INCOME, co.incomeAmount());
      for (IncomeRow r : t.carryOverByFund()) {
        c.plus("年初·" + r.printedLabel(), Checks.INCOME, r.amount());
      }
      c.verify();
    }
    SummaryLine gt = t.grandTotal().orElse(null);
    if (gt == null) {
      return;
    }
    SumCheck g = ctx.total("F4", gt.incomeLabel(), Checks.INCOME, gt.incomeAmount())
        .plus(cy.incomeLabel(), Checks.INCOME, cy.incomeAmount());
    if (co != null) {
      g.plus(co.incomeLabel(), Checks.INCOME, co.incomeAmount());
    }
    g.verify();
    for (int ci = 0; ci < t.columns().size(); ci++) {
      String col = t.columns().get(ci).chineseName();
      SumCheck c = ctx.total("F4", gt.expenditureLabel(), col, gt.cells().get(ci))
          .plus(cy.expenditureLabel(), col, cy.cells().get(ci));
      if (co != null) {
        c.plus(co.expenditureLabel(), col, co.cells().get(ci));
      }
      c.verify();
    }
    int ti = t.columns().indexOf(TOTAL);
    if (ti >= 0) {
      ctx.compare("F4", gt.incomeLabel(), Checks.INCOME, gt.incomeAmount(),
          "F4", gt.expenditureLabel(), TOTAL.chineseName(), gt.cells().get(ti));
    }
  }
}
