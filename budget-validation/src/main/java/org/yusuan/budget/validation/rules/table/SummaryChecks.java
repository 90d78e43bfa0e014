package org.yusuan.budget.validation.rules.table;

import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.support.Checks.INCOME;

import java.util.List;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryRowIndex;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.rules.support.Checks;

/** The checks 表一 and 表四 share (收支总表 layout): income rows, grand totals, the 类 rows. */
final class SummaryChecks {
  private SummaryChecks() {}

  /** Σ income rows = 本年收入合计 (income side). */
  static void incomeRowsSum(SummaryTable t, RuleContext ctx) {
    SummaryLine cy = t.rowIndex().currentYear().orElse(null);
    if (cy == null) {
      ctx.insufficientData(t.id() + " has no 本年收入合计 row");
      return;
    }
    SumCheck c = ctx.total(t.id().value(), cy.incomeLabel(), INCOME, cy.incomeAmount());
    for (IncomeRow r : t.incomeRows()) {
      c.plus(r.printedLabel(), INCOME, r.amount());
    }
    c.verify();
  }

  /** 本年收入合计 + 上年结转 = 收入总计 (income side), and 收入总计 = 支出总计.合计. */
  static void grandTotals(SummaryTable t, RuleContext ctx) {
    SummaryRowIndex f = t.rowIndex();
    SummaryLine cy = f.currentYear().orElse(null);
    SummaryLine co = f.carryOver().orElse(null);
    SummaryLine gt = f.grandTotal().orElse(null);
    if (cy == null || gt == null) {
      ctx.insufficientData(t.id() + " lacks 本年收入合计 or 收入总计");
      return;
    }
    String tid = t.id().value();
    SumCheck c = ctx.total(tid, gt.incomeLabel(), INCOME, gt.incomeAmount())
        .plus(cy.incomeLabel(), INCOME, cy.incomeAmount());
    if (co != null) {
      c.plus(co.incomeLabel(), INCOME, co.incomeAmount());
    }
    c.verify();
    ctx.compare(tid, gt.incomeLabel(), INCOME, gt.incomeAmount(),
        tid, gt.expenditureLabel(), TOTAL.chineseName(), f.grandTotalExpenditureCell(TOTAL));
  }

  /** Per column: Σ 类 rows = 本年支出合计. */
  static void categoryColumns(SummaryTable t, RuleContext ctx) {
    SummaryRowIndex f = t.rowIndex();
    SummaryLine cy = f.currentYear().orElse(null);
    if (cy == null) {
      ctx.insufficientData(t.id() + " has no 本年支出合计 row");
      return;
    }
    String tid = f.id().value();
    String label = cy.expenditureLabel();
    List<AmountColumn> cols = t.columns();
    for (int ci = 0; ci < cols.size(); ci++) {
      AmountColumn column = cols.get(ci);
      String colName = column.chineseName();
      long sum = 0;
      for (int r = 0; r < f.size(); r++) {
        sum = Checks.plus(sum, f.amount(r, column));
      }
      if (sum == f.total(column).fen()) {
        continue;
      }
      SumCheck c = ctx.total(tid, label, colName, f.totalCell(column));
      for (int r = 0; r < f.size(); r++) {
        c.plus(f.name(r), colName, f.cell(r, column));
      }
      c.verify();
    }
  }

  /** Per 类 row: {@code total = Σ parts}. */
  static void categoryRowSums(SummaryTable t, RuleContext ctx, AmountColumn total, AmountColumn... parts) {
    SummaryRowIndex f = t.rowIndex();
    if (!f.has(total)) {
      ctx.insufficientData(t.id() + " has no column " + total.chineseName());
      return;
    }
    Checks.rowSums(ctx, f.id().value(), f::name, f.size(), f.amounts(), total, parts);
  }
}
