package org.yusuan.budget.validation.rules.narrative;

import static org.yusuan.budget.table.AmountColumn.CARRY_OVER;
import static org.yusuan.budget.table.AmountColumn.CURRENT_YEAR;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.narrative.ClaimChecks.amounts;
import static org.yusuan.budget.validation.rules.narrative.ClaimChecks.growth;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.table.SummaryRowIndex;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * N1 — 说明一 收支总额与增减: the stated revenue and expenditure totals (总计, 本年, 上年结转) are 表一's,
 * and their growth rates are recomputed from the stated change.
 */
public final class OverallTotalsClaims extends BudgetRule {
  /**
   * Rule {@code N1}, 说明一 收支总额与增减. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final OverallTotalsClaims RULE = new OverallTotalsClaims();

  private OverallTotalsClaims() {
    super(RuleDescriptor.builder().id("N1").family(RuleFamily.NARRATIVE)
            .titleZh("说明一 收支总额与增减").titleEn("Narrative §1 totals and change")
            .statement("预算收入/支出总计 = 表一 收入总计 / 支出总计; 本年收入 = 本年收入合计; 上年结转 = 上年结转;"
                + " the growth rate = Δ / (total − Δ) × 100, HALF_UP to the printed decimals.")
            .build(),
        NarrativeInputs.claims(), Inputs.printed(TableId.T1, SummaryTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable t1 = b.tablesById().summaryTable(TableId.T1).orElseThrow();
    SummaryRowIndex f = t1.rowIndex();
    amounts(ctx, b, ClaimSubject.REVENUE_GRAND_TOTAL, f.grandTotalIncome());
    amounts(ctx, b, ClaimSubject.REVENUE_CURRENT_YEAR, f.currentYearIncome());
    amounts(ctx, b, ClaimSubject.REVENUE_CARRY_OVER, f.carryOverIncome());
    amounts(ctx, b, ClaimSubject.EXPENDITURE_GRAND_TOTAL, f.grandTotalExpenditure(TOTAL));
    // 本年/结转 columns are the standard template's; a 收支总表 without them states neither
    if (t1.hasColumn(CURRENT_YEAR)) {
      amounts(ctx, b, ClaimSubject.EXPENDITURE_CURRENT_YEAR, f.currentYearExpenditure(CURRENT_YEAR));
    }
    if (t1.hasColumn(CARRY_OVER)) {
      amounts(ctx, b, ClaimSubject.EXPENDITURE_CARRY_OVER, f.currentYearExpenditure(CARRY_OVER));
    }
    growth(ctx, b, ClaimSubject.REVENUE_GRAND_TOTAL);
    growth(ctx, b, ClaimSubject.EXPENDITURE_GRAND_TOTAL);
  }
}
