package org.yusuan.budget.validation.rules.crosstable;

import org.yusuan.budget.table.AmountColumn;

import org.yusuan.budget.validation.rules.Inputs;

import static org.yusuan.budget.table.AmountColumn.CARRY_OVER;
import static org.yusuan.budget.table.AmountColumn.CURRENT_YEAR;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.crosstable.CodeComparisons.missing;
import static org.yusuan.budget.validation.rules.crosstable.PrintedTables.printed;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.support.Checks;

/**
 * X3 — 表三 = 表二 本年 + 结转（逐编码）: per code, 表三 (支出总表) spends what 表二 (收入总表) brings
 * in this year plus the carry-over, and both tables list the same codes.
 */
public final class ExpenditurePerCode extends BudgetRule {
  /**
   * Rule {@code X3}, 表三 = 表二 本年 + 结转（逐编码）. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ExpenditurePerCode RULE = new ExpenditurePerCode();

  private ExpenditurePerCode() {
    super(RuleDescriptor.builder().id("X3").family(RuleFamily.CROSS_TABLE)
            .titleZh("表三 = 表二 本年 + 结转（逐编码）").titleEn("Table 3 = Table 2 current year + carry-over, per code")
            .statement("Per code: 表三 合计 = 表二 本年收入合计 + 表二 上年结转; the code sets of 表二 and 表三 are equal.")
            .build(),
        printed(TableId.T2, FunctionTable.class), printed(TableId.T3, FunctionTable.class),
        Inputs.column(TableId.T2, AmountColumn.CURRENT_YEAR), Inputs.column(TableId.T2, AmountColumn.CARRY_OVER));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionRowIndex f2 = b.tablesById().functionTable(TableId.T2).orElseThrow().rowIndex();
    FunctionRowIndex f3 = b.tablesById().functionTable(TableId.T3).orElseThrow().rowIndex();
    for (int i = 0; i < f3.size(); i++) {
      String code = f3.codeText(i);
      int r2 = f2.indexOf(code);
      if (r2 < 0) {
        missing(ctx, "T3", code, "T2", true);
        continue;
      }
      WanYuan total3 = f3.amount(i, TOTAL);
      if (total3.fen() == Checks.plus(Checks.plus(0, f2.amount(r2, CURRENT_YEAR)), f2.amount(r2, CARRY_OVER))) {
        continue;
      }
      ctx.total("T3", code, TOTAL.chineseName(), f3.cell(i, TOTAL))
          .plus("T2", code, CURRENT_YEAR.chineseName(), f2.cell(r2, CURRENT_YEAR))
          .plus("T2", code, CARRY_OVER.chineseName(), f2.cell(r2, CARRY_OVER))
          .verify();
    }
    for (int i = 0; i < f2.size(); i++) {
      String code = f2.codeText(i);
      if (f3.indexOf(code) < 0) {
        missing(ctx, "T3", code, "T2", false);
      }
    }
  }
}
