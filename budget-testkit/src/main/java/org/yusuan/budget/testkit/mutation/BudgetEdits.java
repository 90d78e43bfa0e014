package org.yusuan.budget.testkit.mutation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.ImmutableNarrativeClaim;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ImmutableCategoryRow;
import org.yusuan.budget.table.ImmutableEconomicRow;
import org.yusuan.budget.table.ImmutableEconomicTable;
import org.yusuan.budget.table.ImmutableFunctionRow;
import org.yusuan.budget.table.ImmutableFunctionTable;
import org.yusuan.budget.table.ImmutableIncomeRow;
import org.yusuan.budget.table.ImmutableProjectGroup;
import org.yusuan.budget.table.ImmutableProjectRow;
import org.yusuan.budget.table.ImmutableProjectTable;
import org.yusuan.budget.table.ImmutableRevenueRow;
import org.yusuan.budget.table.ImmutableRevenueTable;
import org.yusuan.budget.table.ImmutableSummaryLine;
import org.yusuan.budget.table.ImmutableSummaryTable;
import org.yusuan.budget.table.ImmutableTotalRow;
import org.yusuan.budget.table.ImmutableUnitAmountRow;
import org.yusuan.budget.table.ImmutableUnitAmountTable;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.ProjectGroup;
import org.yusuan.budget.table.ProjectRow;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.RevenueRow;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.StateCapitalTable;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.table.UnitAmountRow;
import org.yusuan.budget.table.UnitAmountTable;
import org.yusuan.budget.testkit.Mutation;
import org.yusuan.budget.text.WhiteSpace;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/**
 * Edits of a {@link DepartmentBudget} that break one invariant in one place (变异操作): bump a cell,
 * re-code or duplicate a row, drop a table, change a claim or a sheet field — each returning the
 * {@link Mutation} with the location the rule reports. The rule mutators of each subject package
 * ({@code mutation.table}, {@code mutation.crosstable} …) are built from these.
 */
public final class BudgetEdits {
  private BudgetEdits() {}

  /** One WanYuan added to a printed amount: beyond any rounding tolerance. */
  public static final WanYuan BUMP = WanYuan.of(1);

  // ------------------------------------------------------------------ cells

  /**
   * A mutation of {@code rule} located where its finding is reported: {@code table}, and {@code row}
   * and {@code column} when given.
   *
   * @param rule the id of the rule the change breaks, e.g. {@code T2.1}
   * @param b the budget already changed
   * @param table the table id as findings name it ({@code T2}, or {@code N} for the narrative)
   * @param row the row as findings name it (a code, a printed name or label), or null for none
   * @param column the column's Chinese name ({@code 合计}, {@code 金额}), or null for none
   * @param description what was changed, in Chinese, before → after
   * @return the mutation
   */
  public static Mutation mutation(String rule, DepartmentBudget b, String table, String row, String column,
      String description) {
    var l = Location.builder().table(table);
    if (row != null) {
      l.row(row);
    }
    if (column != null) {
      l.column(column);
    }
    return new Mutation(rule, b, l.build(), description);
  }

  /**
   * {@return a copy of {@code cells} with cell {@code index} raised by {@link #BUMP}} An empty cell
   * becomes 1.00.
   *
   * @param cells the cells of one row; not changed
   * @param index the 0-based column of the cell to raise
   */
  public static List<AmountCell> bumped(List<AmountCell> cells, int index) {
    List<AmountCell> out = new ArrayList<>(cells);
    out.set(index, AmountCell.of(cells.get(index).amountOrZero().plus(BUMP)));
    return out;
  }

  /**
   * {@return the description of a bumped cell: {@code 表二 2080505 当年预算安排: 12.00 → 13.00}}
   *
   * @param t the table changed, named by its Chinese number ({@code 表二}) where it has one
   * @param row the row as findings name it
   * @param column the column changed
   * @param before the cell as printed; {@code (空)} when empty
   */
  public static String change(BudgetTable t, String row, AmountColumn column, AmountCell before) {
    return t.id().chineseNumber().orElse(t.id().value()) + " " + row + " " + column.chineseName() + ": "
        + (before.isEmpty() ? "(空)" : before.toString()) + " → " + before.amountOrZero().plus(BUMP);
  }

  /**
   * {@return {@code t} when it is present and not declared empty (注：本表无数据), else empty}
   *
   * @param t a function table as the budget holds it
   */
  public static Optional<FunctionTable> withData(Optional<FunctionTable> t) {
    return t.filter(x -> !x.declaredEmpty());
  }

