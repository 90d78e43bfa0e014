package org.yusuan.budget.disclosure.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.TextNormalizer;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.ImmutableProjectGroup;
import org.yusuan.budget.table.ImmutableProjectRow;
import org.yusuan.budget.table.ImmutableProjectTable;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.TotalRow;

/**
 * Reads 表十二 / 表十三 项目支出预算表 (docs/domain/tables.md §5, docs/domain/parsing.md §6): {@code 项目名称 | amounts…}, the
 * department row first, then per unit its subtotal row(s) and its project rows. Nothing but the
 * numbers tells a unit row from a project row, so the groups are found <em>arithmetically</em>: the
 * rows after the department row are split into groups, each a subtotal row, its printed copies
 * (consecutive rows identical in name and every amount) and the project rows whose amounts add up,
 * column by column, to the subtotal. Two projects of one name with different amounts are two
 * projects. When no split adds up, the subtotal rows are taken by name (a row printed twice, or one
 * named as the department) and the read is reported.
 */
public final class ProjectTableReader extends TableSectionReader<ProjectTable> {
  private static final int LABELS = 1;

  @Override
  protected boolean isDataRow(SourceLine line) {
    return LabelRows.isLabelRow(line);
  }

  /** A group being built: subtotal copies and projects, as indices into the rows. */
  private static final class Group {
    final List<Integer> subtotals = new ArrayList<>();
    final List<Integer> projects = new ArrayList<>();
  }

  @Override
  protected ProjectTable build(Section s, List<SourceLine> data) {
    List<AmountColumn> columns = s.section.spec().columns();
    int width = LABELS + columns.size();
    ImmutableProjectTable.Builder table = ProjectTable.builder(s.section.spec())
        .printedTitle(s.section.printedTitle())
        .printedNumber(s.section.printedNumber())
        .rowsNotRead(rowsNotRead(s))
        .printedDepartment(printedDepartment(s))
        .declaredEmpty(declaredEmpty(s));
    List<LabelRows.Row> rows = new ArrayList<>();
    for (SourceLine line : data) {
      if (!isDataRow(line)) {
        s.notUnderstood(line, ReaderMessage.of("table.row.notOf", s.id(), "项目名称"));
        continue;
      }
      LabelRows.align(s, line, LABELS, columns).ifPresent(rows::add);
    }
    if (rows.isEmpty()) {
      return table.build();
    }
    String department = TextNormalizer.label(
        printedDepartment(s).orElse(s.context().departmentName()));
    List<Group> groups = split(rows, 1).orElse(null);
    boolean byName = false;
    if (groups == null) {
      groups = byName(rows, department);
      byName = true;
      s.context().warn(rows.get(0).line, s.id(), ReaderMessage.of("table.project.unitsByName"));
    }
    LabelRows.Row first = rows.get(0);
    table.total(TotalRow.of(first.cell(0), first.amounts));
    s.row(TextNormalizer.label(first.cell(0)), first.line);
    if (!byName && !TextNormalizer.label(first.cell(0)).equals(department)) {
      s.context().info(first.line, s.id(),
          ReaderMessage.of("table.project.departmentRow", first.cell(0)));
    }
    for (Group g : groups) {
      ImmutableProjectGroup.Builder group = ImmutableProjectGroup.builder();
      for (int i : g.subtotals) {
        group.addSubtotalRows(TotalRow.of(rows.get(i).cell(0), rows.get(i).amounts));
        s.row(TextNormalizer.label(rows.get(i).cell(0)), rows.get(i).line);
      }
      for (int i : g.projects) {
        group.addProjects(ImmutableProjectRow.builder().printedName(rows.get(i).cell(0))
            .cells(rows.get(i).amounts).build());
        s.row(TextNormalizer.label(rows.get(i).cell(0)), rows.get(i).line);
      }
      table.addGroups(group.build());
    }
    settleAmbiguous(s, rows, groups, width);
    return table.build();
  }

  /**
   * A short row whose own arithmetic allows two readings is settled by the department row: the
   * printed (left-aligned) reading is confirmed when the department row is the column sum of the
   * units under it and not under the other reading.
   */
  private void settleAmbiguous(Section s, List<LabelRows.Row> rows, List<Group> groups,
      int width) {
    List<LabelRows.Row> ambiguous = new ArrayList<>();
    for (LabelRows.Row r : rows) {
      if (r.ambiguous) {
        ambiguous.add(r);
      }
    }
    if (ambiguous.isEmpty()) {
      return;
    }
    boolean printed = departmentAddsUp(rows, groups, false);
    boolean other = departmentAddsUp(rows, groups, true);
    for (LabelRows.Row r : ambiguous) {
      if (printed && !other) {
        s.context().info(r.line, s.id(),
            ReaderMessage.of("table.project.trailing", r.line.cells().size(), width));
      } else {
        LabelRows.warnAmbiguous(s, r, width);
      }
    }
  }

