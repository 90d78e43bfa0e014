package org.yusuan.budget.validation.rules.narrative;

import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.narrative.ClaimChecks.claimAmount;
import static org.yusuan.budget.validation.rules.narrative.ClaimChecks.percent;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/** N6 — 说明五(二) 一般公共预算分类: each stated 类 amount and share is 表五's. */
public final class GeneralBudgetByClassClaims extends BudgetRule {
  /**
   * Rule {@code N6}, 说明五(二) 一般公共预算分类. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final GeneralBudgetByClassClaims RULE = new GeneralBudgetByClassClaims();

  private GeneralBudgetByClassClaims() {
    super(RuleDescriptor.builder().id("N6").family(RuleFamily.NARRATIVE)
            .titleZh("说明五(二) 一般公共预算分类").titleEn("Narrative §5.2 general budget by category")
            .statement("Each 类 amount = 表五 类 合计; 占% of 表五 合计.")
            .build(),
        NarrativeInputs.claims(), Inputs.printed(TableId.T5, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionRowIndex f = b.tablesById().functionTable(TableId.T5).orElseThrow().rowIndex();
    WanYuan base = f.total(TOTAL);
    for (NarrativeClaim c : b.claimsBySubject().on(ClaimSubject.GENERAL_BUDGET_BY_CLASS)) {
      if (c.functionCode().isEmpty()) {
        continue;
      }
      int r = f.indexOf(c.functionCode().get().value());
      WanYuan v = r < 0 ? WanYuan.ZERO : f.amount(r, TOTAL);
      if (c.measure() == ClaimMeasure.AMOUNT) {
        claimAmount(ctx, c, v);
      } else if (c.measure() == ClaimMeasure.SHARE) {
        percent(ctx, c, v, base);
      }
    }
  }
}
