package org.yusuan.budget.disclosure.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;

/**
 * The identity a row of a table satisfies, used only to choose between readings of damaged text
 * (the validator judges the printed numbers later): a first column 合计 is the sum of the others
 * (表一 合计 = 当年 + 结转; 表三/五/八 合计 = 基本 + 项目; 表十二 合计 = Σ sources); a first column 本年合计
 * is the sum of the others up to 上年结转 (表二 本年合计 = Σ funds). Tolerance: half the printed precision
 * (quantum) of each printed addend and of the total, as the validator's {@code Tolerance} allows —
 * 0.005 万元 per cell of a 万元 table, 0.5 元 per cell of a whole-元 table.
 */
final class RowArithmetic {
  private RowArithmetic() {}

  /**
   * The rounding {@code total} and {@code parts} may carry, in fen, counted twice over (Σ quanta,
   * half of which is the allowance). A printed cell counts with its quantum; an empty one counts
   * only if {@code emptyPartsCount} (then, like an empty total, with the coarsest quantum printed
   * among them, or the default 0.01 万元 when nothing is printed).
   */
  static long quanta(AmountCell total, List<AmountCell> parts, boolean emptyPartsCount) {
    long sum = 0;
    long coarsest = total.quantumFen();
    int empty = 0;
    for (AmountCell p : parts) {
      if (p.isEmpty()) {
        empty++;
      } else {
        sum += p.quantumFen();
        coarsest = Math.max(coarsest, p.quantumFen());
      }
    }
    long fallback = coarsest > 0 ? coarsest : AmountCell.DEFAULT_QUANTUM.fen();
    if (emptyPartsCount) {
      sum += empty * fallback;
    }
    return sum + (total.isEmpty() ? fallback : total.quantumFen());
  }

  /** The number of addends after the first column, or absent when the columns have no identity. */
  static Optional<Integer> addends(List<AmountColumn> columns) {
    AmountColumn first = columns.get(0);
    if (first != AmountColumn.TOTAL && first != AmountColumn.CURRENT_YEAR) {
      return Optional.empty();
    }
    int n = 0;
    for (int i = 1; i < columns.size(); i++) {
      // 本年合计 (CURRENT_YEAR) excludes 上年结转; 合计 (TOTAL) includes it
      if (first == AmountColumn.CURRENT_YEAR && columns.get(i) == AmountColumn.CARRY_OVER) {
        break;
      }
      n++;
    }
    return n >= 2 ? Optional.of(n) : Optional.empty();
  }

  /** Whether the amount texts {@code cells[from…]} satisfy the identity of {@code columns}. */
  static boolean holds(List<String> cells, int from, List<AmountColumn> columns, MoneyUnit unit) {
    Optional<Integer> addends = addends(columns);
    if (addends.isEmpty()) {
      return true;
    }
    AmountCell first = null;
    List<AmountCell> parts = new ArrayList<>(addends.get());
    for (int i = 0; i <= addends.get(); i++) {
      Optional<AmountCell> c = org.yusuan.budget.disclosure.text.Amounts.cell(
          from + i < cells.size() ? cells.get(from + i) : "", unit);
      if (c.isEmpty()) {
        return false;
      }
      if (i == 0) {
        first = c.get();
      } else {
        parts.add(c.get());
      }
    }
    long total = 0;
    for (AmountCell p : parts) {
      total += p.amountOrZero().fen();
    }
    long difference = Math.abs(first.amountOrZero().fen() - total);
    return difference <= quanta(first, parts, false) / 2; // d ≤ ⌊Σq / 2⌋ ⇔ 2d ≤ Σq for whole fen
  }
}
