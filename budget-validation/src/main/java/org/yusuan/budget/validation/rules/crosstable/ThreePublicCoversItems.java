package org.yusuan.budget.validation.rules.crosstable;

import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.crosstable.PrintedTables.printed;
import static org.yusuan.budget.validation.rules.support.Budgets.cell;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.EconomicRowIndex;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.support.RowKeys;

/**
 * X17 — 表十 ≥ 表六 同名经费: the 三公 table (表十) covers at least the 公务接待费 and 公务用车运行维护费 that
 * 表六 spends under the same names.
 */
public final class ThreePublicCoversItems extends BudgetRule {
  /**
   * Rule {@code X17}, 表十 ≥ 表六 同名经费. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ThreePublicCoversItems RULE = new ThreePublicCoversItems();

  private ThreePublicCoversItems() {
    super(RuleDescriptor.builder().id("X17").family(RuleFamily.CROSS_TABLE)
            .titleZh("表十 ≥ 表六 同名经费").titleEn("Table 10 ≥ the same items in Table 6")
            .statement("表十 公务接待费 ≥ Σ 表六 公务接待费 rows; 表十 ②公务用车运行维护费 ≥ Σ 表六 公务用车运行维护费 rows.")
            .build(),
        printed(TableId.T10, ThreePublicTable.class), printed(TableId.T6, EconomicTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    ThreePublicTable t10 = b.tablesById().threePublicTable(TableId.T10).orElseThrow();
    EconomicRowIndex f = b.tablesById().economicTable(TableId.T6).orElseThrow().rowIndex();
    atLeast(ctx, t10, ThreePublicItem.OFFICIAL_RECEPTION, f, "公务接待费");
    atLeast(ctx, t10, ThreePublicItem.VEHICLE_OPERATION, f, "公务用车运行维护费");
  }

  /** 表十's {@code item} ≥ the 表六 款 rows named {@code name}. */
  private static void atLeast(RuleContext ctx, ThreePublicTable t10, ThreePublicItem item, EconomicRowIndex t6,
      String name) {
    ThreePublicRow r10 = RowKeys.item(t10, item);
    AmountCell v = r10 == null ? AmountCell.empty() : cell(t10, r10, TOTAL);
    SumCheck c = ctx.total("T10", r10 == null ? item.chineseName() : r10.printedLabel(), TOTAL.chineseName(), v);
    for (int i = 0; i < t6.size(); i++) {
      if (!t6.isClass(i) && t6.compactName(i).equals(name)) {
        c.plus("T6", t6.key(i), TOTAL.chineseName(), t6.cell(i, TOTAL));
      }
    }
    c.verifyAtLeast();
  }
}
