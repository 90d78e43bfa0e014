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

/** J4 — F4 合计 = Σ 资金: in every 类 line and footer line, 合计 = 一般公共预算 + 政府性基金 + 国有资本经营. */
public final class FiscalFinalRowTotals extends BudgetRule {
  /**
   * Rule {@code J4}, 财政拨款收入支出决算总表 合计 = Σ 资金. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FiscalFinalRowTotals RULE = new FiscalFinalRowTotals();

  private static final AmountColumn[] FUNDS = {GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL};

  private FiscalFinalRowTotals() {
    super(FinalDescriptors.of("J4", "财政拨款收入支出决算总表 合计 = Σ 资金", "Final fiscal summary row totals",
            "F4, every 类 line and the 本年支出合计, 年末 and 总计 lines: 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算."),
        Inputs.table(TableId.F4, SummaryTable.class), Inputs.column(TableId.F4, TOTAL));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable t = b.tablesById().summaryTable(TableId.F4).orElseThrow();
    int ti = t.columns().indexOf(TOTAL);
    int[] pi = Checks.columns(t, FUNDS);
    for (CategoryRow r : t.categoryRows()) {
      Checks.rowSum(ctx, "F4", r.printedName(), r.cells(), ti, TOTAL, pi, FUNDS);
    }
    for (Optional<SummaryLine> line : java.util.List.of(t.currentYearTotal(), t.carryOver(), t.grandTotal())) {
      line.ifPresent(l -> Checks.rowSum(ctx, "F4", l.expenditureLabel(), l.cells(), ti, TOTAL, pi, FUNDS));
    }
  }
}