  /**
   * {@return a copy of {@code b} with the table of {@code n}'s id replaced by {@code n}}
   *
   * @param b the budget; not changed
   * @param n the new table: a summary, function, economic, revenue, 三公, unit-amount, state-capital
   *     or project table
   * @throws IllegalArgumentException if {@code n} is of another table type
   */
  public static DepartmentBudget replace(DepartmentBudget b, BudgetTable n) {
    ImmutableDepartmentBudget c = ImmutableDepartmentBudget.copyOf(b);
    if (n instanceof SummaryTable) {
      return c.withSummaryTables(replaced(b.summaryTables(), (SummaryTable) n));
    }
    if (n instanceof FunctionTable) {
      return c.withFunctionTables(replaced(b.functionTables(), (FunctionTable) n));
    }
    if (n instanceof EconomicTable) {
      return c.withEconomicTables(replaced(b.economicTables(), (EconomicTable) n));
    }
    if (n instanceof RevenueTable) {
      return c.withRevenueTables(replaced(b.revenueTables(), (RevenueTable) n));
    }
    if (n instanceof ThreePublicTable) {
      return c.withThreePublicTables(replaced(b.threePublicTables(), (ThreePublicTable) n));
    }
    if (n instanceof UnitAmountTable) {
      return c.withUnitAmountTables(replaced(b.unitAmountTables(), (UnitAmountTable) n));
    }
    if (n instanceof StateCapitalTable) {
      return c.withStateCapitalTables(replaced(b.stateCapitalTables(), (StateCapitalTable) n));
    }
    if (n instanceof ProjectTable) {
      return c.withProjectTables(replaced(b.projectTables(), (ProjectTable) n));
    }
    throw new IllegalArgumentException("cannot replace a " + n.getClass().getSimpleName());
  }

  /**
   * {@return a copy of {@code tables} with each table of {@code n}'s id replaced by {@code n}}
   *
   * @param <T> the table type
   * @param tables the tables of one type, as the budget holds them
   * @param n the new table; not added when no table has its id
   */
  public static <T extends BudgetTable> List<T> replaced(List<T> tables, T n) {
    List<T> out = new ArrayList<>();
    for (T t : tables) {
      out.add(t.id().equals(n.id()) ? n : t);
    }
    return out;
  }

  /**
   * A function-table cell: {@code digits} 0 = the 合计 row, else the first row with a code of that
   * many digits and money in {@code column}. The cell is raised by {@link #BUMP}.
   *
   * @param b a consistent budget; not changed
   * @param rule the id of the rule the change breaks, e.g. {@code T2.1}; the mutation carries it
   * @param id the function table ({@code T2}, {@code T3}, …)
   * @param digits 0 for the 合计 row, else 3 (类), 5 (款) or 7 (项)
   * @param column the column to change; must be one of the table's
   * @return the mutation, or empty when the budget has no such place to change
   */
  public static Optional<Mutation> functionCell(DepartmentBudget b, String rule, TableId id, int digits,
      AmountColumn column) {
    Optional<FunctionTable> found = withData(b.functionTable(id));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    FunctionTable t = found.get();
    int ci = t.columns().indexOf(column);
    if (digits == 0) {
      TotalRow r = t.total().orElseThrow();
      FunctionTable n = ImmutableFunctionTable.copyOf(t).withTotal(ImmutableTotalRow.copyOf(r)
          .withCells(bumped(r.cells(), ci)));
      return Optional.of(mutation(rule, replace(b, n), id.value(), r.label(), column.chineseName(),
          change(t, r.label(), column, r.cells().get(ci))));
    }
    List<FunctionRow> rows = new ArrayList<>(t.rows());
    for (int i = 0; i < rows.size(); i++) {
      FunctionRow r = rows.get(i);
      if (r.code().isPresent() && r.code().get().value().length() == digits && !r.cells().get(ci).isEmpty()) {
        rows.set(i, ImmutableFunctionRow.copyOf(r).withCells(bumped(r.cells(), ci)));
        return Optional.of(mutation(rule, replace(b, ImmutableFunctionTable.copyOf(t).withRows(rows)), id.value(),
            r.printedCode(), column.chineseName(), change(t, r.printedCode(), column, r.cells().get(ci))));
      }
    }
    return Optional.empty();
  }

