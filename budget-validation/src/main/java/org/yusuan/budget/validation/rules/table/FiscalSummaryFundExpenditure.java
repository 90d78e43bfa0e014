package org.yusuan.budget.validation.rules.table;

import static org.yusuan.budget.validation.rules.support.Budgets.cell;
import static org.yusuan.budget.validation.rules.support.Checks.INCOME;

import java.util.List;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.FundSource;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryRowIndex;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * T4.5 — 表四 分资金支出 = 收入 + 结转: per fund, 本年支出合计 in its column = its income row + its
 * 上年财政拨款结转 rows.
 */
public final class FiscalSummaryFundExpenditure extends BudgetRule {
  /**
   * Rule {@code T4.5}, 表四 分资金支出 = 收入 + 结转. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FiscalSummaryFundExpenditure RULE = new FiscalSummaryFundExpenditure();

  private FiscalSummaryFundExpenditure() {
    super(TableDescriptors.of("T4.5", "表四 分资金支出 = 收入 + 结转", "Table 4 fund expenditure = income + carry-over",
            "表四, per fund f: 本年支出合计.f = income row f + 上年财政拨款结转 row f (the fund columns include 结转)."),
        Inputs.table(TableId.T4, SummaryTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable t = b.tablesById().summaryTable(TableId.T4).orElseThrow();
    SummaryRowIndex f = t.rowIndex();
    SummaryLine cy = f.currentYear().orElse(null);
    if (cy == null) {
      ctx.insufficientData("T4 has no 本年支出合计 row");
      return;
    }
    String tid = f.id().value();
    List<IncomeRow> incomes = t.incomeRows();
    for (int i = 0; i < incomes.size(); i++) {
      IncomeRow in = incomes.get(i);
      FundSource source = in.source().orElse(null);
      if (source == null) {
        continue;
      }
      AmountColumn column = source.column();
      int ci = f.amounts().index(column);
      if (ci < 0) {
        continue;
      }
      SumCheck c = ctx.total(tid, cy.expenditureLabel(), column.chineseName(), cell(cy, ci))
          .plus(in.printedLabel(), INCOME, in.amount());
      for (int k = 0; k < f.fundCarryOverCount(); k++) {
        if (f.fundCarryOverSource(k).orElse(null) == source) {
          c.plus(f.fundCarryOverKey(k), INCOME, f.fundCarryOver(k).amount());
        }
      }
      c.verify();
    }
  }
}
