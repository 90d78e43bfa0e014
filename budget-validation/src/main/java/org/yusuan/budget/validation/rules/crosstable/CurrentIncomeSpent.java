package org.yusuan.budget.validation.rules.crosstable;

import static org.yusuan.budget.table.AmountColumn.BASIC;
import static org.yusuan.budget.table.AmountColumn.CARRY_OVER;
import static org.yusuan.budget.table.AmountColumn.PROJECT;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.crosstable.PrintedTables.printed;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.support.Checks;
import org.yusuan.budget.validation.rules.support.TableAmounts;

/**
 * X13 — 表三基本 + 表十二 = 表一本年收入: this year's income is spent as 基本支出 (表三) and this year's
 * projects (表十二), while 基本支出 carries no 结转.
 */
public final class CurrentIncomeSpent extends BudgetRule {
  /**
   * Rule {@code X13}, 表三基本 + 表十二 = 表一本年收入. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final CurrentIncomeSpent RULE = new CurrentIncomeSpent();

  private CurrentIncomeSpent() {
    super(RuleDescriptor.builder().id("X13").family(RuleFamily.CROSS_TABLE)
            .titleZh("表三基本 + 表十二 = 表一本年收入").titleEn("Table 3 basic + Table 12 = Table 1 current-year income")
            .statement("表三 基本支出 + 表十二 合计 = 表一 本年收入合计. Valid while 基本支出 carries no 结转: when 表二 shows"
                + " 上年结转 on a code that 表三 spends only as 基本支出, a mismatch is a WARNING.")
            .build(),
        printed(TableId.T1, SummaryTable.class), printed(TableId.T3, FunctionTable.class),
        printed(TableId.T12, ProjectTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionTable t3 = b.tablesById().functionTable(TableId.T3).orElseThrow();
    ProjectTable t12 = b.tablesById().projectTable(TableId.T12).orElseThrow();
    SummaryTable t1 = b.tablesById().summaryTable(TableId.T1).orElseThrow();
    SumCheck c = ctx.total("T1", "本年收入合计", Checks.INCOME, TableAmounts.lineIncomeCell(t1.currentYearTotal()))
        .plus("T3", TableAmounts.label(t3.total(), "合计"), BASIC.chineseName(), TableAmounts.totalCell(t3, BASIC))
        .plus("T12", TableAmounts.label(t12.total(), "合计"), TOTAL.chineseName(),
            TableAmounts.totalCell(t12, t12.total(), TOTAL));
    if (basicCarriesCarryOver(b.tablesById().functionTable(TableId.T2).orElse(null), t3)) {
      c.severity(Severity.WARNING);
    }
    c.verify();
  }

  /** True if 表二 shows 上年结转 on a code that 表三 spends only as 基本支出 (the rule's premise fails). */
  private static boolean basicCarriesCarryOver(FunctionTable t2, FunctionTable t3) {
    if (t2 == null || t3 == null) {
      return false;
    }
    FunctionRowIndex f2 = t2.rowIndex();
    FunctionRowIndex f3 = t3.rowIndex();
    if (!f2.has(CARRY_OVER) || !f3.has(BASIC)) {
      return false;
    }
    for (int i = 0; i < f2.size(); i++) {
      String v = f2.codeText(i);
      if (v.length() != 7 || f2.amount(i, CARRY_OVER).isZero()) {
        continue;
      }
      int r3 = f3.indexOf(v);
      if (r3 >= 0 && !f3.amount(r3, BASIC).isZero() && f3.amount(r3, PROJECT).isZero()) {
        return true;
      }
    }
    return false;
  }
}
