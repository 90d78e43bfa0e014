package org.yusuan.budget.table;

import java.util.List;
import java.util.Optional;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.text.WhiteSpace;

/**
 * The 支出功能分类 rows of a table indexed once (功能分类行索引): rows by code, each code's parent and
 * direct children, and the amounts by column ({@link AmountGrid}). Built lazily, once per table:
 * {@link FunctionTable#rowIndex()} (表二三五八), {@link StateCapitalTable#expenditureIndex()} (表九 支出).
 *
 * <p>The model's accessors return a new {@code Optional} per call and hold cells behind
 * unmodifiable lists; a dozen rules read every row, so they read this instead. Rows are numbered
 * {@code 0 … size() - 1} in printed order; lookups return a row number, {@code -1} when absent, and
 * do not allocate.
 *
 * <p>Immutable and thread-safe.
 */
public final class FunctionRowIndex extends RowIndex<FunctionRow> {
  /** The well-formed code of each row, or null. */
  private final String[] codes;
  /** The printed code of each row without spaces: its well-formed code, else the printed text. */
  private final String[] codeTexts;

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

  FunctionRowIndex(TableId id, List<AmountColumn> columns, List<FunctionRow> rowList, Optional<TotalRow> total) {
    // A row's key: its printed code, else its printed name.
    super(id, columns, rowList, total, r -> r.printedCode().isBlank() ? r.printedName() : r.printedCode());
    int n = rowList.size();
    this.codes = new String[n];
    this.codeTexts = new String[n];
    this.first = new int[Math.max(8, Integer.highestOneBit(n * 2 + 1) << 1)];
    for (int i = 0; i < n; i++) {
      FunctionRow r = rowList.get(i);
      String printed = r.printedCode();
      FunctionCode fc = r.code().orElse(null);
      String code = fc == null ? null : fc.value();
      codes[i] = code;
      codeTexts[i] = code != null ? code : WhiteSpace.removeAll(printed);
      int k = slot(codeTexts[i]);
      if (first[k] == 0) {
        first[k] = i + 1;
      }
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
    for (int j = i + 1; j < size(); j++) {
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
    for (int j = i + 1; j < size(); j++) {
      String p = codes[j];
      if (p != null && p.length() == len && c.startsWith(p)) {
        return group[j];
      }
    }
    return -1;
  }

  /**
   * {@return row {@code i}'s well-formed code (e.g. {@code 2010301}); empty text when its code is
   * malformed or blank}
   *
   * @param i the row's number, in printed order, {@code 0 ≤ i < size()}
   * @throws IndexOutOfBoundsException if {@code i} is outside that range
   */
  public String code(int i) {
    String c = codes[i];
    return c == null ? "" : c;
  }

  /**
   * {@return row {@code i}'s printed code without spaces: its well-formed code, else the printed
   * text (which may be blank)}
   *
   * @param i the row's number, in printed order, {@code 0 ≤ i < size()}
   * @throws IndexOutOfBoundsException if {@code i} is outside that range
   */
  public String codeText(int i) {
    return codeTexts[i];
  }

  /**
   * {@return the number of the first row printed with {@code code}, or -1 when no row is}
   *
   * @param code a printed code without spaces, as {@link #codeText(int)} gives it; a malformed
   *     code finds the row printed with it
   */
  public int indexOf(String code) {
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

  /**
   * {@return the number of the first row whose well-formed code is {@code code}, or -1 when no row
   * has it} Rows printed with the same digits but a malformed code are skipped.
   *
   * @param code a well-formed 功能分类 code, 3, 5 or 7 digits (e.g. {@code 20103})
   */
  public int indexOfCode(String code) {
    return wellFormed(code);
  }

  /**
   * The first row of the parent code (上级科目: the code two digits shorter) of row {@code i}, or -1
   * for a 类 row, a malformed code or a parent code no row carries.
   *
   * @param i the row's number, in printed order, {@code 0 ≤ i < size()}
   * @return the parent's row number, possibly below row {@code i} when the table prints it there,
   *     or -1
   * @throws IndexOutOfBoundsException if {@code i} is outside that range
   */
  public int parent(int i) {
    return parent[i];
  }

  /**
   * {@return whether row {@code i} has a well-formed code below 类 (款 or 项) whose parent code has
   * no row in the table}
   *
   * @param i the row's number, in printed order, {@code 0 ≤ i < size()}
   * @throws IndexOutOfBoundsException if {@code i} is outside that range
   */
  public boolean orphan(int i) {
    String c = codes[i];
    return c != null && c.length() > 3 && parent[i] < 0;
  }

  /**
   * The start of row {@code p}'s direct children (下级科目: the rows whose well-formed code is p's code
   * plus two digits, in printed order), as an entry number for {@link #child(int)}. Together with
   * {@link #childTo(int)}: {@code for (k = childFrom(p); k < childTo(p); k++) child(k)}. Rows printed
   * with the same code share the children of the first.
   *
   * @param p the parent's row number, {@code 0 ≤ p < size()}
   * @return the first child entry; equal to {@link #childTo(int)} when the row has no children or
   *     a malformed code
   * @throws IndexOutOfBoundsException if {@code p} is outside that range
   */
  public int childFrom(int p) {
    int g = group[p];
    return g < 0 ? 0 : childFrom[g];
  }

  /**
   * {@return the end (exclusive) of row {@code p}'s direct children as an entry number for {@link
   * #child(int)}; see {@link #childFrom(int)}}
   *
   * @param p the parent's row number, {@code 0 ≤ p < size()}
   * @throws IndexOutOfBoundsException if {@code p} is outside that range
   */
  public int childTo(int p) {
    int g = group[p];
    return g < 0 ? 0 : childFrom[g + 1];
  }

  /**
   * {@return the row number of child entry {@code k}}
   *
   * @param k a child entry, {@link #childFrom childFrom(p)} ≤ k &lt; {@link #childTo childTo(p)}
   *     for the parent row p being walked
   * @throws IndexOutOfBoundsException if {@code k} is not an entry of any row's children
   */
  public int child(int k) {
    return childRows[k];
  }
}
