package org.yusuan.budget.validation.rules.narrative;

import static org.yusuan.budget.validation.rules.narrative.ClaimChecks.amounts;
import static org.yusuan.budget.validation.rules.narrative.ClaimChecks.shares;
import static org.yusuan.budget.validation.rules.support.TableAmounts.income;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.table.FundSource;
import org.yusuan.budget.table.SummaryRowIndex;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * N2 — 说明二 收入来源及占比: each income source's stated amount is its 表一 income row, and its 占 p% is
 * its share of 收入总计 (上年结转 too).
 */
public final class IncomeSourceClaims extends BudgetRule {
  /**
   * Rule {@code N2}, 说明二 收入来源及占比. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final IncomeSourceClaims RULE = new IncomeSourceClaims();

  /** The claim subjects of the five income sources, in the order of {@link #FUNDS}. */
  private static final ClaimSubject[] REVENUE_SOURCES = {
    ClaimSubject.REVENUE_GENERAL_BUDGET, ClaimSubject.REVENUE_GOVERNMENT_FUND, ClaimSubject.REVENUE_STATE_CAPITAL,
    ClaimSubject.REVENUE_SPECIAL_ACCOUNT, ClaimSubject.REVENUE_UNIT_FUNDS
  };
  private static final FundSource[] FUNDS = {
    FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND, FundSource.STATE_CAPITAL, FundSource.SPECIAL_ACCOUNT,
    FundSource.UNIT_FUNDS
  };

  private IncomeSourceClaims() {
    super(RuleDescriptor.builder().id("N2").family(RuleFamily.NARRATIVE)
            .titleZh("说明二 收入来源及占比").titleEn("Narrative §2 income sources and shares")
            .statement("Each income source amount = 表一 income row (and 上年结转); 占 p% of 收入总计.")
            .build(),
        NarrativeInputs.claims(), Inputs.printed(TableId.T1, SummaryTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable t1 = b.tablesById().summaryTable(TableId.T1).orElseThrow();
    SummaryRowIndex f = t1.rowIndex();
    WanYuan base = f.grandTotalIncome();
    for (int i = 0; i < FUNDS.length; i++) {
      WanYuan v = income(t1, f.income(FUNDS[i]).orElse(null));
      amounts(ctx, b, REVENUE_SOURCES[i], v);
      shares(ctx, b, REVENUE_SOURCES[i], v, base);
    }
    shares(ctx, b, ClaimSubject.REVENUE_CARRY_OVER, f.carryOverIncome(), base);
  }
}
