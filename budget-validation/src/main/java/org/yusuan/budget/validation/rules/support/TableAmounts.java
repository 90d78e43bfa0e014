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

  /**
   * {@return a function table's total row (合计) amount in a column (0 when declared empty or missing)}
   *
   * @param t the function table
   * @param c the column; 0 when the table lacks it
   */
  public static WanYuan total(FunctionTable t, AmountColumn c) {
    TotalRow total = t.total().orElse(null);
    return total != null ? amount(t, total, c) : WanYuan.ZERO;
  }

  /**
   * {@return the amount of a total row in a column, 0 when the row is absent or the table lacks the column}
   *
   * @param t the table the row belongs to
   * @param row the table's total row, as the table reports it (empty when none is printed)
   * @param c the column
   */
  public static WanYuan total(BudgetTable t, java.util.Optional<TotalRow> row, AmountColumn c) {
    return row.isPresent() ? amount(t, row.get(), c) : WanYuan.ZERO;
  }

  /**
   * {@return a function table's total row (合计) cell in a column (empty when declared empty or missing)}
   *
   * @param t the function table
   * @param c the column; the empty cell when the table lacks it
   */
  public static AmountCell totalCell(FunctionTable t, AmountColumn c) {
    TotalRow total = t.total().orElse(null);
    return total != null ? cell(t, total, c) : AmountCell.empty();
  }

  /**
   * {@return the cell of a total row in a column, with its printed precision; the empty cell when the
   * row is absent or the table lacks the column}
   *
   * @param t the table the row belongs to
   * @param row the table's total row, as the table reports it (empty when none is printed)
   * @param c the column
   */
  public static AmountCell totalCell(BudgetTable t, java.util.Optional<TotalRow> row, AmountColumn c) {
    return row.isPresent() ? cell(t, row.get(), c) : AmountCell.empty();
  }

  /**
   * {@return the label of a total row as printed (e.g. 合计, 部门合计), else {@code fallback}}
   *
   * @param row the table's total row, empty when none is printed
   * @param fallback the label findings use when the row is absent
   */
  public static String label(java.util.Optional<TotalRow> row, String fallback) {
    return row.isPresent() ? row.get().label() : fallback;
  }

  /**
   * {@return the first row of {@code t} printed with {@code code}, or null (through its {@link FunctionRowIndex})}
   *
   * @param ctx the running rule's context (not used)
   * @param t the function table
   * @param code a well-formed classification code, e.g. {@code 2080505}
   */
  public static FunctionRow row(RuleContext ctx, FunctionTable t, String code) {
    FunctionRowIndex f = t.rowIndex();
    int i = f.indexOf(code);
    return i < 0 ? null : f.row(i);
  }

  /**
   * {@return the first income row (收入行) of a summary table read as fund source {@code s}, or null
   * when none is}
   *
   * @param t the summary table
   * @param s the fund source (资金来源) sought
   */
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

  /**
   * {@return the amount of an income row, 0 when the row is null (absent) or empty}
   *
   * @param t the summary table the row belongs to
   * @param r the income row, null when absent
   */
  public static WanYuan income(SummaryTable t, IncomeRow r) {
    return r == null ? WanYuan.ZERO : amount(r.amount());
  }

  /**
   * {@return the amount cell of an income row, with its printed precision; the empty cell when the
   * row is null (absent)}
   *
   * @param t the summary table the row belongs to
   * @param r the income row, null when absent
   */
  public static AmountCell incomeCell(SummaryTable t, IncomeRow r) {
    return r == null ? AmountCell.empty() : r.amount();
  }

  /**
   * {@return the label of an income row as printed, else the standard Chinese name of {@code s}}
   *
   * @param r the income row, null when absent
   * @param s the fund source the row stands for
   */
  public static String incomeLabel(IncomeRow r, FundSource s) {
    return r == null ? s.chineseName() : r.printedLabel();
  }

  /**
   * {@return the amount of a summary line (e.g. 本年收入合计) in an expenditure-side column, 0 when
   * the line is absent or the table lacks the column}
   *
   * @param t the summary table
   * @param l the line, empty when the table does not print it
   * @param c the column
   */
  public static WanYuan line(SummaryTable t, java.util.Optional<SummaryLine> l, AmountColumn c) {
    return l.isPresent() ? amount(t, l.get(), c) : WanYuan.ZERO;
  }

  /**
   * {@return the cell of a summary line in an expenditure-side column, with its printed precision; the
   * empty cell when the line is absent or the table lacks the column}
   *
   * @param t the summary table
   * @param l the line, empty when the table does not print it
   * @param c the column
   */
  public static AmountCell lineCell(SummaryTable t, java.util.Optional<SummaryLine> l, AmountColumn c) {
    return l.isPresent() ? cell(t, l.get(), c) : AmountCell.empty();
  }

  /**
   * {@return the income-side cell of a summary line, with its printed precision; the empty cell when
   * the line is absent}
   *
   * @param l the line, empty when the table does not print it
   */
  public static AmountCell lineIncomeCell(java.util.Optional<SummaryLine> l) {
    return l.isPresent() ? l.get().incomeAmount() : AmountCell.empty();
  }

  /**
   * {@return the income-side amount of a summary line, 0 when the line is absent or the cell empty}
   *
   * @param l the line, empty when the table does not print it
   */
  public static WanYuan lineIncome(java.util.Optional<SummaryLine> l) {
    return l.isPresent() ? amount(l.get().incomeAmount()) : WanYuan.ZERO;
  }
}
