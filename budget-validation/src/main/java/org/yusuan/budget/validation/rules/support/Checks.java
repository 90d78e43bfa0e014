package org.yusuan.budget.validation.rules.support;

import static org.yusuan.budget.validation.rules.support.Budgets.amount;
import static org.yusuan.budget.validation.rules.support.Budgets.col;

import java.util.List;
import java.util.function.IntFunction;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.AmountGrid;
import org.yusuan.budget.table.AmountRow;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.ProjectRow;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.table.UnitAmountRow;
import org.yusuan.budget.text.WhiteSpace;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.SumCheck;

/**
 * The arithmetic checks shared by the table rules; each reports through the rule context.
 *
 * <p>Most printed sums agree, so the loops first add the addends in fen ({@link #plus}) and start
 * a {@link SumCheck} only when the total differs: a check reports nothing for a zero difference
 * whatever the tolerance, and {@link Math#addExact} overflows on the same addend as the check's.
 */
public final class Checks {
  private Checks() {}

  /** Finding message: a row's code is not a well-formed classification code (3, 5 or 7 digits). */
  public static final Messages BAD_CODE = Messages.named("Checks.BAD_CODE");
  /** Finding message: a classification code is printed on more than one row of a table. */
  public static final Messages DUPLICATE_CODE = Messages.named("Checks.DUPLICATE_CODE");
  /** Finding message: a 款 or 项 row whose parent code (two digits shorter) has no row. */
  public static final Messages ORPHAN_CODE = Messages.named("Checks.ORPHAN_CODE");
  /** Finding message: a group row printed twice with different amounts. */
  public static final Messages DUPLICATE_GROUP_ROW = Messages.named("Checks.DUPLICATE_GROUP_ROW");

  /**
   * {@return the row key of a function row (功能分类行): its printed code, else its printed name}
   *
   * @param r the row as read
   */
  public static String key(FunctionRow r) {
    String c = r.printedCode();
    return c.isBlank() ? r.printedName() : c;
  }

  /**
   * Per row (and the total row): {@code total = Σ parts}. Reports INSUFFICIENT_DATA when the table has
   * no {@code total} column; a part column the table lacks adds nothing.
   *
   * @param ctx the running rule's context, which receives the findings
   * @param t the table the rows belong to (gives the column order and the table id)
   * @param rows the rows to check, in printed order
   * @param totalRow the table's total row (合计), checked first; {@code null} when the table prints none
   * @param total the column holding each row's total (e.g. 合计)
   * @param parts the columns that add up to {@code total}
   */
  public static void rowSums(RuleContext ctx, BudgetTable t, List<? extends AmountRow> rows, TotalRow totalRow,
      AmountColumn total, AmountColumn... parts) {
    int ti = col(t, total);
    if (ti < 0) {
      ctx.insufficientData(t.id() + " has no column " + total.chineseName());
      return;
    }
    int[] pi = columns(t, parts);
    String tid = t.id().value();
    if (totalRow != null) {
      rowSum(ctx, tid, totalRow.label(), totalRow.cells(), ti, total, pi, parts);
    }
    for (int r = 0; r < rows.size(); r++) {
      AmountRow row = rows.get(r);
      rowSum(ctx, tid, rowKey(row), row.cells(), ti, total, pi, parts);
    }
  }

  /**
   * {@return the indices of {@code columns} in {@code t} (-1 for a missing column), looked up once per check}
   *
   * @param t the table whose column order is used
   * @param columns the columns to find
   */
  public static int[] columns(BudgetTable t, AmountColumn... columns) {
    List<AmountColumn> cols = t.columns();
    int[] ci = new int[columns.length];
    for (int i = 0; i < columns.length; i++) {
      ci[i] = cols.indexOf(columns[i]);
    }
    return ci;
  }

  /**
   * The precision an amount derived from these cells counts with (the coarsest quantum printed
   * among them), or the default 0.01 万元 when none is printed.
   *
   * @param cells the printed cells the amount is derived from
   * @return the coarsest printed quantum, in 万元
   */
  public static WanYuan coarsest(AmountCell... cells) {
    long q = 0;
    for (AmountCell c : cells) {
      q = Math.max(q, c.quantumFen());
    }
    return q == 0 ? AmountCell.DEFAULT_QUANTUM : WanYuan.ofFen(q);
  }

