package org.yusuan.budget.validation.rules.table;

import java.util.List;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.ProjectGroup;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.support.Checks;

/** 表十二/十三 (重复单位行): a unit row printed more than once carries the same amounts every time. */
final class GroupRowRepeats {
  private GroupRowRepeats() {}

  static void check(ProjectTable t, RuleContext ctx) {
    String tid = t.id().value();
    for (ProjectGroup g : t.groups()) {
      List<TotalRow> subs = g.subtotalRows();
      for (int i = 1; i < subs.size(); i++) {
        TotalRow first = subs.get(0);
        TotalRow other = subs.get(i);
        if (!AmountCell.sameAmounts(first.cells(), other.cells())) {
          Location at = Location.row(tid, other.label());
          ctx.report(ctx.finding(FindingKind.MISMATCH, Checks.DUPLICATE_GROUP_ROW, ctx.descriptor().title(),
                  MessageArg.location(at), MessageArg.text(first.cells().toString()),
                  MessageArg.text(other.cells().toString()))
              .location(at).expected(Quantity.text(first.cells().toString()))
              .actual(Quantity.text(other.cells().toString())));
        }
      }
    }
  }
}
