package org.yusuan.budget.validation.rules.narrative;

import static org.yusuan.budget.table.AmountColumn.BASIC;
import static org.yusuan.budget.table.AmountColumn.PROJECT;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.narrative.ClaimChecks.amounts;
import static org.yusuan.budget.validation.rules.narrative.ClaimChecks.shares;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/** N3 — 说明三 基本支出与项目支出: the stated 基本支出 and 项目支出 and their shares are 表三's. */
public final class BasicAndProjectExpenditureClaims extends BudgetRule {
  /**
   * Rule {@code N3}, 说明三 基本支出与项目支出. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final BasicAndProjectExpenditureClaims RULE = new BasicAndProjectExpenditureClaims();

  private BasicAndProjectExpenditureClaims() {
    super(RuleDescriptor.builder().id("N3").family(RuleFamily.NARRATIVE)
            .titleZh("说明三 基本支出与项目支出").titleEn("Narrative §3 basic and project expenditure")
            .statement("基本支出 / 项目支出 = 表三 totals; 占% of 表三 合计.")
            .build(),
        NarrativeInputs.claims(), Inputs.printed(TableId.T3, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionRowIndex f = b.tablesById().functionTable(TableId.T3).orElseThrow().rowIndex();
    WanYuan base = f.total(TOTAL);
    amounts(ctx, b, ClaimSubject.BASIC_EXPENDITURE, f.total(BASIC));
    amounts(ctx, b, ClaimSubject.PROJECT_EXPENDITURE, f.total(PROJECT));
    shares(ctx, b, ClaimSubject.BASIC_EXPENDITURE, f.total(BASIC), base);
    shares(ctx, b, ClaimSubject.PROJECT_EXPENDITURE, f.total(PROJECT), base);
  }
}
