package org.yusuan.budget.validation.rules.crosstable;

import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.StandardMessages;

/** Comparisons of two tables code by code (逐编码比对): amounts of the same code, codes in one table only. */
final class CodeComparisons {
  private CodeComparisons() {}

  /**
   * {@link RuleContext#compare} of two cells, skipped when they are equal: a comparison reports only
   * a difference, and the loops over every code compare mostly equal amounts.
   */
  static void compare(RuleContext ctx, String table, Object row, AmountColumn column, AmountCell value,
      String otherTable, Object otherRow, AmountColumn otherColumn, AmountCell otherValue) {
    if (value.amountOrZero().fen() != otherValue.amountOrZero().fen()) {
      ctx.compare(table, row, column.chineseName(), value, otherTable, otherRow, otherColumn.chineseName(),
          otherValue);
    }
  }

  /** Reports a code present in one table and not the other. */
  static void missing(RuleContext ctx, String table, String code, String otherTable, boolean extra) {
    Location at = extra ? Location.row(table, code) : Location.table(table);
    ctx.report(ctx.finding(extra ? FindingKind.UNEXPECTED : FindingKind.MISSING,
            extra ? StandardMessages.UNEXPECTED : StandardMessages.MISSING,
            ctx.descriptor().title(), MessageArg.location(Location.table(table)), MessageArg.text(code))
        .location(at)
        .expected(Quantity.text(extra ? "(none)" : code))
        .actual(Quantity.text(extra ? code : "(none)")));
  }

  /** Per code of {@code p}: p.pc = m.mc; every code of m with money in mc appears in p. */
  static void perCode(RuleContext ctx, FunctionRowIndex p, AmountColumn pc, FunctionRowIndex m, AmountColumn mc) {
    String pt = p.id().value();
    String mt = m.id().value();
    for (int i = 0; i < p.size(); i++) {
      String code = p.codeText(i);
      int o = m.indexOf(code);
      compare(ctx, pt, code, pc, p.cell(i, pc), mt, code, mc, o < 0 ? AmountCell.empty() : m.cell(o, mc));
    }
    for (int o = 0; o < m.size(); o++) {
      String code = m.codeText(o);
      if (!m.amount(o, mc).isZero() && p.indexOf(code) < 0) {
        missing(ctx, pt, code, mt, false);
      }
    }
  }
}
