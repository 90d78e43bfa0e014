package org.yusuan.budget.validation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.validation.RuleContext;

/**
 * The rows of a function table (表二三五八) indexed by code, built once per validation call and
 * shared by the rules ({@link RuleContext#shared}): a code lookup and the direct children of a
 * code become map reads instead of scans of the table.
 */
final class CodeIndex {
  private static final int[] NONE = new int[0];

  private final List<FunctionRow> rows;
  /** Printed code without spaces (also malformed ones) → index of its first row. */
  private final Map<String, Integer> first;
  /** Well-formed code → indices of the rows whose well-formed code is a direct child, in order. */
  private final Map<String, int[]> children;

  private CodeIndex(List<FunctionRow> rows) {
    this.rows = rows;
    this.first = new HashMap<>(rows.size() * 2);
    Map<String, List<Integer>> kids = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      FunctionRow r = rows.get(i);
      first.putIfAbsent(CrossTableRules.codeText(r), i);
      String c = Checks.code(r);
      if (c != null && c.length() > 3) {
        kids.computeIfAbsent(c.substring(0, c.length() - 2), k -> new ArrayList<>()).add(i);
      }
    }
    this.children = new HashMap<>(kids.size() * 2);
    for (Map.Entry<String, List<Integer>> e : kids.entrySet()) {
      List<Integer> l = e.getValue();
      int[] a = new int[l.size()];
      for (int i = 0; i < a.length; i++) {
        a[i] = l.get(i);
      }
      children.put(e.getKey(), a);
    }
  }

  /** The index of {@code rows}, built on first use in this validation. */
  static CodeIndex of(RuleContext ctx, List<FunctionRow> rows) {
    return ctx.shared(rows, rows, CodeIndex::new);
  }

  /** The first row printed with {@code code} (spaces removed), or null. */
  FunctionRow row(String code) {
    Integer i = first.get(code);
    return i == null ? null : rows.get(i);
  }

  /** The indices of the rows that are direct children of the well-formed {@code code}, in order. */
  int[] children(String code) {
    int[] a = children.get(code);
    return a == null ? NONE : a;
  }
}
