package org.yusuan.budget.validation.rules.narrative;

import org.yusuan.budget.validation.Availability;

import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.narrative.ClaimChecks.amounts;
import static org.yusuan.budget.validation.rules.narrative.ClaimChecks.claimAmount;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.SummaryRowIndex;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * N4 — 说明四 财政拨款收支: the stated 财政拨款 totals, fund amounts, 当年 and 结转 incomes and 类 amounts
 * are 表四's.
 */
public final class FiscalAppropriationClaims extends BudgetRule {
  /** Templates whose 财政拨款收支总表 prints only 支出总计 (no 本年支出合计 line) give nothing to compare. */
  private static final Availability NO_CURRENT_YEAR_LINE =
      Availability.notApplicable("T4 prints no 本年支出合计 line");
  /**
   * Rule {@code N4}, 说明四 财政拨款收支. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FiscalAppropriationClaims RULE = new FiscalAppropriationClaims();

  private FiscalAppropriationClaims() {
    super(RuleDescriptor.builder().id("N4").family(RuleFamily.NARRATIVE)
            .titleZh("说明四 财政拨款收支").titleEn("Narrative §4 fiscal appropriations")
            .statement("财政拨款收支总预算 = 表四 收入总计; 一般/基金/国资 拨款 = 表四 本年支出合计 fund columns (incl. 结转);"
                + " 当年拨款收入 = 本年收入合计; 上年结转收入 = 上年财政拨款结转; listed 类 amounts = 表四 类 小计.")
            .build(),
        NarrativeInputs.claims(), Inputs.printed(TableId.T4, SummaryTable.class),
        Inputs.input("T4 本年支出合计 line", b -> b.tablesById().summaryTable(TableId.T4)
            .map(t -> t.currentYearTotal().isPresent() || t.declaredEmpty() ? Availability.AVAILABLE
                : NO_CURRENT_YEAR_LINE).orElse(Availability.AVAILABLE)));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryRowIndex f = b.tablesById().summaryTable(TableId.T4).orElseThrow().rowIndex();
    amounts(ctx, b, ClaimSubject.FISCAL_GRAND_TOTAL, f.grandTotalIncome());
    amounts(ctx, b, ClaimSubject.FISCAL_GENERAL_BUDGET, f.currentYearExpenditure(AmountColumn.GENERAL_BUDGET));
    amounts(ctx, b, ClaimSubject.FISCAL_GOVERNMENT_FUND, f.currentYearExpenditure(AmountColumn.GOVERNMENT_FUND));
    amounts(ctx, b, ClaimSubject.FISCAL_STATE_CAPITAL, f.currentYearExpenditure(AmountColumn.STATE_CAPITAL));
    amounts(ctx, b, ClaimSubject.FISCAL_CURRENT_YEAR, f.currentYearIncome());
    amounts(ctx, b, ClaimSubject.FISCAL_CARRY_OVER, f.carryOverIncome());
    for (NarrativeClaim c : b.claimsBySubject().on(ClaimSubject.FISCAL_BY_CLASS)) {
      if (c.measure() == ClaimMeasure.AMOUNT && c.functionCode().isPresent()) {
        // The last 类 row of the code counts, as printed.
        int r = f.lastCategory(c.functionCode().get().value());
        claimAmount(ctx, c, r < 0 ? WanYuan.ZERO : f.amount(r, TOTAL));
      }
    }
  }
}
