package org.yusuan.budget.validation.rules.crosstable;

import static org.yusuan.budget.table.AmountColumn.SPECIAL_ACCOUNT;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.table.AmountColumn.UNIT_FUNDS;
import static org.yusuan.budget.validation.rules.crosstable.PrintedTables.printed;

import java.util.List;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.FundSource;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.SummaryRowIndex;
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
 * X5 — 表四 ↔ 表一: 表四 (财政拨款收支总表) is 表一 (收支总表) without 财政专户管理资金 and 单位资金, in
 * its income and per 类; its 结转 and 收入总计 match 表一's when all 结转 is 财政拨款.
 */
public final class FiscalSummary extends BudgetRule {
  /**
   * Rule {@code X5}, 表四 ↔ 表一. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FiscalSummary RULE = new FiscalSummary();

  private FiscalSummary() {
    super(RuleDescriptor.builder().id("X5").family(RuleFamily.CROSS_TABLE)
            .titleZh("表四 ↔ 表一").titleEn("Table 4 ↔ Table 1")
            .statement("表四 本年收入合计 = 表一 本年收入合计 − 财政专户管理资金 − 单位资金; each 类 小计 = 表一 类 合计"
                + " (− the 类's 财政专户管理资金 and 单位资金 in 表二 when it prints them);"
                + " 上年财政拨款结转 = 表一 上年结转 and 收入总计 = 表一 收入总计 when all 结转 is 财政拨款"
                + " (a smaller 表四 figure is a WARNING, a larger one an ERROR).")
            .build(),
        printed(TableId.T1, SummaryTable.class), printed(TableId.T4, SummaryTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable t1 = b.tablesById().summaryTable(TableId.T1).orElseThrow();
    SummaryTable t4 = b.tablesById().summaryTable(TableId.T4).orElseThrow();
    FunctionTable t2 = b.tablesById().functionTable(TableId.T2).orElse(null);
    SummaryRowIndex f1 = t1.rowIndex();
    SummaryRowIndex f4 = t4.rowIndex();
    IncomeRow special = f1.income(FundSource.SPECIAL_ACCOUNT).orElse(null);
    IncomeRow unit = f1.income(FundSource.UNIT_FUNDS).orElse(null);
    ctx.total("T4", "本年收入合计", Checks.INCOME, f4.currentYearIncomeCell())
        .plus("T1", "本年收入合计", Checks.INCOME, f1.currentYearIncomeCell())
        .minus("T1", TableAmounts.incomeLabel(special, FundSource.SPECIAL_ACCOUNT), Checks.INCOME,
            TableAmounts.incomeCell(t1, special))
        .minus("T1", TableAmounts.incomeLabel(unit, FundSource.UNIT_FUNDS), Checks.INCOME,
            TableAmounts.incomeCell(t1, unit))
        .verify();
    FunctionRowIndex f2 = t2 == null ? null : t2.rowIndex();
    for (int k = 0; k < f4.size(); k++) {
      String code4 = f4.code(k);
      if (code4.isEmpty()) {
        continue;
      }
      String name4 = f4.name(k);
      WanYuan total4 = f4.amount(k, TOTAL);
      int c1 = f1.lastCategory(code4);
      String name1 = c1 < 0 ? name4 : f1.name(c1);
      WanYuan total1 = c1 < 0 ? WanYuan.ZERO : f1.amount(c1, TOTAL);
      // 表一's 类 合计 counts every source; 表四's 小计 only 财政拨款: take out the 类's
      // 财政专户管理资金 and 单位资金 as 表二 prints them
      int r2 = nonFiscalRow(f2, code4);
      if (r2 >= 0) {
        String printed2 = f2.row(r2).printedCode();
        ctx.total("T4", name4, TOTAL.chineseName(), f4.cell(k, TOTAL))
            .plus("T1", name1, TOTAL.chineseName(), c1 < 0 ? AmountCell.empty() : f1.cell(c1, TOTAL))
            .minus("T2", printed2, SPECIAL_ACCOUNT.chineseName(), f2.cell(r2, SPECIAL_ACCOUNT))
            .minus("T2", printed2, UNIT_FUNDS.chineseName(), f2.cell(r2, UNIT_FUNDS))
            .verify();
        continue;
      }
      if (total4.fen() != total1.fen()) {
        ctx.compare("T4", name4, TOTAL.chineseName(), f4.cell(k, TOTAL), "T1", name1, TOTAL.chineseName(),
            c1 < 0 ? AmountCell.empty() : f1.cell(c1, TOTAL));
      }
    }
    atMostWarning(ctx, "T4", "上年财政拨款结转", TableAmounts.lineIncomeCell(f4.carryOver()), "T1", "上年结转",
        TableAmounts.lineIncomeCell(f1.carryOver()));
    atMostWarning(ctx, "T4", "收入总计", f4.grandTotalIncomeCell(), "T1", "收入总计", f1.grandTotalIncomeCell());
  }

  /**
   * The 表二 row of {@code code} when it prints 财政专户管理资金 or 单位资金, else -1 (then 表一 and
   * 表四 count the same money for the 类).
   */
  private static int nonFiscalRow(FunctionRowIndex f2, String code) {
    if (f2 == null || !f2.has(SPECIAL_ACCOUNT) || !f2.has(UNIT_FUNDS)) {
      return -1;
    }
    int r = f2.indexOfCode(code);
    if (r < 0) {
      return -1;
    }
    List<AmountCell> cells = f2.row(r).cells();
    return cells.get(f2.index(SPECIAL_ACCOUNT)).isEmpty() && cells.get(f2.index(UNIT_FUNDS)).isEmpty() ? -1 : r;
  }

  /** a = b expected; a &lt; b is a WARNING (part of 结转 is not 财政拨款), a &gt; b an ERROR. */
  private static void atMostWarning(RuleContext ctx, String t, String row, AmountCell a, String t2, String row2,
      AmountCell b) {
    SumCheck c = ctx.total(t, row, Checks.INCOME, a).plus(t2, row2, Checks.INCOME, b);
    if (a.amountOrZero().isLessThan(b.amountOrZero())) {
      c.severity(Severity.WARNING);
    }
    c.verify();
  }
}