  private static boolean departmentAddsUp(List<LabelRows.Row> rows, List<Group> groups,
      boolean alternative) {
    List<List<AmountCell>> parts = new ArrayList<>();
    for (Group g : groups) {
      List<Integer> members = g.subtotals.isEmpty() ? g.projects : g.subtotals.subList(0, 1);
      for (int i : members) {
        parts.add(alternative ? rows.get(i).alternative : rows.get(i).amounts);
      }
    }
    LabelRows.Row first = rows.get(0);
    return addsUp(alternative ? first.alternative : first.amounts, parts);
  }

  /**
   * Splits {@code rows[from…]} into groups that add up; the first split found, trying shorter
   * groups first. Memoised: each start index is tried once.
   */
  private static Optional<List<Group>> split(List<LabelRows.Row> rows, int from) {
    return split(rows, from, new HashMap<>());
  }

  private static Optional<List<Group>> split(List<LabelRows.Row> rows, int from,
      Map<Integer, Optional<List<Group>>> memo) {
    if (from == rows.size()) {
      return Optional.of(new ArrayList<>());
    }
    Optional<List<Group>> known = memo.get(from);
    if (known != null) {
      return known;
    }
    Optional<List<Group>> result = Optional.empty();
    LabelRows.Row head = rows.get(from);
    int next = from + 1;
    while (next < rows.size() && identical(rows.get(next), head)) {
      next++;
    }
    List<List<AmountCell>> parts = new ArrayList<>();
    for (int end = next; end <= rows.size(); end++) {
      if (end > next) {
        parts.add(rows.get(end - 1).amounts);
      }
      if (addsUp(head.amounts, parts)) {
        Optional<List<Group>> rest = split(rows, end, memo);
        if (rest.isPresent()) {
          Group g = new Group();
          for (int i = from; i < next; i++) {
            g.subtotals.add(i);
          }
          for (int i = next; i < end; i++) {
            g.projects.add(i);
          }
          List<Group> all = new ArrayList<>();
          all.add(g);
          all.addAll(rest.get());
          result = Optional.of(all);
          break;
        }
      }
    }
    memo.put(from, result);
    return result;
  }

  /** Groups by name: a subtotal row is printed twice in a row, or is named as the department. */
  private static List<Group> byName(List<LabelRows.Row> rows, String department) {
    List<Group> groups = new ArrayList<>();
    Group current = null;
    int i = 1;
    while (i < rows.size()) {
      LabelRows.Row r = rows.get(i);
      boolean twice = i + 1 < rows.size() && identical(rows.get(i + 1), r);
      if (twice || TextNormalizer.label(r.cell(0)).equals(department)) {
        current = new Group();
        groups.add(current);
        current.subtotals.add(i++);
        while (i < rows.size() && identical(rows.get(i), r)) {
          current.subtotals.add(i++);
        }
        continue;
      }
      if (current == null) {
        current = new Group();
        groups.add(current);
      }
      current.projects.add(i++);
    }
    return groups;
  }

  private static boolean identical(LabelRows.Row a, LabelRows.Row b) {
    return TextNormalizer.label(a.cell(0)).equals(TextNormalizer.label(b.cell(0)))
        && AmountCell.sameAmounts(a.amounts, b.amounts);
  }

  /**
   * Whether {@code total} is the column sum of {@code parts} within their rounding: half the printed
   * precision of each figure (0.005 万元 per cell of a 万元 table), as {@link RowArithmetic}; an empty
   * part counts too, which keeps group detection as lenient as the per-addend count it replaces.
   */
  static boolean addsUp(List<AmountCell> total, List<List<AmountCell>> parts) {
    List<AmountCell> column = new ArrayList<>(parts.size());
    for (int c = 0; c < total.size(); c++) {
      long sum = 0;
      column.clear();
      for (List<AmountCell> p : parts) {
        sum = Math.addExact(sum, p.get(c).amountOrZero().fen());
        column.add(p.get(c));
      }
      if (Math.abs(total.get(c).amountOrZero().fen() - sum) > RowArithmetic.quanta(total.get(c), column, true) / 2) {
        return false;
      }
    }
    return true;
  }
}
