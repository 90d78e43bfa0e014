package org.yusuan.budget.validation.rules.support;

import static org.yusuan.budget.validation.rules.support.Budgets.amount;
import static org.yusuan.budget.validation.rules.support.Budgets.cell;

import java.util.List;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.*;
import org.yusuan.budget.validation.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * Amounts rules read from total, income and summary lines (合计行、收入行), 0 where a line is missing;
 * the {@code …Cell} variants give the cell with its printed precision (empty where a line is missing)
 * for the checks.
 */
public final class TableAmounts {
  private TableAmounts() {}

  /** A function table's total row amount in a column (0 when declared empty or missing). */
  public static WanYuan total(FunctionTable t, AmountColumn c) {
    TotalRow total = t.total().orElse(null);
    return total != null ? amount(t, total, c) : WanYuan.ZERO;
  }

  public static WanYuan total(BudgetTable t, java.util.Optional<TotalRow> row, AmountColumn c) {
    return row.isPresent() ? amount(t, row.get(), c) : WanYuan.ZERO;
  }

  /** A function table's total row cell in a column (empty when declared empty or missing). */
  public static AmountCell totalCell(FunctionTable t, AmountColumn c) {
    TotalRow total = t.total().orElse(null);
    return total != null ? cell(t, total, c) : AmountCell.empty();
  }

  public static AmountCell totalCell(BudgetTable t, java.util.Optional<TotalRow> row, AmountColumn c) {
    return row.isPresent() ? cell(t, row.get(), c) : AmountCell.empty();
  }

  public static String label(java.util.Optional<TotalRow> row, String fallback) {
    return row.isPresent() ? row.get().label() : fallback;
  }

  /** The first row of {@code t} printed with {@code code}, or null (through its {@link FunctionRowIndex}). */
  public static FunctionRow row(RuleContext ctx, FunctionTable t, String code) {
    FunctionRowIndex f = t.rowIndex();
    int i = f.indexOf(code);
    return i < 0 ? null : f.row(i);
  }

  public static @Nullable IncomeRow income(SummaryTable t, FundSource s) {
    List<IncomeRow> rows = t.incomeRows();
    for (int i = 0; i < rows.size(); i++) {
      IncomeRow r = rows.get(i);
      if (r.source().orElse(null) == s) {
        return r;
      }
    }
    return null;
  }

  public static WanYuan income(SummaryTable t, IncomeRow r) {
    return r == null ? WanYuan.ZERO : amount(r.amount());
  }

  public static AmountCell incomeCell(SummaryTable t, IncomeRow r) {
    return r == null ? AmountCell.empty() : r.amount();
  }

  public static String incomeLabel(IncomeRow r, FundSource s) {
    return r == null ? s.chineseName() : r.printedLabel();
  }

  public static WanYuan line(SummaryTable t, java.util.Optional<SummaryLine> l, AmountColumn c) {
    return l.isPresent() ? amount(t, l.get(), c) : WanYuan.ZERO;
  }

  public static AmountCell lineCell(SummaryTable t, java.util.Optional<SummaryLine> l, AmountColumn c) {
    return l.isPresent() ? cell(t, l.get(), c) : AmountCell.empty();
  }

  public static AmountCell lineIncomeCell(java.util.Optional<SummaryLine> l) {
    return l.isPresent() ? l.get().incomeAmount() : AmountCell.empty();
  }

  public static WanYuan lineIncome(java.util.Optional<SummaryLine> l) {
    return l.isPresent() ? amount(l.get().incomeAmount()) : WanYuan.ZERO;
  }
}
