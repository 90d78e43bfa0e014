package org.yusuan.budget.validation.rules.table;

import static org.yusuan.budget.validation.rules.support.Budgets.cell;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.RowKeys;

/**
 * T10.3 — 表十 合计 = 出国 + 接待 + 公务用车: every column, the 合计 row = the three 三公 items (① and ②
 * not added again).
 */
public final class ThreePublicTotal extends BudgetRule {
  /**
   * Rule {@code T10.3}, 表十 合计 = 出国 + 接待 + 公务用车. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ThreePublicTotal RULE = new ThreePublicTotal();

  private ThreePublicTotal() {
    super(TableDescriptors.of("T10.3", "表十 合计 = 出国 + 接待 + 公务用车", "Table 10 total = travel + reception + vehicles",
            "表十, every column: 合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费 (① and ② are not added again)."),
        Inputs.table(TableId.T10, ThreePublicTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    ThreePublicTable t = b.tablesById().threePublicTable(TableId.T10).orElseThrow();
    TotalRow total = t.total().orElse(null);
    if (total == null) {
      ctx.insufficientData("T10 has no 合计 row");
      return;
    }
    ThreePublicItem[] items = {ThreePublicItem.OVERSEAS_TRAVEL, ThreePublicItem.OFFICIAL_RECEPTION,
        ThreePublicItem.VEHICLES};
    for (int ci = 0; ci < t.columns().size(); ci++) {
      String colName = t.columns().get(ci).chineseName();
      SumCheck c = ctx.total(t.id().value(), total.label(), colName, cell(total, ci));
      for (ThreePublicItem it : items) {
        ThreePublicRow r = RowKeys.item(t, it);
        if (r != null) {
          c.plus(r.printedLabel(), colName, cell(r, ci));
        }
      }
      c.verify();
    }
  }
}
