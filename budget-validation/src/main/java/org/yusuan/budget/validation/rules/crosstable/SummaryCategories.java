package org.yusuan.budget.validation.rules.crosstable;

import static org.yusuan.budget.table.AmountColumn.CARRY_OVER;
import static org.yusuan.budget.table.AmountColumn.CURRENT_YEAR;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.crosstable.CodeComparisons.compare;
import static org.yusuan.budget.validation.rules.crosstable.PrintedTables.printed;
import static org.yusuan.budget.validation.rules.support.Budgets.cell;
import static org.yusuan.budget.validation.rules.support.Budgets.col;

import java.util.List;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.BudgetRule;

/**
 * X2 — 表一类 ↔ 表二、表三: each 类 row of 表一 (收支总表) splits as the same code does in 表二
 * (当年预算安排, 上年结转安排) and totals as in 表三.
 */
public final class SummaryCategories extends BudgetRule {
  /**
   * Rule {@code X2}, 表一类 ↔ 表二、表三. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final SummaryCategories RULE = new SummaryCategories();

  private SummaryCategories() {
    super(RuleDescriptor.builder().id("X2").family(RuleFamily.CROSS_TABLE)
            .titleZh("表一类 ↔ 表二、表三").titleEn("Table 1 categories ↔ Tables 2 and 3")
            .statement("Per 类: 表一 当年预算安排 = 表二 本年合计; 表一 上年结转安排 = 表二 上年结转; 表一 合计 = 表三 合计.")
            .build(),
        printed(TableId.T1, SummaryTable.class), printed(TableId.T2, FunctionTable.class),
        printed(TableId.T3, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable t1 = b.tablesById().summaryTable(TableId.T1).orElseThrow();
    FunctionRowIndex f2 = b.tablesById().functionTable(TableId.T2).orElseThrow().rowIndex();
    FunctionRowIndex f3 = b.tablesById().functionTable(TableId.T3).orElseThrow().rowIndex();
    int cur = col(t1, CURRENT_YEAR);
    int car = col(t1, CARRY_OVER);
    int tot = col(t1, TOTAL);
    List<CategoryRow> rows1 = t1.categoryRows();
    for (int i = 0; i < rows1.size(); i++) {
      CategoryRow c = rows1.get(i);
      FunctionCode fc = c.code().orElse(null);
      if (fc == null) {
        continue;
      }
      String code = fc.value();
      int r2 = f2.indexOf(code);
      int r3 = f3.indexOf(code);
      String name = c.printedName();
      compare(ctx, "T1", name, CURRENT_YEAR, cell(c, cur),
          "T2", code, CURRENT_YEAR, r2 < 0 ? AmountCell.empty() : f2.cell(r2, CURRENT_YEAR));
      compare(ctx, "T1", name, CARRY_OVER, cell(c, car),
          "T2", code, CARRY_OVER, r2 < 0 ? AmountCell.empty() : f2.cell(r2, CARRY_OVER));
      compare(ctx, "T1", name, TOTAL, cell(c, tot),
          "T3", code, TOTAL, r3 < 0 ? AmountCell.empty() : f3.cell(r3, TOTAL));
    }
  }
}