  /**
   * Re-codes the first 项 row to a code whose 款 is not printed (a 款 99 → 98 swap keeps it well formed).
   *
   * @param b a consistent budget; not changed
   * @param rule the id of the rule the change breaks, e.g. {@code T2.1}; the mutation carries it
   * @param id the function table ({@code T2}, {@code T3}, …)
   * @return the mutation, located at the new code; empty when the table has no data or no 项 row
   */
  public static Optional<Mutation> orphanCode(DepartmentBudget b, String rule, TableId id) {
    Optional<FunctionTable> found = withData(b.functionTable(id));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    FunctionTable t = found.get();
    List<FunctionRow> rows = new ArrayList<>(t.rows());
    for (int i = 0; i < rows.size(); i++) {
      FunctionRow r = rows.get(i);
      if (r.code().isPresent() && r.code().get().value().length() == 7) {
        String v = r.code().get().value();
        String orphan = v.substring(0, 3) + (v.startsWith("97", 3) ? "96" : "97") + v.substring(5);
        rows.set(i, FunctionRow.of(orphan, r.printedName(), r.cells()));
        return Optional.of(mutation(rule, replace(b, ImmutableFunctionTable.copyOf(t).withRows(rows)), id.value(),
            orphan, null, id.chineseNumber().orElse(id.value()) + " 编码 " + v + " → " + orphan + "（上级款未列出）"));
      }
    }
    return Optional.empty();
  }

  /** A footer line of 表一/表四 (收支总表). */
  public enum Line {
    /** 本年收入合计 / 本年支出合计. */
    CURRENT,
    /** The carry-over line: 上年结转 / 年终结转, or 年初 / 年末结转和结余. */
    CARRY,
    /** 收入总计 / 支出总计. */
    GRAND
  }

  /**
   * A footer line of 表一/表四: the income amount ({@code column} null) or an expenditure cell, raised
   * by {@link #BUMP}.
   *
   * @param b a consistent budget; not changed
   * @param rule the id of the rule the change breaks, e.g. {@code T2.1}; the mutation carries it
   * @param id the summary table ({@code T1} or {@code T4})
   * @param which the footer line to change
   * @param column the expenditure column to change, or null for the income amount (金额)
   * @return the mutation, or empty when the table is absent, declared empty or lacks the line
   */
  public static Optional<Mutation> summaryLine(DepartmentBudget b, String rule, TableId id, Line which, AmountColumn column) {
    Optional<SummaryTable> found = b.summaryTable(id).filter(t -> !t.declaredEmpty());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SummaryTable t = found.get();
    Optional<SummaryLine> line = which == Line.CURRENT ? t.currentYearTotal()
        : which == Line.CARRY ? t.carryOver() : t.grandTotal();
    if (line.isEmpty()) {
      return Optional.empty();
    }
    SummaryLine l = line.get();
    SummaryLine n;
    String row;
    String col;
    String what;
    if (column == null) {
      n = ImmutableSummaryLine.copyOf(l).withIncomeAmount(AmountCell.of(l.incomeAmount().amountOrZero().plus(BUMP)));
      row = l.incomeLabel();
      col = "金额";
      what = l.incomeLabel() + " 金额: " + l.incomeAmount() + " → " + l.incomeAmount().amountOrZero().plus(BUMP);
    } else {
      int ci = t.columns().indexOf(column);
      n = ImmutableSummaryLine.copyOf(l).withCells(bumped(l.cells(), ci));
      row = l.expenditureLabel();
      col = column.chineseName();
      what = change(t, row, column, l.cells().get(ci));
    }
    ImmutableSummaryTable c = ImmutableSummaryTable.copyOf(t);
    c = which == Line.CURRENT ? c.withCurrentYearTotal(n) : which == Line.CARRY ? c.withCarryOver(n)
        : c.withGrandTotal(n);
    return Optional.of(mutation(rule, replace(b, c), id.value(), row, col, what));
  }

  /**
   * The first 类 row of 表一/表四 with money in {@code column}, raised by {@link #BUMP}.
   *
   * @param b a consistent budget; not changed
   * @param rule the id of the rule the change breaks, e.g. {@code T2.1}; the mutation carries it
   * @param id the summary table ({@code T1} or {@code T4})
   * @param column the expenditure column to change; must be one of the table's
   * @return the mutation, or empty when the budget has no such place to change
   */
  public static Optional<Mutation> category(DepartmentBudget b, String rule, TableId id, AmountColumn column) {
    Optional<SummaryTable> found = b.summaryTable(id).filter(t -> !t.declaredEmpty());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SummaryTable t = found.get();
    int ci = t.columns().indexOf(column);
    List<CategoryRow> rows = new ArrayList<>(t.categoryRows());
    for (int i = 0; i < rows.size(); i++) {
      CategoryRow r = rows.get(i);
      if (!r.cells().get(ci).isEmpty()) {
        rows.set(i, ImmutableCategoryRow.copyOf(r).withCells(bumped(r.cells(), ci)));
        return Optional.of(mutation(rule, replace(b, ImmutableSummaryTable.copyOf(t).withCategoryRows(rows)),
            id.value(), r.printedName(), column.chineseName(), change(t, r.printedName(), column, r.cells().get(ci))));
      }
    }
    return Optional.empty();
  }

