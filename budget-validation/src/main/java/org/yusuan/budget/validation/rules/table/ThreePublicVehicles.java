package org.yusuan.budget.validation.rules.table;

import static org.yusuan.budget.validation.rules.support.Budgets.cell;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.RowKeys;

/** T10.2 — 表十 公务用车购置及运行费 = ① + ②: every column, vehicles = purchase + operation. */
public final class ThreePublicVehicles extends BudgetRule {
  /**
   * Rule {@code T10.2}, 表十 公务用车购置及运行费 = ① + ②. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ThreePublicVehicles RULE = new ThreePublicVehicles();

  private ThreePublicVehicles() {
    super(TableDescriptors.of("T10.2", "表十 公务用车购置及运行费 = ① + ②", "Table 10 vehicles = purchase + operation",
            "表十, every column: 公务用车购置及运行费 = ①公务用车购置费 + ②公务用车运行维护费."),
        Inputs.table(TableId.T10, ThreePublicTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    ThreePublicTable t = b.tablesById().threePublicTable(TableId.T10).orElseThrow();
    ThreePublicRow v = RowKeys.item(t, ThreePublicItem.VEHICLES);
    if (v == null) {
      ctx.insufficientData("T10 has no 公务用车购置及运行费 row");
      return;
    }
    ThreePublicRow p = RowKeys.item(t, ThreePublicItem.VEHICLE_PURCHASE);
    ThreePublicRow o = RowKeys.item(t, ThreePublicItem.VEHICLE_OPERATION);
    for (int ci = 0; ci < t.columns().size(); ci++) {
      String colName = t.columns().get(ci).chineseName();
      SumCheck c = ctx.total(t.id().value(), v.printedLabel(), colName, cell(v, ci));
      if (p != null) {
        c.plus(p.printedLabel(), colName, cell(p, ci));
      }
      if (o != null) {
        c.plus(o.printedLabel(), colName, cell(o, ci));
      }
      c.verify();
    }
  }
}