  /**
   * {@return {@code sum + value} in fen, overflowing as a {@link SumCheck} does}
   *
   * @param sum a running sum in fen (1 fen = 0.000001 万元)
   * @param value the amount to add
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  public static long plus(long sum, WanYuan value) {
    return Math.addExact(sum, value.fen());
  }

  /**
   * One row of {@link #rowSums}: {@code cells[ti] = Σ cells[pi]}; a difference is reported through a
   * {@link SumCheck}, nothing is reported when the sum is exact.
   *
   * @param ctx the running rule's context, which receives the findings
   * @param tid the table id findings are located in (e.g. {@code T2})
   * @param key the row key findings name (its {@code toString()} is used)
   * @param cells the row's cells, in the table's column order
   * @param ti the index of the total column in {@code cells}
   * @param total the total column, named in findings
   * @param pi the indices of the part columns in {@code cells}, -1 for a part the table lacks (skipped)
   * @param parts the part columns, parallel to {@code pi}, named in findings
   */
  public static void rowSum(RuleContext ctx, String tid, Object key, List<AmountCell> cells, int ti, AmountColumn total,
      int[] pi, AmountColumn[] parts) {
    long sum = 0;
    for (int i = 0; i < pi.length; i++) {
      if (pi[i] >= 0) {
        sum = plus(sum, cells.get(pi[i]).amountOrZero());
      }
    }
    if (sum == cells.get(ti).amountOrZero().fen()) {
      return;
    }
    SumCheck c = ctx.total(tid, key, total.chineseName(), cells.get(ti));
    for (int i = 0; i < pi.length; i++) {
      if (pi[i] >= 0) {
        c.plus(key, parts[i].chineseName(), cells.get(pi[i]));
      }
    }
    c.verify();
  }

  /**
   * {@link #rowSums} on the row index of a function table: the total row first, then every row.
   * Reports INSUFFICIENT_DATA when the table has no {@code total} column.
   *
   * @param ctx the running rule's context, which receives the findings
   * @param f the function table's row index
   * @param total the column holding each row's total (e.g. 合计)
   * @param parts the columns that add up to {@code total}; one the table lacks is skipped
   */
  public static void rowSums(RuleContext ctx, FunctionRowIndex f, AmountColumn total, AmountColumn... parts) {
    if (!f.has(total)) {
      ctx.insufficientData(f.id().value() + " has no column " + total.chineseName());
      return;
    }
    String tid = f.id().value();
    if (f.totalRow().isPresent()) {
      String key = f.totalLabel();
      SumCheck c = ctx.total(tid, key, total.chineseName(), f.totalCell(total));
      for (int i = 0; i < parts.length; i++) {
        if (f.has(parts[i])) {
          c.plus(key, parts[i].chineseName(), f.totalCell(parts[i]));
        }
      }
      c.verify();
    }
    rowSums(ctx, tid, f::key, f.size(), f.amounts(), total, parts);
  }

  /**
   * {@link #rowSums} on {@code n} rows of a grid whose table has the column {@code total}.
   *
   * @param ctx the running rule's context, which receives the findings
   * @param tid the table id findings are located in
   * @param keys the row key of row {@code r}, called only for a row that is reported
   * @param n the number of rows to check, from row 0
   * @param g the table's amounts, by row and column
   * @param total the column holding each row's total; the caller has checked the table has it
   * @param parts the columns that add up to {@code total}; one the grid lacks is skipped
   */
  public static void rowSums(RuleContext ctx, String tid, IntFunction<?> keys, int n, AmountGrid g, AmountColumn total,
      AmountColumn... parts) {
    boolean[] has = new boolean[parts.length];
    for (int i = 0; i < parts.length; i++) {
      has[i] = g.has(parts[i]);
    }
    String totalName = total.chineseName();
    for (int r = 0; r < n; r++) {
      long sum = 0;
      for (int i = 0; i < parts.length; i++) {
        if (has[i]) {
          sum = plus(sum, g.amount(r, parts[i]));
        }
      }
      WanYuan printed = g.amount(r, total);
      if (sum == printed.fen()) {
        continue;
      }
      Object key = keys.apply(r);
      SumCheck c = ctx.total(tid, key, totalName, g.cell(r, total));
      for (int i = 0; i < parts.length; i++) {
        if (has[i]) {
          c.plus(key, parts[i].chineseName(), g.cell(r, parts[i]));
        }
      }
      c.verify();
    }
  }