  /**
   * Income row {@code index} of 表一/表四, its amount raised by {@link #BUMP}.
   *
   * @param b a consistent budget; not changed
   * @param rule the id of the rule the change breaks, e.g. {@code T2.1}; the mutation carries it
   * @param id the summary table ({@code T1} or {@code T4})
   * @param index the 0-based income row, in printed order
   * @return the mutation, or empty when the table is absent or has no such row
   */
  public static Optional<Mutation> income(DepartmentBudget b, String rule, TableId id, int index) {
    Optional<SummaryTable> found = b.summaryTable(id).filter(t -> t.incomeRows().size() > index);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SummaryTable t = found.get();
    List<IncomeRow> rows = new ArrayList<>(t.incomeRows());
    IncomeRow r = rows.get(index);
    rows.set(index, ImmutableIncomeRow.copyOf(r).withAmount(AmountCell.of(r.amount().amountOrZero().plus(BUMP))));
    return Optional.of(mutation(rule, replace(b, ImmutableSummaryTable.copyOf(t).withIncomeRows(rows)), id.value(),
        r.printedLabel(), "金额", r.printedLabel() + ": " + r.amount() + " → " + r.amount().amountOrZero().plus(BUMP)));
  }

  /**
   * {@return the row of 表六 as findings name it: the 部门 name, and {@code |} and the 政府 name where
   * printed}
   *
   * @param r a row of the economic table
   */
  public static String economicKey(EconomicRow r) {
    return r.governmentName().isPresent() ? r.departmentName() + "|" + r.governmentName().get() : r.departmentName();
  }

  /**
   * A 表六 cell: the 合计 row ({@code level} null) or the first row of {@code level}, raised by
   * {@link #BUMP}.
   *
   * @param b a consistent budget; not changed
   * @param rule the id of the rule the change breaks, e.g. {@code T2.1}; the mutation carries it
   * @param level the level of the row to change (类 or 款), or null for the 合计 row
   * @param column the column to change; must be one of the table's
   * @return the mutation, or empty when the budget has no such place to change
   */
  public static Optional<Mutation> economicCell(DepartmentBudget b, String rule, CodeLevel level, AmountColumn column) {
    Optional<EconomicTable> found = b.economicTable(TableId.T6).filter(t -> !t.declaredEmpty());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    EconomicTable t = found.get();
    int ci = t.columns().indexOf(column);
    if (level == null) {
      TotalRow r = t.total().orElseThrow();
      return Optional.of(mutation(rule, replace(b, ImmutableEconomicTable.copyOf(t).withTotal(
              ImmutableTotalRow.copyOf(r).withCells(bumped(r.cells(), ci)))), "T6", r.label(), column.chineseName(),
          change(t, r.label(), column, r.cells().get(ci))));
    }
    List<EconomicRow> rows = new ArrayList<>(t.rows());
    for (int i = 0; i < rows.size(); i++) {
      EconomicRow r = rows.get(i);
      if (r.level() == level) {
        rows.set(i, ImmutableEconomicRow.copyOf(r).withCells(bumped(r.cells(), ci)));
        return Optional.of(mutation(rule, replace(b, ImmutableEconomicTable.copyOf(t).withRows(rows)), "T6",
            economicKey(r), column.chineseName(), change(t, economicKey(r), column, r.cells().get(ci))));
      }
    }
    return Optional.empty();
  }

