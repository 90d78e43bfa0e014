package org.yusuan.budget.validation.rules.finals;

import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.AmountGrid;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.rules.support.Checks;

/** The checks the 决算 function tables (F2, F3, F5, F8, F9, F10) share, over their row indexes. */
final class FinalFunctionChecks {
  private FinalFunctionChecks() {}

  /** Rule H in every column of the table (类 = Σ款, 款 = Σ项), and 合计 = Σ类 when 合计 is printed. */
  static void hierarchy(RuleContext ctx, FunctionRowIndex f, java.util.List<AmountColumn> columns) {
    AmountColumn[] cols = columns.toArray(new AmountColumn[0]);
    Checks.hierarchy(ctx, f, cols);
    if (f.totalRow().isPresent()) {
      Checks.classTotal(ctx, f, cols);
    }
  }

  /** Per row and the 合计 row: {@code part ≤ whole} (其中 columns such as 教育收费, 基本建设资金支出). */
  static void atMost(RuleContext ctx, FunctionRowIndex f, AmountColumn part, AmountColumn whole) {
    if (!f.has(part) || !f.has(whole)) {
      return;
    }
    String tid = f.id().value();
    if (f.totalRow().isPresent()) {
      ctx.total(tid, f.totalLabel(), part.chineseName(), f.totalCell(part))
          .plus(f.totalLabel(), whole.chineseName(), f.totalCell(whole)).verifyAtMost();
    }
    for (int r = 0; r < f.size(); r++) {
      if (f.amount(r, part).compareTo(f.amount(r, whole)) > 0) {
        ctx.total(tid, f.key(r), part.chineseName(), f.cell(r, part))
            .plus(f.key(r), whole.chineseName(), f.cell(r, whole)).verifyAtMost();
      }
    }
  }

  /** Per row and the 合计 row: 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出. */
  static void balance(RuleContext ctx, FunctionRowIndex f) {
    AmountColumn[] cols = {AmountColumn.OPENING_BALANCE, AmountColumn.CURRENT_INCOME, AmountColumn.TOTAL,
        AmountColumn.CLOSING_BALANCE};
    for (AmountColumn c : cols) {
      if (!f.has(c)) {
        return;
      }
    }
    String tid = f.id().value();
    if (f.totalRow().isPresent()) {
      String key = f.totalLabel();
      ctx.total(tid, key, AmountColumn.CLOSING_BALANCE.chineseName(), f.totalCell(AmountColumn.CLOSING_BALANCE))
          .plus(key, AmountColumn.OPENING_BALANCE.chineseName(), f.totalCell(AmountColumn.OPENING_BALANCE))
          .plus(key, AmountColumn.CURRENT_INCOME.chineseName(), f.totalCell(AmountColumn.CURRENT_INCOME))
          .minus(tid, key, AmountColumn.TOTAL.chineseName(), f.totalCell(AmountColumn.TOTAL)).verify();
    }
    AmountGrid g = f.amounts();
    for (int r = 0; r < f.size(); r++) {
      long closing = g.amount(r, AmountColumn.OPENING_BALANCE).fen() + g.amount(r, AmountColumn.CURRENT_INCOME).fen()
          - g.amount(r, AmountColumn.TOTAL).fen();
      if (closing == g.amount(r, AmountColumn.CLOSING_BALANCE).fen()) {
        continue;
      }
      Object key = f.key(r);
      SumCheck c = ctx.total(tid, key, AmountColumn.CLOSING_BALANCE.chineseName(), g.cell(r, AmountColumn.CLOSING_BALANCE))
          .plus(key, AmountColumn.OPENING_BALANCE.chineseName(), g.cell(r, AmountColumn.OPENING_BALANCE))
          .plus(key, AmountColumn.CURRENT_INCOME.chineseName(), g.cell(r, AmountColumn.CURRENT_INCOME))
          .minus(tid, key, AmountColumn.TOTAL.chineseName(), g.cell(r, AmountColumn.TOTAL));
      c.verify();
    }
  }
}
