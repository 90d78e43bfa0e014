package org.yusuan.budget.validation.rules.crosstable;

import static org.yusuan.budget.table.AmountColumn.BASIC;
import static org.yusuan.budget.validation.rules.crosstable.PrintedTables.printed;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.StateCapitalTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.support.TableAmounts;

/**
 * X15 — 表三基本 = 表五基本 + 表八基本: the 基本支出 of 表三 (支出总表) split by source: 一般公共预算 (表五),
 * 政府性基金 (表八) and 国有资本经营 (表九) where printed.
 */
public final class BasicExpenditureBySource extends BudgetRule {
  /**
   * Rule {@code X15}, 表三基本 = 表五基本 + 表八基本. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final BasicExpenditureBySource RULE = new BasicExpenditureBySource();

  private BasicExpenditureBySource() {
    super(RuleDescriptor.builder().id("X15").family(RuleFamily.CROSS_TABLE)
            .titleZh("表三基本 = 表五基本 + 表八基本").titleEn("Table 3 basic = Table 5 basic + Table 8 basic")
            .statement("表三 基本支出 = 表五 基本支出 + 表八 基本支出 (+ 表九 基本支出 when present).")
            .build(),
        printed(TableId.T3, FunctionTable.class), printed(TableId.T5, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionTable t3 = b.tablesById().functionTable(TableId.T3).orElseThrow();
    FunctionTable t5 = b.tablesById().functionTable(TableId.T5).orElseThrow();
    FunctionTable t8 = b.tablesById().functionTable(TableId.T8).orElse(null);
    SumCheck c = ctx.total("T3", TableAmounts.label(t3.total(), "合计"), BASIC.chineseName(),
            TableAmounts.totalCell(t3, BASIC))
        .plus("T5", TableAmounts.label(t5.total(), "合计"), BASIC.chineseName(), TableAmounts.totalCell(t5, BASIC));
    if (t8 != null) {
      c.plus("T8", TableAmounts.label(t8.total(), "合计"), BASIC.chineseName(), TableAmounts.totalCell(t8, BASIC));
    }
    StateCapitalTable t9 = b.tablesById().stateCapitalTable(TableId.T9).orElse(null);
    if (t9 != null) {
      c.plus("T9", TableAmounts.label(t9.expenditureTotal(), "合计"), BASIC.chineseName(),
          TableAmounts.totalCell(t9, t9.expenditureTotal(), BASIC));
    }
    c.verify();
  }
}
