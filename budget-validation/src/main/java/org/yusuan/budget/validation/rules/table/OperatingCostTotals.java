package org.yusuan.budget.validation.rules.table;

import static org.yusuan.budget.table.AmountColumn.GENERAL_BUDGET;
import static org.yusuan.budget.table.AmountColumn.GOVERNMENT_FUND;
import static org.yusuan.budget.table.AmountColumn.STATE_CAPITAL;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.support.Budgets.cell;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.table.UnitAmountRow;
import org.yusuan.budget.table.UnitAmountTable;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Checks;

/**
 * T11.1 — 表十一 合计 = Σ 资金，部门合计 = Σ 单位: 机关运行经费 per row 合计 = the three funds, and the
 * department row = Σ unit rows.
 */
public final class OperatingCostTotals extends BudgetRule {
  /**
   * Rule {@code T11.1}, 表十一 合计 = Σ 资金，部门合计 = Σ 单位. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final OperatingCostTotals RULE = new OperatingCostTotals();

  private OperatingCostTotals() {
    super(TableDescriptors.of("T11.1", "表十一 合计 = Σ 资金，部门合计 = Σ 单位", "Table 11 row total = Σ funds, department = Σ units",
            "表十一: per row 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算; 部门合计 = Σ unit rows."),
        Inputs.table(TableId.T11, UnitAmountTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    UnitAmountTable t = b.tablesById().unitAmountTable(TableId.T11).orElseThrow();
    TotalRow total = t.total().orElse(null);
    // Without a 合计 column the row sums report INSUFFICIENT_DATA, yet the unit rows still add up.
    Checks.rowSums(ctx, t, t.rows(), total, TOTAL, GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL);
    if (total == null || t.rows().isEmpty()) {
      return;
    }
    for (int ci = 0; ci < t.columns().size(); ci++) {
      String colName = t.columns().get(ci).chineseName();
      SumCheck c = ctx.total(t.id().value(), total.label(), colName, cell(total, ci));
      for (UnitAmountRow r : t.rows()) {
        c.plus(r.printedUnitName(), colName, cell(r, ci));
      }
      c.verify();
    }
  }
}