  /**
   * 表七: the row {@code code}, or the 合计 row for null; its amount raised by {@link #BUMP}.
   *
   * @param b a consistent budget; not changed
   * @param rule the id of the rule the change breaks, e.g. {@code T2.1}; the mutation carries it
   * @param code the printed code of the row to change, or null for the 合计 row
   * @return the mutation, or empty when 表七 is absent, declared empty or has no such row
   */
  public static Optional<Mutation> revenueCell(DepartmentBudget b, String rule, String code) {
    Optional<RevenueTable> found = b.revenueTable(TableId.T7).filter(t -> !t.declaredEmpty());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    RevenueTable t = found.get();
    if (code == null) {
      TotalRow r = t.total().orElseThrow();
      return Optional.of(mutation(rule, replace(b, ImmutableRevenueTable.copyOf(t).withTotal(
              ImmutableTotalRow.copyOf(r).withCells(bumped(r.cells(), 0)))), "T7", r.label(), "金额",
          change(t, r.label(), AmountColumn.AMOUNT, r.cells().get(0))));
    }
    List<RevenueRow> rows = new ArrayList<>(t.rows());
    for (int i = 0; i < rows.size(); i++) {
      RevenueRow r = rows.get(i);
      if (r.printedCode().equals(code)) {
        rows.set(i, ImmutableRevenueRow.copyOf(r).withCells(bumped(r.cells(), 0)));
        // S4 compares in its 合计 column, T7.1 in 金额.
        return Optional.of(mutation(rule, replace(b, ImmutableRevenueTable.copyOf(t).withRows(rows)), "T7", code,
            rule.equals("S4") ? "合计" : "金额", change(t, code, AmountColumn.AMOUNT, r.cells().get(0))));
      }
    }
    return Optional.empty();
  }

  /**
   * 表十一: a unit row ({@code total} false) or the 部门合计 row, 合计 column, raised by {@link #BUMP}.
   *
   * @param b a consistent budget; not changed
   * @param rule the id of the rule the change breaks, e.g. {@code T2.1}; the mutation carries it
   * @param total true for the 部门合计 row, false for the first unit row
   * @return the mutation, or empty when the budget has no such place to change
   */
  public static Optional<Mutation> unitAmountCell(DepartmentBudget b, String rule, boolean total) {
    Optional<UnitAmountTable> found = b.unitAmountTable(TableId.T11).filter(t -> !t.declaredEmpty());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    UnitAmountTable t = found.get();
    int ci = t.columns().indexOf(AmountColumn.TOTAL);
    if (total) {
      TotalRow r = t.total().orElseThrow();
      return Optional.of(mutation(rule, replace(b, ImmutableUnitAmountTable.copyOf(t).withTotal(
              ImmutableTotalRow.copyOf(r).withCells(bumped(r.cells(), ci)))), "T11", r.label(), "合计",
          change(t, r.label(), AmountColumn.TOTAL, r.cells().get(ci))));
    }
    if (t.rows().isEmpty()) {
      return Optional.empty();
    }
    List<UnitAmountRow> rows = new ArrayList<>(t.rows());
    UnitAmountRow r = rows.get(0);
    rows.set(0, ImmutableUnitAmountRow.copyOf(r).withCells(bumped(r.cells(), ci)));
    return Optional.of(mutation(rule, replace(b, ImmutableUnitAmountTable.copyOf(t).withRows(rows)), "T11",
        r.printedUnitName(), "合计", change(t, r.printedUnitName(), AmountColumn.TOTAL, r.cells().get(ci))));
  }

  /** A row level of 表十二/十三 (项目支出表). */
  public enum Level {
    /** The department's 合计 row. */
    DEPARTMENT,
    /** A unit's subtotal row. */
    UNIT,
    /** A project row. */
    PROJECT
  }

