package org.yusuan.budget.validation.rules.table;

import java.util.List;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.ProjectGroup;
import org.yusuan.budget.table.ProjectRow;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.rules.support.Checks;
import org.jspecify.annotations.Nullable;

/** Per column of 表十二/十三 (单位小计与部门合计): each unit subtotal = Σ its projects; the department row = Σ units. */
final class ProjectGroupSums {
  private ProjectGroupSums() {}

  static void check(ProjectTable t, RuleContext ctx) {
    String tid = t.id().value();
    List<AmountColumn> cols = t.columns();
    TotalRow total = t.total().orElse(null);
    List<ProjectGroup> groups = t.groups();
    int nc = cols.size();
    long[] sums = subtotalSums(groups, nc);
    for (int ci = 0; ci < nc; ci++) {
      String colName = cols.get(ci).chineseName();
      for (int g = 0; g < groups.size(); g++) {
        ProjectGroup group = groups.get(g);
        List<TotalRow> subs = group.subtotalRows();
        if (subs.isEmpty()) {
          continue;
        }
        TotalRow sub = subs.get(0);
        WanYuan subtotal = sub.cells().get(ci).amountOrZero();
        long projects = sums != null ? sums[g * nc + ci] : projectSum(0, group.projects(), ci);
        if (projects == subtotal.fen()) {
          continue;
        }
        SumCheck c = ctx.total(tid, sub.label(), colName, sub.cells().get(ci));
        plusProjects(c, group.projects(), colName, ci);
        c.verify();
      }
      if (total != null && !departmentAgrees(total, groups, ci)) {
        SumCheck c = ctx.total(tid, total.label(), colName, total.cells().get(ci));
        for (int g = 0; g < groups.size(); g++) {
          ProjectGroup group = groups.get(g);
          List<TotalRow> subs = group.subtotalRows();
          if (!subs.isEmpty()) {
            TotalRow sub = subs.get(0);
            c.plus(sub.label(), colName, sub.cells().get(ci));
          } else {
            plusProjects(c, group.projects(), colName, ci);
          }
        }
        c.verify();
      }
    }
  }

  /**
   * Σ of the projects of each group with a subtotal, per column ({@code [group × columns + column]}),
   * read in one pass over the rows; null when a sum overflows: the checks then add column by column
   * and overflow where they always did.
   */
  private static long @Nullable [] subtotalSums(List<ProjectGroup> groups, int columns) {
    long[] sums = new long[groups.size() * columns];
    try {
      for (int g = 0; g < groups.size(); g++) {
        ProjectGroup group = groups.get(g);
        if (group.subtotalRows().isEmpty()) {
          continue;
        }
        List<ProjectRow> projects = group.projects();
        for (int i = 0; i < projects.size(); i++) {
          List<AmountCell> cells = projects.get(i).cells();
          for (int ci = 0; ci < columns; ci++) {
            sums[g * columns + ci] = Checks.plus(sums[g * columns + ci], cells.get(ci).amountOrZero());
          }
        }
      }
    } catch (ArithmeticException overflow) {
      return null;
    }
    return sums;
  }

  /** Whether the department row = Σ unit subtotals (a group without one: Σ its projects) in column {@code ci}. */
  private static boolean departmentAgrees(TotalRow total, List<ProjectGroup> groups, int ci) {
    long sum = 0;
    for (int g = 0; g < groups.size(); g++) {
      ProjectGroup group = groups.get(g);
      List<TotalRow> subs = group.subtotalRows();
      sum = subs.isEmpty() ? projectSum(sum, group.projects(), ci)
          : Checks.plus(sum, subs.get(0).cells().get(ci).amountOrZero());
    }
    return sum == total.cells().get(ci).amountOrZero().fen();
  }

  /** {@code sum} + Σ of column {@code ci} over {@code projects}, in fen. */
  private static long projectSum(long sum, List<ProjectRow> projects, int ci) {
    for (int i = 0; i < projects.size(); i++) {
      sum = Checks.plus(sum, projects.get(i).cells().get(ci).amountOrZero());
    }
    return sum;
  }

  private static void plusProjects(SumCheck c, List<ProjectRow> projects, String colName, int ci) {
    for (int i = 0; i < projects.size(); i++) {
      ProjectRow p = projects.get(i);
      c.plus(p.printedName(), colName, p.cells().get(ci));
    }
  }
}
