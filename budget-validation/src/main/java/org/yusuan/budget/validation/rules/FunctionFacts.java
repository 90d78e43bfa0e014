package org.yusuan.budget.validation.rules;

import java.util.List;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.StateCapitalTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.validation.RuleContext;

/**
 * The 支出功能分类 rows of a table (表二三五八, 表九 支出) unwrapped once per validation call and shared by
 * the rules ({@link RuleContext#shared}). The model's accessors return a new {@code Optional} per
 * call and its cells sit behind unmodifiable lists; a dozen rules read every row, so they read
 * these plain arrays instead. Also indexes the rows by code and the direct children of each code.
 */
final class FunctionFacts {
  /** The table id, e.g. {@code T2}. */
  final String tid;
  /** The number of rows. */
  final int size;
  final FunctionRow[] rows;
  /** The well-formed code of each row, or null. */
  final String[] codes;
  /** The printed code of each row without spaces: its well-formed code, else the printed text. */
  final String[] codeTexts;
  /** The row key of each row: its printed code, else its printed name ({@link Checks#key}). */
  final String[] keys;
  /** The 合计 row, or null. */
  final TotalRow total;

  /** The amounts by column. */
  final AmountGrid grid;

  /**
   * Printed code without spaces (also malformed ones) → 1 + index of its first row, as an
   * open-addressing table on the codes' (cached) hashes; 0 is an empty slot. No boxing, no nodes.
   */
  private final int[] first;
  /**
   * The direct children of row p (rows whose well-formed code is p's code plus two digits, in
   * order) are {@code childRows[childFrom[g] .. childFrom[g + 1])} with g the first row of p's code.
   */
  private final int[] group;
  /** The first row of each row's parent code, -1 for a 类 code or a parent without a row. */
  private final int[] parent;
  private final int[] childFrom;
  private final int[] childRows;

