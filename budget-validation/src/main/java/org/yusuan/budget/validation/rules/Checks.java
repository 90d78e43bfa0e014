package org.yusuan.budget.validation.rules;

import static org.yusuan.budget.validation.rules.Budgets.amount;
import static org.yusuan.budget.validation.rules.Budgets.col;

import java.util.List;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.AmountRow;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.ProjectRow;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.table.UnitAmountRow;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Quantity;

/** The arithmetic checks shared by the table rules; each reports through the rule context. */
final class Checks {
  private Checks() {}

  static final Messages BAD_CODE = Messages.of(
      "{0}：{1}的编码「{2}」不是规范的分类编码（3、5 或 7 位，且以上级编码开头）",
      "{0}: {1} carries the code \"{2}\", not a well-formed classification code (3, 5 or 7 digits under its parent)");
  static final Messages DUPLICATE_CODE = Messages.of(
      "{0}：编码「{2}」在{1}中重复出现", "{0}: the code \"{2}\" occurs more than once in {1}");
  static final Messages ORPHAN_CODE = Messages.of(
      "{0}：{1}的上级编码「{2}」没有对应的行", "{0}: the parent \"{2}\" of {1} has no row");
  static final Messages DUPLICATE_GROUP_ROW = Messages.of(
      "{0}：{1}重复打印的单位行金额不一致：{2} 与 {3}", "{0}: {1} is printed twice with different amounts: {2} and {3}");

  /** The row key of a function row: its printed code, else its printed name. */
  static String key(FunctionRow r) {
    String c = r.printedCode();
    return c.isBlank() ? r.printedName() : c;
  }

