package org.yusuan.budget.validation.rules.crosstable;

import org.yusuan.budget.table.AmountColumn;

import org.yusuan.budget.validation.rules.Inputs;

import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.crosstable.PrintedTables.printed;
import static org.yusuan.budget.validation.rules.support.Budgets.cell;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.support.Checks;

/** X4 — 表三合计 = 表一支出总计 = 收入总计: 表三 (支出总表) spends 表一's grand totals. */
public final class ExpenditureGrandTotal extends BudgetRule {
  /**
   * Rule {@code X4}, 表三合计 = 表一支出总计 = 收入总计. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ExpenditureGrandTotal RULE = new ExpenditureGrandTotal();

  private ExpenditureGrandTotal() {
    super(RuleDescriptor.builder().id("X4").family(RuleFamily.CROSS_TABLE)
            .titleZh("表三合计 = 表一支出总计 = 收入总计").titleEn("Table 3 total = Table 1 grand totals")
            .statement("表三 合计 = 表一 支出总计 = 表一 收入总计.")
            .build(),
        printed(TableId.T1, SummaryTable.class), printed(TableId.T3, FunctionTable.class),
        Inputs.column(TableId.T1, AmountColumn.CURRENT_YEAR), Inputs.column(TableId.T1, AmountColumn.CARRY_OVER));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable t1 = b.tablesById().summaryTable(TableId.T1).orElseThrow();
    FunctionRowIndex f3 = b.tablesById().functionTable(TableId.T3).orElseThrow().rowIndex();
    SummaryLine grand = t1.grandTotal().orElse(null);
    ctx.compare("T3", f3.totalLabel(), TOTAL.chineseName(), f3.totalCell(TOTAL),
        "T1", "支出总计", TOTAL.chineseName(), grand == null ? AmountCell.empty() : cell(t1, grand, TOTAL));
    ctx.compare("T3", f3.totalLabel(), TOTAL.chineseName(), f3.totalCell(TOTAL),
        "T1", "收入总计", Checks.INCOME, grand == null ? AmountCell.empty() : grand.incomeAmount());
  }
}