  private FunctionFacts(String tid, List<AmountColumn> columns, List<FunctionRow> rowList, TotalRow total) {
    this.tid = tid;
    this.total = total;
    int n = rowList.size();
    this.size = n;
    this.rows = rowList.toArray(new FunctionRow[0]);
    this.codes = new String[n];
    this.codeTexts = new String[n];
    this.keys = new String[n];
    this.grid = new AmountGrid(columns, n, total == null ? null : total.cells());
    this.first = new int[Math.max(8, Integer.highestOneBit(n * 2 + 1) << 1)];
    for (int i = 0; i < n; i++) {
      FunctionRow r = rows[i];
      String printed = r.printedCode();
      FunctionCode fc = r.code().orElse(null);
      String code = fc == null ? null : fc.value();
      codes[i] = code;
      codeTexts[i] = code != null ? code : printed.replace(" ", "");
      keys[i] = printed.isBlank() ? r.printedName() : printed;
      int k = slot(codeTexts[i]);
      if (first[k] == 0) {
        first[k] = i + 1;
      }
      grid.read(i, r.cells());
    }
    // Children grouped by the first row of their parent's code (counting sort keeps row order).
    this.group = new int[n];
    this.parent = new int[n];
    int[] count = new int[n + 1];
    for (int i = 0; i < n; i++) {
      group[i] = codes[i] == null ? -1 : wellFormed(codes[i]);
    }
    for (int i = 0; i < n; i++) {
      parent[i] = parentOf(i);
      if (parent[i] >= 0) {
        count[parent[i] + 1]++;
      }
    }
    for (int g = 0; g < n; g++) {
      count[g + 1] += count[g];
    }
    this.childFrom = count.clone();
    this.childRows = new int[count[n]];
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        childRows[count[parent[i]]++] = i;
      }
    }
  }

  /** The index of the first row whose well-formed code is {@code code}, or -1. */
  private int wellFormed(String code) {
    int i = indexOf(code);
    if (i < 0) {
      return -1;
    }
    if (code.equals(codes[i])) {
      return i;
    }
    // A malformed code printed as these digits came first: look further.
    for (int j = i + 1; j < size; j++) {
      if (code.equals(codes[j])) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The first row of the parent code (two digits shorter) of row {@code i}'s well-formed code, or
   * -1 for a 类 code or a parent without a row. Found by prefix, without building the parent's code
   * text: usually the nearest such row above, else one printed below.
   */
  private int parentOf(int i) {
    String c = codes[i];
    if (c == null || c.length() <= 3) {
      return -1;
    }
    int len = c.length() - 2;
    for (int j = i - 1; j >= 0; j--) {
      String p = codes[j];
      if (p != null && p.length() == len && c.startsWith(p)) {
        return group[j];
      }
    }
    for (int j = i + 1; j < size; j++) {
      String p = codes[j];
      if (p != null && p.length() == len && c.startsWith(p)) {
        return group[j];
      }
    }
    return -1;
  }

  /** The facts of a function table, built on first use in this validation. */
  static FunctionFacts of(RuleContext ctx, FunctionTable t) {
    return ctx.shared(t, t, FunctionFacts::ofTable);
  }

  /** The facts of 表九's expenditure rows, built on first use in this validation. */
  static FunctionFacts expenditure(RuleContext ctx, StateCapitalTable t) {
    return ctx.shared(t, t, FunctionFacts::ofExpenditure);
  }

  private static FunctionFacts ofTable(FunctionTable t) {
    return new FunctionFacts(t.id().value(), t.columns(), t.rows(), t.total().orElse(null));
  }

  private static FunctionFacts ofExpenditure(StateCapitalTable t) {
    return new FunctionFacts(t.id().value(), t.columns(), t.expenditureRows(), t.expenditureTotal().orElse(null));
  }

  /** Whether the table has {@code column}. */
  boolean has(AmountColumn column) {
    return grid.index(column) >= 0;
  }

  /** The index of {@code column} in the table, or -1. */
  int index(AmountColumn column) {
    return grid.index(column);
  }

  /** The amounts of {@code column} per row, or null when the table lacks it. */
  WanYuan[] column(AmountColumn column) {
    return grid.column(column);
  }

  /** The amount of row {@code i} in {@code column}, 0 when the table lacks it. */
  WanYuan amount(int i, AmountColumn column) {
    return grid.amount(i, column);
  }

  /** The 合计 row's amount in {@code column}, 0 without that row or column. */
  WanYuan total(AmountColumn column) {
    return grid.total(column);
  }

  /** The 合计 row's label, "合计" when it is absent. */
  String totalLabel() {
    return total == null ? "合计" : total.label();
  }

  /** The index of the first row printed with {@code code} (spaces removed), or -1. */
  int indexOf(String code) {
    int i = first[slot(code)];
    return i - 1;
  }

  /** The slot of {@code code} in {@link #first}: where it is, else the empty slot it would take. */
  private int slot(String code) {
    int mask = first.length - 1;
    int h = code.hashCode();
    for (int k = (h ^ (h >>> 16)) & mask; ; k = (k + 1) & mask) {
      int i = first[k];
      if (i == 0 || codeTexts[i - 1].equals(code)) {
        return k;
      }
    }
  }

  /** The index of the first row whose well-formed code is {@code code}, or -1. */
  int indexOfCode(String code) {
    return wellFormed(code);
  }

  /** Whether row {@code i} has a well-formed code below 类 whose parent code has no row. */
  boolean orphan(int i) {
    String c = codes[i];
    return c != null && c.length() > 3 && parent[i] < 0;
  }

  /** The start of row {@code p}'s direct children in {@link #childRows}. */
  int childFrom(int p) {
    int g = group[p];
    return g < 0 ? 0 : childFrom[g];
  }

  /** The end (exclusive) of row {@code p}'s direct children in {@link #childRows}. */
  int childTo(int p) {
    int g = group[p];
    return g < 0 ? 0 : childFrom[g + 1];
  }

  /** The row index of the k-th child entry ({@link #childFrom} ≤ k &lt; {@link #childTo}). */
  int child(int k) {
    return childRows[k];
  }
}
