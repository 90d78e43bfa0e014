package org.yusuan.budget.validation.rules.crosstable;

import static org.yusuan.budget.table.AmountColumn.BASIC;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.crosstable.PrintedTables.printed;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.support.TableAmounts;

/**
 * X7 — 表六合计 = 表五基本支出: 表六 (一般公共预算基本支出表) details by economic item the 基本支出 of
 * 表五.
 */
public final class BasicExpenditureByItem extends BudgetRule {
  /**
   * Rule {@code X7}, 表六合计 = 表五基本支出. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final BasicExpenditureByItem RULE = new BasicExpenditureByItem();

  private BasicExpenditureByItem() {
    super(RuleDescriptor.builder().id("X7").family(RuleFamily.CROSS_TABLE)
            .titleZh("表六合计 = 表五基本支出").titleEn("Table 6 total = Table 5 basic expenditure")
            .statement("表六 合计 = 表五 基本支出 (合计 row).")
            .build(),
        printed(TableId.T5, FunctionTable.class), printed(TableId.T6, EconomicTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    EconomicTable t6 = b.tablesById().economicTable(TableId.T6).orElseThrow();
    FunctionTable t5 = b.tablesById().functionTable(TableId.T5).orElseThrow();
    ctx.compare("T6", TableAmounts.label(t6.total(), "合计"), TOTAL.chineseName(),
        TableAmounts.totalCell(t6, t6.total(), TOTAL),
        "T5", TableAmounts.label(t5.total(), "合计"), BASIC.chineseName(), TableAmounts.totalCell(t5, BASIC));
  }
}
