package org.yusuan.budget.validation.rules.table;

import static org.yusuan.budget.validation.rules.support.Checks.INCOME;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryRowIndex;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/** T4.2 — 表四 上年财政拨款结转 = Σ 分资金结转: the carry-over line = Σ its rows by fund. */
public final class FiscalSummaryCarryOver extends BudgetRule {
  /**
   * Rule {@code T4.2}, 表四 上年财政拨款结转 = Σ 分资金结转. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FiscalSummaryCarryOver RULE = new FiscalSummaryCarryOver();

  private FiscalSummaryCarryOver() {
    super(TableDescriptors.of("T4.2", "表四 上年财政拨款结转 = Σ 分资金结转", "Table 4 carry-over = Σ carry-over by fund",
            "表四: 上年财政拨款结转 = Σ of its 一般公共预算 / 政府性基金预算 / 国有资本经营预算 rows."),
        Inputs.table(TableId.T4, SummaryTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable t = b.tablesById().summaryTable(TableId.T4).orElseThrow();
    SummaryRowIndex f = t.rowIndex();
    SummaryLine co = f.carryOver().orElse(null);
    if (co == null || f.fundCarryOverCount() == 0) {
      ctx.notApplicable("T4 prints no carry-over by fund");
      return;
    }
    SumCheck c = ctx.total(f.id().value(), co.incomeLabel(), INCOME, co.incomeAmount());
    for (int k = 0; k < f.fundCarryOverCount(); k++) {
      c.plus(f.fundCarryOverKey(k), INCOME, f.fundCarryOver(k).amount());
    }
    c.verify();
  }
}