  /**
   * 表十二/十三: the department row, the first unit subtotal or the first project; the cell in
   * {@code column} raised by {@link #BUMP}.
   *
   * @param b a consistent budget; not changed
   * @param rule the id of the rule the change breaks, e.g. {@code T2.1}; the mutation carries it
   * @param id the project table ({@code T12} or {@code T13})
   * @param level which row to change; a unit subtotal is changed only where it has money
   * @param column the column to change; must be one of the table's
   * @return the mutation, or empty when the budget has no such place to change
   */
  public static Optional<Mutation> projectCell(DepartmentBudget b, String rule, TableId id, Level level,
      AmountColumn column) {
    Optional<ProjectTable> found = b.projectTable(id).filter(t -> !t.declaredEmpty() && !t.groups().isEmpty());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ProjectTable t = found.get();
    int ci = t.columns().indexOf(column);
    if (level == Level.DEPARTMENT) {
      TotalRow r = t.total().orElseThrow();
      return Optional.of(mutation(rule, replace(b, ImmutableProjectTable.copyOf(t).withTotal(
              ImmutableTotalRow.copyOf(r).withCells(bumped(r.cells(), ci)))), id.value(), r.label(),
          column.chineseName(), change(t, r.label(), column, r.cells().get(ci))));
    }
    List<ProjectGroup> groups = new ArrayList<>(t.groups());
    for (int g = 0; g < groups.size(); g++) {
      ProjectGroup group = groups.get(g);
      if (level == Level.UNIT && group.subtotal().isPresent()
          && !group.subtotal().get().cells().get(ci).isEmpty()) {
        TotalRow r = group.subtotal().get();
        List<TotalRow> subs = new ArrayList<>(group.subtotalRows());
        subs.set(0, ImmutableTotalRow.copyOf(r).withCells(bumped(r.cells(), ci)));
        groups.set(g, ImmutableProjectGroup.copyOf(group).withSubtotalRows(subs));
        return Optional.of(mutation(rule, replace(b, ImmutableProjectTable.copyOf(t).withGroups(groups)), id.value(),
            r.label(), column.chineseName(), change(t, r.label(), column, r.cells().get(ci))));
      }
      if (level == Level.PROJECT && !group.projects().isEmpty()) {
        ProjectRow r = group.projects().get(0);
        List<ProjectRow> rows = new ArrayList<>(group.projects());
        rows.set(0, ImmutableProjectRow.copyOf(r).withCells(bumped(r.cells(), ci)));
        groups.set(g, ImmutableProjectGroup.copyOf(group).withProjects(rows));
        return Optional.of(mutation(rule, replace(b, ImmutableProjectTable.copyOf(t).withGroups(groups)), id.value(),
            r.printedName(), column.chineseName(), change(t, r.printedName(), column, r.cells().get(ci))));
      }
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------ narrative

  /**
   * {@return the row findings on claim {@code c} are located in (as the narrative rules locate them)}
   *
   * @param c a claim of the narrative
   */
  public static String claimRow(NarrativeClaim c) {
    return ClaimSupport.row(c);
  }

  /**
   * {@return the column of a claim's measure in findings (as the narrative rules name it)}
   *
   * @param m the measure (amount, share, count, …)
   */
  public static String measureName(ClaimMeasure m) {
    return ClaimSupport.measureName(m);
  }

  /**
   * The first claim on {@code subject} with {@code measure}: amount + 1.00, percentage + 1.00, count + 1
   * (for S5, one more than the authorised vehicles).
   *
   * @param b a consistent budget; not changed
   * @param rule the id of the rule the change breaks, e.g. {@code T2.1}; the mutation carries it
   * @param subject what the claim is about
   * @param measure what the claim states of it
   * @return the mutation, located in the narrative ({@code N}); empty when no such claim is printed
   */
  public static Optional<Mutation> claim(DepartmentBudget b, String rule, ClaimSubject subject, ClaimMeasure measure) {
    List<NarrativeClaim> claims = new ArrayList<>(b.claims());
    for (int i = 0; i < claims.size(); i++) {
      NarrativeClaim c = claims.get(i);
      if (c.subject() != subject || c.measure() != measure) {
        continue;
      }
      ImmutableNarrativeClaim n = ImmutableNarrativeClaim.copyOf(c);
      String before;
      String after;
      if (c.amount().isPresent()) {
        before = c.amount().get().toString();
        n = n.withAmount(c.amount().get().plus(BUMP));
        after = n.amount().get().toString();
      } else if (c.number().isPresent()) {
        before = c.number().get().toPlainString();
        n = n.withNumber(c.number().get().add(BigDecimal.ONE));
        after = n.number().get().toPlainString();
      } else if (c.count().isPresent()) {
        before = c.count().get().toString();
        long more = rule.equals("S5") ? countOf(b, ClaimSubject.VEHICLES_AUTHORIZED) + 1 : c.count().get() + 1;
        n = n.withCount(more);
        after = Long.toString(more);
      } else {
        continue;
      }
      claims.set(i, n);
      return Optional.of(mutation(rule, ImmutableDepartmentBudget.copyOf(b).withClaims(claims), "N", claimRow(c),
          measureName(measure), "情况说明 " + claimRow(c) + " " + measureName(measure) + ": " + before + " → "
              + after));
    }
    return Optional.empty();
  }

  /**
   * S6: the first 国有资产 reference date one year early (31 December two years before the budget year).
   *
   * @param b a consistent budget; not changed
   * @return the mutation, or empty when no reference date is printed
   */
  public static Optional<Mutation> referenceDateOff(DepartmentBudget b) {
    List<NarrativeClaim> claims = new ArrayList<>(b.claims());
    for (int i = 0; i < claims.size(); i++) {
      NarrativeClaim c = claims.get(i);
      if (c.subject() == ClaimSubject.ASSET_REFERENCE_DATE && c.date().isPresent()) {
        java.time.LocalDate early = c.date().get().minusYears(1);
        claims.set(i, ImmutableNarrativeClaim.copyOf(c).withDate(early));
        return Optional.of(mutation("S6", ImmutableDepartmentBudget.copyOf(b).withClaims(claims), "N", claimRow(c),
            measureName(ClaimMeasure.DATE), "情况说明 " + claimRow(c) + ": " + c.date().get() + " → " + early));
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the count the first counting claim on {@code subject} states; 0 when there is none}
   *
   * @param b the budget whose claims are searched
   * @param subject what the claim counts, e.g. authorised vehicles
   */
  public static long countOf(DepartmentBudget b, ClaimSubject subject) {
    for (NarrativeClaim c : b.claims()) {
      if (c.subject() == subject && c.count().isPresent()) {
        return c.count().get();
      }
    }
    return 0;
  }

  /**
   * S9: the last income-source share + 0.50 (the shares then sum to 100.5%).
   *
   * @param b a consistent budget; not changed
   * @return the mutation, or empty when fewer than two unqualified shares are printed
   */
  public static Optional<Mutation> shareOff(DepartmentBudget b) {
    Set<ClaimSubject> sources = Set.of(ClaimSubject.REVENUE_GENERAL_BUDGET, ClaimSubject.REVENUE_GOVERNMENT_FUND,
        ClaimSubject.REVENUE_STATE_CAPITAL, ClaimSubject.REVENUE_SPECIAL_ACCOUNT, ClaimSubject.REVENUE_UNIT_FUNDS,
        ClaimSubject.REVENUE_CARRY_OVER);
    List<NarrativeClaim> claims = new ArrayList<>(b.claims());
    int last = -1;
    int n = 0;
    for (int i = 0; i < claims.size(); i++) {
      NarrativeClaim c = claims.get(i);
      if (sources.contains(c.subject()) && c.measure() == ClaimMeasure.SHARE && c.qualifier().isEmpty()) {
        last = i;
        n++;
      }
    }
    if (n < 2) {
      return Optional.empty();
    }
    NarrativeClaim c = claims.get(last);
    BigDecimal more = c.number().get().add(new BigDecimal("0.50"));
    claims.set(last, ImmutableNarrativeClaim.copyOf(c).withNumber(more));
    return Optional.of(mutation("S9", ImmutableDepartmentBudget.copyOf(b).withClaims(claims), "N", claimRow(c), "占比",
        "情况说明 " + claimRow(c) + " 占比: " + c.number().get().toPlainString() + " → " + more.toPlainString()));
  }

  // ------------------------------------------------------------------ codes and soft rules

  /**
   * S1: 公用经费 printed on a 人员经费 class row (301 or 303), which its 款 do not carry.
   *
   * @param b a consistent budget; not changed
   * @return the mutation, or empty when 表六 is absent, declared empty or has no such 类 row
   */
  public static Optional<Mutation> personnelClassWithPublicMoney(DepartmentBudget b) {
    Optional<EconomicTable> t6 = b.economicTable(TableId.T6).filter(t -> !t.declaredEmpty());
    if (t6.isEmpty()) {
      return Optional.empty();
    }
    int ci = t6.get().columns().indexOf(AmountColumn.PUBLIC_EXPENSES);
    return economicRow(b, r -> r.level() == CodeLevel.CLASS && (r.departmentName().equals("工资福利支出")
            || r.departmentName().equals("对个人和家庭的补助")),
        r -> ImmutableEconomicRow.copyOf(r).withCells(bumped(r.cells(), ci)), "S1", "公用经费",
        r -> "表六 " + r.departmentName() + " 公用经费: " + r.cells().get(ci) + " → " + r.cells().get(ci).amountOrZero().plus(BUMP));
  }

  /**
   * S2: 表六 机关事业单位基本养老保险缴费 + 1.00 against 表二 2080505.
   *
   * @param b a consistent budget; not changed
   * @return the mutation, or empty when 表二 prints no 2080505 or 表六 no such 款 row
   */
  public static Optional<Mutation> pensionApart(DepartmentBudget b) {
    Optional<FunctionTable> t2 = withData(b.functionTable(TableId.T2));
    if (t2.isEmpty() || t2.get().rows().stream().noneMatch(r -> r.printedCode().equals("2080505"))) {
      return Optional.empty();
    }
    return economicRow(b, r -> r.level() == CodeLevel.SECTION && r.departmentName().equals("机关事业单位基本养老保险缴费"),
        r -> ImmutableEconomicRow.copyOf(r).withCells(bumped(bumped(r.cells(), 0), 1)), "S2", "合计",
        r -> "表六 " + economicKey(r) + " 合计与人员经费 + 1.00");
  }

  /** How {@link #economicRow} changes the row it found. */
  public interface RowChange {
    /**
     * {@return the changed row}
     *
     * @param r the row as printed
     */
    EconomicRow apply(EconomicRow r);
  }

  /** How {@link #economicRow} describes its change. */
  public interface RowText {
    /**
     * {@return the description of the change, in Chinese, before → after}
     *
     * @param r the row as printed, before the change
     */
    String of(EconomicRow r);
  }

  /** Which row {@link #economicRow} changes. */
  public interface RowTest {
    /**
     * {@return whether {@code r} is the row to change}
     *
     * @param r a row of 表六, in printed order
     */
    boolean test(EconomicRow r);
  }

  /**
   * The first row of 表六 that {@code test} accepts, changed by {@code change}.
   *
   * @param b a consistent budget; not changed
   * @param test which row to change
   * @param change how to change it
   * @param rule the id of the rule the change breaks; the mutation carries it
   * @param column the column's Chinese name the finding names
   * @param what the description of the change
   * @return the mutation, located at the row's {@link #economicKey}; empty when 表六 is absent,
   *     declared empty or has no such row
   */
  public static Optional<Mutation> economicRow(DepartmentBudget b, RowTest test, RowChange change, String rule,
      String column, RowText what) {
    Optional<EconomicTable> found = b.economicTable(TableId.T6).filter(t -> !t.declaredEmpty());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    EconomicTable t = found.get();
    List<EconomicRow> rows = new ArrayList<>(t.rows());
    for (int i = 0; i < rows.size(); i++) {
      EconomicRow r = rows.get(i);
      if (test.test(r)) {
        rows.set(i, change.apply(r));
        return Optional.of(mutation(rule, replace(b, ImmutableEconomicTable.copyOf(t).withRows(rows)), "T6",
            economicKey(r), column, what.of(r)));
      }
    }
    return Optional.empty();
  }

  /**
   * S3: 项目支出 printed on a 行政运行 / 机关服务 / 事业运行 row of 表三.
   *
   * @param b a consistent budget; not changed
   * @return the mutation, or empty when 表三 has no data or no such 项 row
   */
  public static Optional<Mutation> projectOnRunningCost(DepartmentBudget b) {
    Optional<FunctionTable> found = withData(b.functionTable(TableId.T3));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    FunctionTable t = found.get();
    int ci = t.columns().indexOf(AmountColumn.PROJECT);
    List<FunctionRow> rows = new ArrayList<>(t.rows());
    for (int i = 0; i < rows.size(); i++) {
      FunctionRow r = rows.get(i);
      String v = r.code().map(c -> c.value()).orElse("");
      String name = WhiteSpace.removeAll(r.printedName());
      if (v.length() == 7 && (v.endsWith("01") && name.equals("行政运行") || v.endsWith("03") && name.equals("机关服务")
          || v.endsWith("50") && name.equals("事业运行"))) {
        rows.set(i, ImmutableFunctionRow.copyOf(r).withCells(bumped(r.cells(), ci)));
        return Optional.of(mutation("S3", replace(b, ImmutableFunctionTable.copyOf(t).withRows(rows)), "T3",
            r.printedCode(), AmountColumn.PROJECT.chineseName(),
            change(t, r.printedCode(), AmountColumn.PROJECT, r.cells().get(ci))));
      }
    }
    return Optional.empty();
  }

  /**
   * S7: the budget lists one unit while 表十二 carries several (or 表十三 or 表十一 does).
   *
   * @param b a consistent budget; not changed
   * @return the mutation, located at the table with the most units; empty when the budget lists
   *     fewer than two units or no table carries more than one
   */
  public static Optional<Mutation> oneUnitListed(DepartmentBudget b) {
    if (b.units().size() < 2) {
      return Optional.empty();
    }
    String table = null;
    int max = 1;
    for (TableId id : new TableId[] {TableId.T12, TableId.T13}) {
      Optional<ProjectTable> t = b.projectTable(id).filter(x -> !x.declaredEmpty());
      if (t.isPresent() && t.get().groups().size() > max) {
        max = t.get().groups().size();
        table = id.value();
      }
    }
    Optional<UnitAmountTable> t11 = b.unitAmountTable(TableId.T11).filter(x -> !x.declaredEmpty());
    if (t11.isPresent() && t11.get().rows().size() > max) {
      table = "T11";
    }
    if (table == null) {
      return Optional.empty();
    }
    return Optional.of(mutation("S7", ImmutableDepartmentBudget.copyOf(b).withUnits(b.units().subList(0, 1)), table,
        null, null, "预算单位只列出「" + b.units().get(0).name() + "」（原有 " + b.units().size() + " 个）"));
  }
}

