package org.yusuan.budget.disclosure.table;

import java.util.List;
import java.util.Optional;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;

/**
 * The identity a row of a table satisfies, used only to choose between readings of damaged text
 * (the validator judges the printed numbers later): a first column 合计 is the sum of the others
 * (表一 合计 = 当年 + 结转; 表三/五/八 合计 = 基本 + 项目; 表十二 合计 = Σ sources); a first column 本年合计
 * is the sum of the others up to 上年结转 (表二 本年合计 = Σ funds). Tolerance: 0.005 万元 per printed addend, plus one.
 */
final class RowArithmetic {
  /** Half a printed fen-hundredth: 0.005 万元, the rounding each printed cell may carry. */
  static final long ROUNDING_PER_ADDEND = WanYuan.parse("0.005").fen();

  private RowArithmetic() {}

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
    long total = 0;
    long first = 0;
    int printed = 0;
    for (int i = 0; i <= addends.get(); i++) {
      Optional<AmountCell> c = org.yusuan.budget.disclosure.text.Amounts.cell(
          from + i < cells.size() ? cells.get(from + i) : "", unit);
      if (c.isEmpty()) {
        return false;
      }
      long fen = c.get().amountOrZero().fen();
      if (i == 0) {
        first = fen;
      } else {
        total += fen;
        if (!c.get().isEmpty()) {
          printed++;
        }
      }
    }
    long tolerance = ROUNDING_PER_ADDEND * (printed + 1);
    return Math.abs(first - total) <= tolerance;
  }
}