  /** Per row (and the total row): {@code total = Σ parts}. */
  static void rowSums(RuleContext ctx, BudgetTable t, List<? extends AmountRow> rows, TotalRow totalRow,
      AmountColumn total, AmountColumn... parts) {
    int ti = col(t, total);
    if (ti < 0) {
      ctx.insufficientData(t.id() + " has no column " + total.chineseName());
      return;
    }
    int[] pi = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      pi[i] = col(t, parts[i]);
    }
    String tid = t.id().value();
    if (totalRow != null) {
      rowSum(ctx, tid, totalRow, totalRow.label(), ti, total, pi, parts);
    }
    for (int r = 0; r < rows.size(); r++) {
      AmountRow row = rows.get(r);
      rowSum(ctx, tid, row, rowKey(row), ti, total, pi, parts);
    }
  }

  private static void rowSum(RuleContext ctx, String tid, AmountRow row, String key, int ti, AmountColumn total,
      int[] pi, AmountColumn[] parts) {
    SumCheck c = ctx.total(tid, key, total.chineseName(), amount(row, ti));
    for (int i = 0; i < pi.length; i++) {
      if (pi[i] >= 0) {
        c.plus(key, parts[i].chineseName(), amount(row, pi[i]));
      }
    }
    c.verify();
  }

  static String rowKey(AmountRow row) {
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
      return TableRules.key((EconomicRow) row);
    }
    return row.describe();
  }

  /** The code text of a function row, or null when it has no well-formed code. */
  static String code(FunctionRow r) {
    return r.code().isPresent() ? r.code().get().value() : null;
  }

  /** Hierarchy rule H: a parent row = Σ its child rows (by code), in every listed column. */
  static void hierarchy(RuleContext ctx, BudgetTable t, List<FunctionRow> rows, AmountColumn... columns) {
    int n = rows.size();
    int[] ci = new int[columns.length];
    for (int i = 0; i < columns.length; i++) {
      ci[i] = col(t, columns[i]);
    }
    String tid = t.id().value();
    CodeIndex index = CodeIndex.of(ctx, rows);
    for (int p = 0; p < n; p++) {
      FunctionRow parent = rows.get(p);
      String pv = code(parent);
      if (pv == null) {
        continue;
      }
      int[] children = index.children(pv);
      int k = children.length;
      if (k == 0) {
        continue;
      }
      String key = key(parent);
      for (int c = 0; c < columns.length; c++) {
        if (ci[c] < 0) {
          continue;
        }
        String colName = columns[c].chineseName();
        SumCheck check = ctx.total(tid, key, colName, amount(parent, ci[c]));
        for (int m = 0; m < k; m++) {
          FunctionRow child = rows.get(children[m]);
          check.plus(key(child), colName, amount(child, ci[c]));
        }
        check.verify();
      }
    }
  }

  /** True if {@code child} is a direct child code of {@code parent} (3 → 5 → 7 → 9 digits). */
  static boolean isChild(String parent, String child) {
    return child.length() == parent.length() + 2 && child.startsWith(parent);
  }

  /** The total row = Σ 类 (3-digit) rows, in every listed column. */
  static void classTotal(RuleContext ctx, BudgetTable t, TotalRow total, List<FunctionRow> rows,
      AmountColumn... columns) {
    if (total == null) {
      ctx.insufficientData(t.id() + " has no 合计 row");
      return;
    }
    String tid = t.id().value();
    for (AmountColumn column : columns) {
      int ci = col(t, column);
      if (ci < 0) {
        continue;
      }
      String colName = column.chineseName();
      SumCheck check = ctx.total(tid, total.label(), colName, amount(total, ci));
      for (int r = 0; r < rows.size(); r++) {
        FunctionRow row = rows.get(r);
        String v = code(row);
        if (v != null && v.length() == 3) {
          check.plus(key(row), colName, amount(row, ci));
        }
      }
      check.verify();
    }
  }

  /**
   * T2.4 / T3.4: codes well-formed, unique, and each non-类 code's parent present. A child whose
   * missing parent is explained by a malformed code printed above it (a truncated parent such as
   * {@code 2101} for {@code 21011}) is not reported again: the malformed code's finding covers it.
   */
  static void codes(RuleContext ctx, BudgetTable t, List<FunctionRow> rows) {
    String tid = t.id().value();
    java.util.Map<String, Integer> first = new java.util.HashMap<>(rows.size() * 2);
    for (int i = 0; i < rows.size(); i++) {
      String v = code(rows.get(i));
      if (v != null) {
        first.putIfAbsent(v, i);
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      FunctionRow r = rows.get(i);
      String v = code(r);
      if (v == null || v.length() > 7) {
        Location at = Location.row(tid, key(r));
        ctx.report(ctx.finding(FindingKind.MALFORMED, BAD_CODE, ctx.descriptor().title(),
                MessageArg.location(at), MessageArg.text(r.printedCode()))
            .location(at).actual(Quantity.text(r.printedCode())));
        continue;
      }
      if (first.get(v) < i) {
        Location at = Location.row(tid, key(r));
        ctx.report(ctx.finding(FindingKind.UNEXPECTED, DUPLICATE_CODE, ctx.descriptor().title(),
                MessageArg.table(tid), MessageArg.text(v))
            .location(at).actual(Quantity.text(v)));
      }
      if (v.length() > 3) {
        String parent = v.substring(0, v.length() - 2);
        if (!first.containsKey(parent) && !truncatedAbove(rows, i, parent)) {
          Location at = Location.row(tid, key(r));
          ctx.report(ctx.finding(FindingKind.MISSING, ORPHAN_CODE, ctx.descriptor().title(),
                  MessageArg.location(at), MessageArg.text(parent))
              .location(at).expected(Quantity.text(parent)));
        }
      }
    }
  }

  /**
   * True if, going up from row {@code i} past its siblings (codes under {@code parent}), the first
   * other row carries a malformed code that is a proper prefix of {@code parent}: the parent row is
   * printed there with a truncated code.
   */
  static boolean truncatedAbove(List<FunctionRow> rows, int i, String parent) {
    for (int j = i - 1; j >= 0; j--) {
      FunctionRow above = rows.get(j);
      String c = code(above);
      if (c != null) {
        if (c.startsWith(parent)) {
          continue;
        }
        return false;
      }
      String printed = above.printedCode().replace(" ", "");
      return !printed.isEmpty() && printed.length() < parent.length() && parent.startsWith(printed);
    }
    return false;
  }

  /** Σ over rows of one column (fen). */
  static long columnSum(List<? extends AmountRow> rows, int ci) {
    long s = 0;
    for (int i = 0; i < rows.size(); i++) {
      s = Math.addExact(s, amount(rows.get(i), ci).fen());
    }
    return s;
  }
}
