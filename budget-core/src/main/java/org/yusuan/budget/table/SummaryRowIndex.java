package org.yusuan.budget.table;

import java.util.List;
import java.util.Optional;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.money.WanYuan;

/**
 * The rows of a summary table (表一, 表四) unwrapped once (收支总表行索引): the 类 rows' codes, names and
 * amounts ({@link AmountGrid}), the footer lines and their income amounts, 表四's carry-over by fund,
 * and the income row of each fund. Built lazily, once per table: {@link SummaryTable#rowIndex()}.
 * Lookups do not allocate: every {@code Optional} is made when the index is built.
 *
 * <p>Immutable and thread-safe.
 */
public final class SummaryRowIndex {
  private static final int SOURCES = FundSource.values().length;

  private final TableId id;
  private final int size;
  private final CategoryRow[] categories;
  /** The well-formed code of each 类 row, or null. */
  private final String[] codes;
  private final String[] names;
  private final AmountGrid grid;
  private final Optional<SummaryLine> currentYear;
  private final Optional<SummaryLine> carryOver;
  private final Optional<SummaryLine> grandTotal;
  private final IncomeRow[] fundCarryOvers;
  private final Optional<FundSource>[] fundCarryOverSources;
  private final String[] fundCarryOverKeys;
  /** By {@link FundSource#ordinal()}: the first income row of that source. */
  private final Optional<IncomeRow>[] incomes;

  SummaryRowIndex(SummaryTable t) {
    this.id = t.id();
    List<CategoryRow> list = t.categoryRows();
    int n = list.size();
    this.size = n;
    this.categories = list.toArray(new CategoryRow[0]);
    this.codes = new String[n];
    this.names = new String[n];
    this.currentYear = t.currentYearTotal();
    this.carryOver = t.carryOver();
    this.grandTotal = t.grandTotal();
    this.grid = new AmountGrid(t.columns(), n, currentYear.isPresent() ? currentYear.get().cells() : null);
    for (int i = 0; i < n; i++) {
      CategoryRow r = categories[i];
      FunctionCode c = r.code().orElse(null);
      codes[i] = c == null ? null : c.value();
      names[i] = r.printedName();
      grid.read(i, r.cells());
    }
    this.fundCarryOvers = t.carryOverByFund().toArray(new IncomeRow[0]);
    @SuppressWarnings("unchecked")
    Optional<FundSource>[] sources = new Optional[fundCarryOvers.length];
    this.fundCarryOverKeys = new String[fundCarryOvers.length];
    for (int i = 0; i < fundCarryOvers.length; i++) {
      sources[i] = fundCarryOvers[i].source();
      fundCarryOverKeys[i] = "结转·" + fundCarryOvers[i].printedLabel();
    }
    this.fundCarryOverSources = sources;
    @SuppressWarnings("unchecked")
    Optional<IncomeRow>[] first = new Optional[SOURCES];
    java.util.Arrays.fill(first, Optional.empty());
    List<IncomeRow> in = t.incomeRows();
    for (int i = 0; i < in.size(); i++) {
      IncomeRow r = in.get(i);
      FundSource s = r.source().orElse(null);
      if (s != null && first[s.ordinal()].isEmpty()) {
        first[s.ordinal()] = Optional.of(r);
      }
    }
    this.incomes = first;
  }

  /** The table's id, {@link TableId#T1} or {@link TableId#T4}. */
  public TableId id() {
    return id;
  }

  /** The number of 类 rows. */
  public int size() {
    return size;
  }

  /** 类 row {@code i}. */
  public CategoryRow category(int i) {
    return categories[i];
  }

  /** 类 row {@code i}'s well-formed code (3 digits); empty text when it has none. */
  public String code(int i) {
    String c = codes[i];
    return c == null ? "" : c;
  }

  /** 类 row {@code i}'s printed name. */
  public String name(int i) {
    return names[i];
  }

