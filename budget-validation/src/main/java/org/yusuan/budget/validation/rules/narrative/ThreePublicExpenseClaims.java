package org.yusuan.budget.validation.rules.narrative;

import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.narrative.ClaimChecks.amounts;
import static org.yusuan.budget.validation.rules.support.TableAmounts.total;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Budgets;
import org.yusuan.budget.validation.rules.support.RowKeys;

/**
 * N8 — 说明七 “三公”经费: the stated “三公” total and items are 表十's, and “本部门无“三公”经费预算” holds
 * only when 表十 is empty or zero.
 */
public final class ThreePublicExpenseClaims extends BudgetRule {
  /**
   * Rule {@code N8}, 说明七 “三公”经费. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ThreePublicExpenseClaims RULE = new ThreePublicExpenseClaims();

  /** The claim subject of each {@link ThreePublicItem}, in the items' order. */
  private static final ClaimSubject[] THREE_PUBLIC_SUBJECTS = {
    ClaimSubject.THREE_PUBLIC_OVERSEAS_TRAVEL, ClaimSubject.THREE_PUBLIC_OFFICIAL_RECEPTION,
    ClaimSubject.THREE_PUBLIC_VEHICLES, ClaimSubject.THREE_PUBLIC_VEHICLE_PURCHASE,
    ClaimSubject.THREE_PUBLIC_VEHICLE_OPERATION
  };

  private ThreePublicExpenseClaims() {
    super(RuleDescriptor.builder().id("N8").family(RuleFamily.NARRATIVE)
            .titleZh("说明七 “三公”经费").titleEn("Narrative §7 “three public” expenses")
            .statement("The “三公” total and items = 表十; “本部门无“三公”经费预算” ⇔ 表十 is empty or zero.")
            .build(),
        NarrativeInputs.claims(), Inputs.printed(TableId.T10, ThreePublicTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    ThreePublicTable t10 = b.tablesById().threePublicTable(TableId.T10).orElseThrow();
    WanYuan tot = total(t10, t10.total(), TOTAL);
    amounts(ctx, b, ClaimSubject.THREE_PUBLIC_TOTAL, tot);
    ThreePublicItem[] items = ThreePublicItem.values();
    for (int i = 0; i < items.length; i++) {
      ThreePublicRow r = RowKeys.item(t10, items[i]);
      amounts(ctx, b, THREE_PUBLIC_SUBJECTS[i], r == null ? WanYuan.ZERO : Budgets.amount(t10, r, TOTAL));
    }
    NoneClaims.none(ctx, b, ClaimSubject.THREE_PUBLIC_TOTAL, tot);
  }
}
