package org.yusuan.budget.validation.rules.table;

import static org.yusuan.budget.table.AmountColumn.TOTAL;

import java.util.List;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.ProjectGroup;
import org.yusuan.budget.table.ProjectRow;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.support.Checks;

/** Per row of 表十二/十三 (项目行合计): department, unit subtotals and projects, 合计 = Σ the other columns. */
final class ProjectRowSums {
  private ProjectRowSums() {}

  static void check(ProjectTable t, RuleContext ctx) {
    List<AmountColumn> cols = t.columns();
    int ti = cols.indexOf(TOTAL);
    if (ti < 0) {
      ctx.insufficientData(t.id() + " has no column " + TOTAL.chineseName());
      return;
    }
    // Every column but 合计, in printed order; the cells are read by index, looked up once here.
    AmountColumn[] parts = new AmountColumn[cols.size() - 1];
    int[] pi = new int[parts.length];
    int k = 0;
    for (int c = 0; c < cols.size(); c++) {
      if (c != ti) {
        parts[k] = cols.get(c);
        pi[k++] = c;
      }
    }
    String tid = t.id().value();
    TotalRow total = t.total().orElse(null);
    if (total != null) {
      Checks.rowSum(ctx, tid, total.label(), total.cells(), ti, TOTAL, pi, parts);
    }
    List<ProjectGroup> groups = t.groups();
    for (int g = 0; g < groups.size(); g++) {
      ProjectGroup group = groups.get(g);
      List<TotalRow> subs = group.subtotalRows();
      for (int i = 0; i < subs.size(); i++) {
        TotalRow sub = subs.get(i);
        Checks.rowSum(ctx, tid, sub.label(), sub.cells(), ti, TOTAL, pi, parts);
      }
      List<ProjectRow> projects = group.projects();
      for (int i = 0; i < projects.size(); i++) {
        ProjectRow p = projects.get(i);
        Checks.rowSum(ctx, tid, p.printedName(), p.cells(), ti, TOTAL, pi, parts);
      }
    }
  }
}