  /** The last 类 row with the well-formed code {@code code}, or -1. */
  public int lastCategory(String code) {
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

  /** The 类 rows' amounts by column; the grid's totals are the 本年支出合计 line's. */
  public AmountGrid amounts() {
    return grid;
  }

  /** The amount of 类 row {@code i} in {@code column}, 0 when empty or the table lacks the column. */
  public WanYuan amount(int i, AmountColumn column) {
    return grid.amount(i, column);
  }

  /** The cell of 类 row {@code i} in {@code column} (amount and printed precision); empty when the table lacks the column. */
  public AmountCell cell(int i, AmountColumn column) {
    return grid.cell(i, column);
  }

  /** 本年支出合计's cell in {@code column}; empty without that line or column. */
  public AmountCell totalCell(AmountColumn column) {
    return grid.totalCell(column);
  }

  /** Whether the table has {@code column}. */
  public boolean has(AmountColumn column) {
    return grid.has(column);
  }

  /** 本年支出合计's amount in {@code column}, 0 without that line or column. */
  public WanYuan total(AmountColumn column) {
    return grid.total(column);
  }

  /** 本年收入合计 | 本年支出合计. */
  public Optional<SummaryLine> currentYear() {
    return currentYear;
  }

  /** 上年结转 | 年终结转 (表四: 上年财政拨款结转). */
  public Optional<SummaryLine> carryOver() {
    return carryOver;
  }

  /** 收入总计 | 支出总计. */
  public Optional<SummaryLine> grandTotal() {
    return grandTotal;
  }

  /** 本年收入合计's amount, 0 when the line is absent or the cell empty. */
  public WanYuan currentYearIncome() {
    return incomeOf(currentYear);
  }

  /** 上年结转's income amount, 0 when the line is absent or the cell empty. */
  public WanYuan carryOverIncome() {
    return incomeOf(carryOver);
  }

  /** 收入总计's amount, 0 when the line is absent or the cell empty. */
  public WanYuan grandTotalIncome() {
    return incomeOf(grandTotal);
  }

  /** 本年收入合计's cell; empty when the line is absent or nothing is printed. */
  public AmountCell currentYearIncomeCell() {
    return incomeCellOf(currentYear);
  }

  /** 收入总计's cell; empty when the line is absent or nothing is printed. */
  public AmountCell grandTotalIncomeCell() {
    return incomeCellOf(grandTotal);
  }

  /** 支出总计's cell in {@code column}; empty when the line or the column is absent. */
  public AmountCell grandTotalExpenditureCell(AmountColumn column) {
    int ci = grid.index(column);
    return grandTotal.isEmpty() || ci < 0 ? AmountCell.empty() : grandTotal.get().cells().get(ci);
  }

  private static AmountCell incomeCellOf(Optional<SummaryLine> line) {
    return line.isPresent() ? line.get().incomeAmount() : AmountCell.empty();
  }

  /** 本年支出合计's amount in {@code column}, 0 when the line or the column is absent. */
  public WanYuan currentYearExpenditure(AmountColumn column) {
    return expenditure(currentYear, column);
  }

  /** 支出总计's amount in {@code column}, 0 when the line or the column is absent. */
  public WanYuan grandTotalExpenditure(AmountColumn column) {
    return expenditure(grandTotal, column);
  }

  private static WanYuan incomeOf(Optional<SummaryLine> line) {
    return line.isPresent() ? line.get().incomeAmount().amountOrZero() : WanYuan.ZERO;
  }

  private WanYuan expenditure(Optional<SummaryLine> line, AmountColumn column) {
    int ci = grid.index(column);
    return line.isEmpty() || ci < 0 ? WanYuan.ZERO : line.get().cells().get(ci).amountOrZero();
  }

  /** The number of 上年财政拨款结转 rows by fund (表四; none in 表一). */
  public int fundCarryOverCount() {
    return fundCarryOvers.length;
  }

  /** 上年财政拨款结转 row {@code k} by fund, in printed order. */
  public IncomeRow fundCarryOver(int k) {
    return fundCarryOvers[k];
  }

  /** The fund of carry-over row {@code k}. */
  public Optional<FundSource> fundCarryOverSource(int k) {
    return fundCarryOverSources[k];
  }

  /** Carry-over row {@code k} as findings name it: {@code 结转·} and its printed label. */
  public String fundCarryOverKey(int k) {
    return fundCarryOverKeys[k];
  }

  /** The first income row of {@code source}. */
  public Optional<IncomeRow> income(FundSource source) {
    return incomes[source.ordinal()];
  }
}
