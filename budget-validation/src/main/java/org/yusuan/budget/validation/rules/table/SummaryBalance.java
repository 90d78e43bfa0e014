package org.yusuan.budget.validation.rules.table;

import org.yusuan.budget.table.AmountColumn;

import static org.yusuan.budget.table.AmountColumn.CARRY_OVER;
import static org.yusuan.budget.table.AmountColumn.CURRENT_YEAR;
import static org.yusuan.budget.validation.rules.support.Budgets.cell;
import static org.yusuan.budget.validation.rules.support.Budgets.col;
import static org.yusuan.budget.validation.rules.support.Checks.INCOME;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * T1.5 — 表一 收支平衡: 本年支出合计 against 本年收入合计 and 上年结转 by column, and 支出总计 =
 * 本年支出合计 + 年终结转 in every column.
 */
public final class SummaryBalance extends BudgetRule {
  /**
   * Rule {@code T1.5}, 表一 收支平衡. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final SummaryBalance RULE = new SummaryBalance();

  private SummaryBalance() {
    super(TableDescriptors.of("T1.5", "表一 收支平衡", "Table 1 income and expenditure balance",
            "表一: 本年支出合计.当年 = 本年收入合计; 本年支出合计.结转 = 上年结转; 支出总计 = 本年支出合计 + 年终结转."
                + " (本年支出合计.合计 includes 结转 and is not compared with 本年收入合计.)"),
        Inputs.table(TableId.T1, SummaryTable.class),
        Inputs.column(TableId.T1, AmountColumn.CURRENT_YEAR), Inputs.column(TableId.T1, AmountColumn.CARRY_OVER));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable t = b.tablesById().summaryTable(TableId.T1).orElseThrow();
    SummaryLine cy = t.currentYearTotal().orElse(null);
    SummaryLine co = t.carryOver().orElse(null);
    SummaryLine gt = t.grandTotal().orElse(null);
    if (cy == null || gt == null) {
      ctx.insufficientData("T1 lacks 本年支出合计 or 支出总计");
      return;
    }
    String tid = t.id().value();
    int cur = col(t, CURRENT_YEAR);
    int car = col(t, CARRY_OVER);
    ctx.compare(tid, cy.expenditureLabel(), CURRENT_YEAR.chineseName(), cell(cy, cur),
        tid, cy.incomeLabel(), INCOME, cy.incomeAmount());
    if (co != null) {
      ctx.compare(tid, cy.expenditureLabel(), CARRY_OVER.chineseName(), cell(cy, car),
          tid, co.incomeLabel(), INCOME, co.incomeAmount());
    }
    for (int ci = 0; ci < t.columns().size(); ci++) {
      String colName = t.columns().get(ci).chineseName();
      SumCheck c = ctx.total(tid, gt.expenditureLabel(), colName, cell(gt, ci))
          .plus(cy.expenditureLabel(), colName, cell(cy, ci));
      if (co != null) {
        c.plus(co.expenditureLabel(), colName, cell(co, ci));
      }
      c.verify();
    }
  }
}
