package org.yusuan.budget.validation.rules.finalnarrative;

import static org.yusuan.budget.narrative.ClaimSubject.*;
import static org.yusuan.budget.validation.rules.finalnarrative.FinalNarrative.*;

import java.util.List;
import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.*;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Budgets;

/**
 * J30 — 决算说明 “三公”经费 = F7: each 三公 item's 决算数 and 预算数 the narrative states are F7's 决算数 and
 * 预算数 of that item (the total: F7's 合计, else the sum of 因公出国, 公务用车购置及运行 and 公务接待); blank cells
 * and a 本表无数据 F7 are zeros.
 */
public final class FinalThreePublicClaims extends BudgetRule {
  /**
   * Rule {@code J30}, 决算说明 “三公”经费 = “三公”经费支出决算表. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FinalThreePublicClaims RULE = new FinalThreePublicClaims();

  private static final ClaimSubject[] SUBJECTS = {FINAL_THREE_PUBLIC_OVERSEAS_TRAVEL, FINAL_THREE_PUBLIC_VEHICLES,
      FINAL_THREE_PUBLIC_VEHICLE_PURCHASE, FINAL_THREE_PUBLIC_VEHICLE_OPERATION, FINAL_THREE_PUBLIC_RECEPTION};
  private static final ThreePublicItem[] ITEMS = {ThreePublicItem.OVERSEAS_TRAVEL, ThreePublicItem.VEHICLES,
      ThreePublicItem.VEHICLE_PURCHASE, ThreePublicItem.VEHICLE_OPERATION, ThreePublicItem.OFFICIAL_RECEPTION};

  private FinalThreePublicClaims() {
    super(describe("J30", "决算说明 “三公”经费 = “三公”经费支出决算表", "Final narrative 三公 against F7",
            "Narrative 三公 决算数 (预算数) of the total and each item = F7's 决算数 (预算数) column of that item (total:"
                + " F7 合计 or 出国 + 车辆 + 接待); blank and 本表无数据 are 0. WARNING.", Severity.WARNING),
        claims("“三公”经费 amounts", c -> c.subject().name().startsWith("FINAL_THREE_PUBLIC")
            && (c.measure() == ClaimMeasure.AMOUNT || c.measure() == ClaimMeasure.BUDGETED_AMOUNT)),
        Inputs.printed(TableId.F7, ThreePublicTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    ThreePublicTable f7 = b.tablesById().threePublicTable(TableId.F7).orElseThrow();
    for (AmountColumn col : List.of(AmountColumn.FINAL, AmountColumn.BUDGETED)) {
      ClaimMeasure m = col == AmountColumn.FINAL ? ClaimMeasure.AMOUNT : ClaimMeasure.BUDGETED_AMOUNT;
      int k = Budgets.col(f7, col);
      if (k < 0) {
        continue;
      }
      WanYuan total = f7.declaredEmpty() ? WanYuan.ZERO : f7.total().map(r -> Budgets.amount(r, k))
          .orElseGet(() -> item(f7, ThreePublicItem.OVERSEAS_TRAVEL, k).plus(item(f7, ThreePublicItem.VEHICLES, k))
              .plus(item(f7, ThreePublicItem.OFFICIAL_RECEPTION, k)));
      for (NarrativeClaim c : of(b, FINAL_THREE_PUBLIC_TOTAL, m)) {
        amount(ctx, c, total, "F7 合计 " + col.chineseName(), 1);
      }
      for (int i = 0; i < SUBJECTS.length; i++) {
        WanYuan expected = f7.declaredEmpty() ? WanYuan.ZERO : item(f7, ITEMS[i], k);
        for (NarrativeClaim c : of(b, SUBJECTS[i], m)) {
          amount(ctx, c, expected, "F7 " + ITEMS[i] + " " + col.chineseName(), 1);
        }
      }
    }
  }

  private static WanYuan item(ThreePublicTable t, ThreePublicItem item, int k) {
    return t.row(item).map(r -> Budgets.amount(r, k)).orElse(WanYuan.ZERO);
  }
}