  /**
   * {@return the key findings locate {@code row} by}: the printed code or name of a function row, the
   * label of a total row, the printed name of a category or project row, the unit name of a unit row,
   * the label of a 三公 row, {@link RowKeys#key(EconomicRow)} for an economic row, else the row's
   * description.
   *
   * @param row a row of any table
   */
  public static String rowKey(AmountRow row) {
    if (row instanceof FunctionRow) {
      return key((FunctionRow) row);
    }
    if (row instanceof TotalRow) {
      return ((TotalRow) row).label();
    }
    if (row instanceof CategoryRow) {
      return ((CategoryRow) row).printedName();
    }
    if (row instanceof ProjectRow) {
      return ((ProjectRow) row).printedName();
    }
    if (row instanceof UnitAmountRow) {
      return ((UnitAmountRow) row).printedUnitName();
    }
    if (row instanceof ThreePublicRow) {
      return ((ThreePublicRow) row).printedLabel();
    }
    if (row instanceof EconomicRow) {
      return RowKeys.key((EconomicRow) row);
    }
    return row.describe();
  }

  /**
   * Hierarchy rule H: a parent row = Σ its child rows (by code), in every listed column. Rows
   * without a well-formed code and rows without children are not checked.
   *
   * @param ctx the running rule's context, which receives the findings
   * @param f the function table's row index (gives parents and children by code)
   * @param columns the columns to check; one the table lacks is skipped
   */
  public static void hierarchy(RuleContext ctx, FunctionRowIndex f, AmountColumn... columns) {
    String tid = f.id().value();
    for (int p = 0; p < f.size(); p++) {
      if (f.code(p).isEmpty()) {
        continue;
      }
      int from = f.childFrom(p);
      int to = f.childTo(p);
      if (from == to) {
        continue;
      }
      String key = f.key(p);
      for (AmountColumn column : columns) {
        if (!f.has(column)) {
          continue;
        }
        long sum = 0;
        for (int k = from; k < to; k++) {
          sum = plus(sum, f.amount(f.child(k), column));
        }
        if (sum == f.amount(p, column).fen()) {
          continue;
        }
        String colName = column.chineseName();
        SumCheck check = ctx.total(tid, key, colName, f.cell(p, column));
        for (int k = from; k < to; k++) {
          int child = f.child(k);
          check.plus(f.key(child), colName, f.cell(child, column));
        }
        check.verify();
      }
    }
  }

  /**
   * {@return true if {@code child} is a direct child code of {@code parent} (3 → 5 → 7 → 9 digits)}
   *
   * @param parent a well-formed code, e.g. {@code 201}
   * @param child a well-formed code, e.g. {@code 20103}
   */
  public static boolean isChild(String parent, String child) {
    return child.length() == parent.length() + 2 && child.startsWith(parent);
  }

  /**
   * The total row = Σ 类 (3-digit) rows, in every listed column. Reports INSUFFICIENT_DATA when the
   * table has no 合计 row.
   *
   * @param ctx the running rule's context, which receives the findings
   * @param f the function table's row index
   * @param columns the columns to check; one the table lacks is skipped
   */
  public static void classTotal(RuleContext ctx, FunctionRowIndex f, AmountColumn... columns) {
    if (f.totalRow().isEmpty()) {
      ctx.insufficientData(f.id().value() + " has no 合计 row");
      return;
    }
    String tid = f.id().value();
    String label = f.totalLabel();
    for (AmountColumn column : columns) {
      if (!f.has(column)) {
        continue;
      }
      long sum = 0;
      for (int r = 0; r < f.size(); r++) {
        String v = f.code(r);
        if (!v.isEmpty() && v.length() == 3) {
          sum = plus(sum, f.amount(r, column));
        }
      }
      if (sum == f.total(column).fen()) {
        continue;
      }
      String colName = column.chineseName();
      SumCheck check = ctx.total(tid, label, colName, f.totalCell(column));
      for (int r = 0; r < f.size(); r++) {
        String v = f.code(r);
        if (!v.isEmpty() && v.length() == 3) {
          check.plus(f.key(r), colName, f.cell(r, column));
        }
      }
      check.verify();
    }
  }

