package org.yusuan.budget.validation.rules;

import java.util.List;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.table.FundSource;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.validation.RuleContext;

/**
 * The 类 rows, footer lines and income rows of a summary table (表一, 表四) unwrapped once per
 * validation call and shared by the T1/T4, X and N rules ({@link RuleContext#shared}): codes and
 * amounts as plain arrays, the footer lines without a new {@code Optional} per read.
 */
final class SummaryFacts {
  private static final int SOURCES = FundSource.values().length;

  /** The table id, {@code T1} or {@code T4}. */
  final String tid;
  /** The number of 类 rows. */
  final int size;
  final CategoryRow[] categories;
  /** The well-formed code of each 类 row, or null. */
  final String[] codes;
  /** The printed name of each 类 row. */
  final String[] names;
  /** The amounts of the 类 rows by column; its totals are the 本年支出合计 line's. */
  final AmountGrid grid;
  /** 本年收入合计 / 本年支出合计, or null. */
  final SummaryLine currentYear;
  /** 上年结转, or null. */
  final SummaryLine carryOver;
  /** 收入总计 / 支出总计, or null. */
  final SummaryLine grandTotal;
  /** The 上年财政拨款结转 rows by fund (表四), in printed order. */
  final IncomeRow[] carryOvers;
  /** The fund of each of {@link #carryOvers}, or null. */
  final FundSource[] carryOverSources;
  /** The row key of each of {@link #carryOvers} in an amount check: {@code 结转·} and its label. */
  final String[] carryOverKeys;
  /** By {@link FundSource#ordinal()}: the first income row of that source, or null. */
  private final IncomeRow[] incomes = new IncomeRow[SOURCES];

  private SummaryFacts(SummaryTable t) {
    this.tid = t.id().value();
    List<CategoryRow> list = t.categoryRows();
    int n = list.size();
    this.size = n;
    this.categories = list.toArray(new CategoryRow[0]);
    this.codes = new String[n];
    this.names = new String[n];
    this.currentYear = t.currentYearTotal().orElse(null);
    this.carryOver = t.carryOver().orElse(null);
    this.grandTotal = t.grandTotal().orElse(null);
    this.grid = new AmountGrid(t.columns(), n, currentYear == null ? null : currentYear.cells());
    for (int i = 0; i < n; i++) {
      CategoryRow r = categories[i];
      FunctionCode c = r.code().orElse(null);
      codes[i] = c == null ? null : c.value();
      names[i] = r.printedName();
      grid.read(i, r.cells());
    }
    this.carryOvers = t.carryOverByFund().toArray(new IncomeRow[0]);
    this.carryOverSources = new FundSource[carryOvers.length];
    this.carryOverKeys = new String[carryOvers.length];
    for (int i = 0; i < carryOvers.length; i++) {
      carryOverSources[i] = carryOvers[i].source().orElse(null);
      carryOverKeys[i] = "结转·" + carryOvers[i].printedLabel();
    }
    List<IncomeRow> in = t.incomeRows();
    for (int i = 0; i < in.size(); i++) {
      IncomeRow r = in.get(i);
      FundSource s = r.source().orElse(null);
      if (s != null && incomes[s.ordinal()] == null) {
        incomes[s.ordinal()] = r;
      }
    }
  }

  /** The facts of a summary table, built on first use in this validation. */
  static SummaryFacts of(RuleContext ctx, SummaryTable t) {
    return ctx.shared(t, t, SummaryFacts::new);
  }

  /** The first income row of {@code source}, or null ({@link CrossTableRules#income(SummaryTable, FundSource)}). */
  IncomeRow income(FundSource source) {
    return incomes[source.ordinal()];
  }

  /** The income-side amount of a footer line, 0 when the line is absent. */
  static WanYuan income(SummaryLine line) {
    return line == null ? WanYuan.ZERO : line.incomeAmount().amountOrZero();
  }

  /** The amount of a footer line in {@code column}, 0 when the line or the column is absent. */
  WanYuan line(SummaryLine line, AmountColumn column) {
    int ci = grid.index(column);
    return line == null || ci < 0 ? WanYuan.ZERO : line.cells().get(ci).amountOrZero();
  }

  /** The index of the last 类 row with the well-formed code {@code code}, or -1. */
  int lastCategory(String code) {
    int h = code.hashCode();
    for (int i = size - 1; i >= 0; i--) {
      // The codes' hashes are cached: compare them before the texts.
      String c = codes[i];
      if (c != null && c.hashCode() == h && c.equals(code)) {
        return i;
      }
    }
    return -1;
  }
}
