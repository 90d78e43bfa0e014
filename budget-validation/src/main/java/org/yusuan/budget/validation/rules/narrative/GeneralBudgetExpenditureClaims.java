package org.yusuan.budget.validation.rules.narrative;

import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.narrative.ClaimChecks.amounts;
import static org.yusuan.budget.validation.rules.narrative.ClaimChecks.growth;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * N5 — 说明五(一) 一般公共预算当年支出: the stated amount is 表五 合计, and its growth rate is recomputed
 * from the stated change.
 */
public final class GeneralBudgetExpenditureClaims extends BudgetRule {
  /**
   * Rule {@code N5}, 说明五(一) 一般公共预算当年支出. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final GeneralBudgetExpenditureClaims RULE = new GeneralBudgetExpenditureClaims();

  private GeneralBudgetExpenditureClaims() {
    super(RuleDescriptor.builder().id("N5").family(RuleFamily.NARRATIVE)
            .titleZh("说明五(一) 一般公共预算当年支出").titleEn("Narrative §5.1 general budget expenditure")
            .statement("一般公共预算当年支出 = 表五 合计; the growth rate is recomputed from the stated change.")
            .build(),
        NarrativeInputs.claims(), Inputs.printed(TableId.T5, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionTable t5 = b.tablesById().functionTable(TableId.T5).orElseThrow();
    amounts(ctx, b, ClaimSubject.GENERAL_BUDGET_EXPENDITURE, t5.rowIndex().total(TOTAL));
    growth(ctx, b, ClaimSubject.GENERAL_BUDGET_EXPENDITURE);
  }
}
