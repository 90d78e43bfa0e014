package org.yusuan.budget.validation.rules.finals;

import static org.yusuan.budget.table.AmountColumn.FINAL;

import java.util.Map;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.RowKeys;

/**
 * J19 — F7 三公: for 预算数 and 决算数 each, 合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费 and
 * 公务用车购置及运行费 = 购置费 + 运行费; and each 决算数 covers F6's 款 of the same expense (30212 因公出国（境）费用,
 * 30217 公务接待费, 30231 公务用车运行维护费, 31013 公务用车购置).
 */
public final class ThreePublicFinalTotals extends BudgetRule {
  /**
   * Rule {@code J19}, “三公”经费决算表 合计 = 出国 + 车辆 + 接待. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ThreePublicFinalTotals RULE = new ThreePublicFinalTotals();

  /** The F6 部门经济分类 款 each 三公 item covers. */
  static final Map<ThreePublicItem, String> ECONOMIC = Map.of(
      ThreePublicItem.OVERSEAS_TRAVEL, "30212", ThreePublicItem.OFFICIAL_RECEPTION, "30217",
      ThreePublicItem.VEHICLE_OPERATION, "30231", ThreePublicItem.VEHICLE_PURCHASE, "31013");

  private ThreePublicFinalTotals() {
    super(FinalDescriptors.of("J19", "“三公”经费决算表 合计 = 出国 + 车辆 + 接待", "Final three-public totals",
            "F7, 预算数 and 决算数 each: 合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费; 公务用车购置及运行费 ="
                + " 公务用车购置费 + 公务用车运行费. 决算数 ≥ F6 款 30212 / 30217 / 30231 / 31013 of the same expense."),
        Inputs.table(TableId.F7, ThreePublicTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    ThreePublicTable t = b.tablesById().threePublicTable(TableId.F7).orElseThrow();
    TotalRow total = t.total().orElse(null);
    ThreePublicRow v = RowKeys.item(t, ThreePublicItem.VEHICLES);
    for (int ci = 0; ci < t.columns().size(); ci++) {
      String col = t.columns().get(ci).chineseName();
      if (total != null) {
        SumCheck c = ctx.total("F7", total.label(), col, total.cells().get(ci));
        for (ThreePublicItem it : new ThreePublicItem[] {ThreePublicItem.OVERSEAS_TRAVEL, ThreePublicItem.VEHICLES,
            ThreePublicItem.OFFICIAL_RECEPTION}) {
          ThreePublicRow r = RowKeys.item(t, it);
          if (r != null) {
            c.plus(r.printedLabel(), col, r.cells().get(ci));
          }
        }
        c.verify();
      }
      if (v != null) {
        SumCheck c = ctx.total("F7", v.printedLabel(), col, v.cells().get(ci));
        for (ThreePublicItem it : new ThreePublicItem[] {ThreePublicItem.VEHICLE_PURCHASE,
            ThreePublicItem.VEHICLE_OPERATION}) {
          ThreePublicRow r = RowKeys.item(t, it);
          if (r != null) {
            c.plus(r.printedLabel(), col, r.cells().get(ci));
          }
        }
        c.verify();
      }
    }
    EconomicTable t6 = b.tablesById().economicTable(TableId.F6).orElse(null);
    int fi = t.columns().indexOf(FINAL);
    if (t6 == null || t6.declaredEmpty() || t6.rowsNotRead() > 0 || fi < 0) {
      return;
    }
    for (Map.Entry<ThreePublicItem, String> e : ECONOMIC.entrySet()) {
      ThreePublicRow r = RowKeys.item(t, e.getKey());
      AmountCell mine = r == null ? AmountCell.empty() : r.cells().get(fi);
      for (EconomicRow er : t6.rows()) {
        if (er.departmentCode().map(c -> c.value().equals(e.getValue())).orElse(false)
            && er.cells().get(0).amountOrZero().compareTo(mine.amountOrZero()) > 0) {
          ctx.total("F7", r == null ? e.getKey().chineseName() : r.printedLabel(), FINAL.chineseName(), mine)
              .plus("F6", RowKeys.key(er), t6.columns().get(0).chineseName(), er.cells().get(0)).verifyAtLeast();
        }
      }
    }
  }
}
