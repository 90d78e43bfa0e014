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
 * J6 — F4 各资金收支平衡: for each fund f (一般公共预算, 政府性基金, 国有资本经营), 年初_f + 本年收入_f =
 * 本年支出_f + 年末_f — 年初 from the by-fund lines, 本年收入 from the income lines, 本年支出 and 年末 from the
 * fund's column.
 */
public final class FiscalFinalFundBalance extends BudgetRule {
  /**
   * Rule {@code J6}, 财政拨款收入支出决算总表 各资金收支平衡. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FiscalFinalFundBalance RULE = new FiscalFinalFundBalance();

  private FiscalFinalFundBalance() {
    super(FinalDescriptors.of("J6", "财政拨款收入支出决算总表 各资金收支平衡", "Final fiscal summary balance by fund",
            "F4, per fund f: 本年支出合计.f = 年初财政拨款结转和结余.f + 本年收入.f − 年末财政拨款结转和结余.f."),
        Inputs.table(TableId.F4, SummaryTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable t = b.tablesById().summaryTable(TableId.F4).orElseThrow();
    SummaryLine cy = t.currentYearTotal().orElse(null);
    if (cy == null) {
      ctx.insufficientData("F4 has no 本年支出合计 line");
      return;
    }
    SummaryLine co = t.carryOver().orElse(null);
    for (FundSource f : new FundSource[] {FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND,
        FundSource.STATE_CAPITAL}) {
      int ci = t.columns().indexOf(f.column());
      if (ci < 0) {
        continue;
      }
      String col = f.column().chineseName();
      SumCheck c = ctx.total("F4", cy.expenditureLabel(), col, cy.cells().get(ci));
      for (IncomeRow r : t.carryOverByFund()) {
        if (FinalLabels.fund(r).orElse(null) == f) {
          c.plus("年初·" + r.printedLabel(), Checks.INCOME, r.amount());
        }
      }
      for (IncomeRow r : t.incomeRows()) {
        if (FinalLabels.isIncome(r) && FinalLabels.fund(r).orElse(null) == f) {
          c.plus(r.printedLabel(), Checks.INCOME, r.amount());
        }
      }
      if (co != null) {
        c.minus("F4", co.expenditureLabel(), col, co.cells().get(ci));
      }
      c.verify();
    }
  }
}
