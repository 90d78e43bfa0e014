package org.yusuan.budget.validation.rules.narrative;

import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.narrative.ClaimChecks.amounts;
import static org.yusuan.budget.validation.rules.narrative.ClaimChecks.growth;
import static org.yusuan.budget.validation.rules.support.TableAmounts.total;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.UnitAmountTable;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * N9 — 说明八 机关运行经费: the stated amount is 表十一's 部门合计, its growth rate is recomputed, and
 * “本部门无机关运行经费” holds only when 表十一 is empty.
 */
public final class OperatingCostClaims extends BudgetRule {
  /**
   * Rule {@code N9}, 说明八 机关运行经费. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final OperatingCostClaims RULE = new OperatingCostClaims();

  private OperatingCostClaims() {
    super(RuleDescriptor.builder().id("N9").family(RuleFamily.NARRATIVE)
            .titleZh("说明八 机关运行经费").titleEn("Narrative §8 operating costs")
            .statement("机关运行经费 = 表十一 部门合计; the growth rate is recomputed; “本部门无机关运行经费” ⇔ 表十一 empty.")
            .build(),
        NarrativeInputs.claims(), Inputs.printed(TableId.T11, UnitAmountTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    UnitAmountTable t11 = b.tablesById().unitAmountTable(TableId.T11).orElseThrow();
    WanYuan tot = total(t11, t11.total(), TOTAL);
    amounts(ctx, b, ClaimSubject.OPERATING_COSTS, tot);
    growth(ctx, b, ClaimSubject.OPERATING_COSTS);
    NoneClaims.none(ctx, b, ClaimSubject.OPERATING_COSTS, tot);
  }
}