  /**
   * T2.4 / T3.4: codes well-formed, unique, and each non-类 code's parent present. A child whose
   * missing parent is explained by a malformed code printed above it (a truncated parent such as
   * {@code 2101} for {@code 21011}) is not reported again: the malformed code's finding covers it.
   *
   * @param ctx the running rule's context, which receives {@link #BAD_CODE}, {@link #DUPLICATE_CODE}
   *     and {@link #ORPHAN_CODE} findings
   * @param f the function table's row index
   */
  public static void codes(RuleContext ctx, FunctionRowIndex f) {
    String tid = f.id().value();
    for (int i = 0; i < f.size(); i++) {
      String v = f.code(i);
      if (v.isEmpty() || v.length() > 7) {
        String printed = f.row(i).printedCode();
        Location at = Location.row(tid, f.key(i));
        ctx.report(ctx.finding(FindingKind.MALFORMED, BAD_CODE, ctx.descriptor().title(),
                MessageArg.location(at), MessageArg.text(printed))
            .location(at).actual(Quantity.text(printed)));
        continue;
      }
      if (f.indexOfCode(v) < i) {
        Location at = Location.row(tid, f.key(i));
        ctx.report(ctx.finding(FindingKind.UNEXPECTED, DUPLICATE_CODE, ctx.descriptor().title(),
                MessageArg.table(tid), MessageArg.text(v))
            .location(at).actual(Quantity.text(v)));
      }
      if (v.length() > 3 && f.orphan(i) && !truncatedAbove(f, i, v.substring(0, v.length() - 2))) {
        String parent = v.substring(0, v.length() - 2);
        Location at = Location.row(tid, f.key(i));
        ctx.report(ctx.finding(FindingKind.MISSING, ORPHAN_CODE, ctx.descriptor().title(),
                MessageArg.location(at), MessageArg.text(parent))
            .location(at).expected(Quantity.text(parent)));
      }
    }
  }

  /**
   * True if, going up from row {@code i} past its siblings (codes under {@code parent}), the first
   * other row carries a malformed code that is a proper prefix of {@code parent}: the parent row is
   * printed there with a truncated code.
   *
   * @param f the function table's row index
   * @param i the index of the row whose parent is missing
   * @param parent the missing parent code
   * @return whether the missing parent is printed above with a truncated code
   */
  public static boolean truncatedAbove(FunctionRowIndex f, int i, String parent) {
    for (int j = i - 1; j >= 0; j--) {
      String c = f.code(j);
      if (!c.isEmpty()) {
        if (c.startsWith(parent)) {
          continue;
        }
        return false;
      }
      String printed = WhiteSpace.removeAll(f.row(j).printedCode());
      return !printed.isEmpty() && printed.length() < parent.length() && parent.startsWith(printed);
    }
    return false;
  }

  /**
   * {@return Σ over rows of one column, in fen (an empty cell counts 0)}
   *
   * @param rows the rows to add
   * @param ci the column index, -1 for a column the table lacks (the sum is then 0)
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  public static long columnSum(List<? extends AmountRow> rows, int ci) {
    long s = 0;
    for (int i = 0; i < rows.size(); i++) {
      s = Math.addExact(s, amount(rows.get(i), ci).fen());
    }
    return s;
  }

  /** The column name of an income amount (收入 side of a summary table). */
  public static final String INCOME = "金额";

  /**
   * Appends {@code s} to a list of names being built, after an enumeration comma (、) unless it is the
   * first.
   *
   * @param sb the list so far, empty for none
   * @param s the name to append
   */
  public static void append(StringBuilder sb, String s) {
    if (sb.length() > 0) {
      sb.append("、");
    }
    sb.append(s);
  }
}
