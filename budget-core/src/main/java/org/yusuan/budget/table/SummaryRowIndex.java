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

  /** {@return the table's id, {@link TableId#T1} or {@link TableId#T4}} */
  public TableId id() {
    return id;
  }

  /** {@return the number of 类 rows; the valid row positions are {@code 0 … size() - 1}} */
  public int size() {
    return size;
  }

  /**
   * {@return 类 row {@code i}, as read}
   *
   * @param i the row's position among the 类 rows, in printed order, {@code 0 ≤ i < size()}
   * @throws IndexOutOfBoundsException if {@code i} is outside that range
   */
  public CategoryRow category(int i) {
    return categories[i];
  }

  /**
   * {@return 类 row {@code i}'s well-formed code (3 digits), or empty text when it has none}
   *
   * @param i the row's position among the 类 rows, {@code 0 ≤ i < size()}
   * @throws IndexOutOfBoundsException if {@code i} is outside that range
   */
  public String code(int i) {
    String c = codes[i];
    return c == null ? "" : c;
  }

  /**
   * {@return 类 row {@code i}'s name, as printed}
   *
   * @param i the row's position among the 类 rows, {@code 0 ≤ i < size()}
   * @throws IndexOutOfBoundsException if {@code i} is outside that range
   */
  public String name(int i) {
    return names[i];
  }

  /**
   * {@return the position of the last 类 row with the well-formed code {@code code}, or -1 when no
   * row has it}
   *
   * @param code a 类 code as {@link #code(int)} gives it, three digits; text that is no row's code
   *     (a malformed one included) finds nothing
   */
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

  /** {@return the 类 rows' amounts by column; the grid's totals are the 本年支出合计 line's} */
  public AmountGrid amounts() {
    return grid;
  }

  /**
   * {@return the amount of 类 row {@code i} in {@code column}, in 万元; 0 when the cell is empty or
   * the table lacks the column}
   *
   * @param i the row's position among the 类 rows, {@code 0 ≤ i < size()}
   * @param column the column to read, whether or not the table has it
   * @throws IndexOutOfBoundsException if the table has {@code column} and {@code i} is out of range
   */
  public WanYuan amount(int i, AmountColumn column) {
    return grid.amount(i, column);
  }

  /**
   * {@return the cell of 类 row {@code i} in {@code column} (amount and printed precision); the
   * empty cell when the table lacks the column}
   *
   * @param i the row's position among the 类 rows, {@code 0 ≤ i < size()}
   * @param column the column to read, whether or not the table has it
   * @throws IndexOutOfBoundsException if the table has {@code column} and {@code i} is out of range
   */
  public AmountCell cell(int i, AmountColumn column) {
    return grid.cell(i, column);
  }

  /**
   * {@return 本年支出合计's cell in {@code column}; the empty cell without that line or column}
   *
   * @param column the column to read, whether or not the table has it
   */
  public AmountCell totalCell(AmountColumn column) {
    return grid.totalCell(column);
  }

  /**
   * {@return whether the table has {@code column}}
   *
   * @param column the column asked about
   */
  public boolean has(AmountColumn column) {
    return grid.has(column);
  }

  /**
   * {@return 本年支出合计's amount in {@code column}, in 万元; 0 without that line or column or when
   * the cell is empty}
   *
   * @param column the column to read, whether or not the table has it
   */
  public WanYuan total(AmountColumn column) {
    return grid.total(column);
  }

  /** {@return the 本年收入合计 | 本年支出合计 line; empty when the table does not print it} */
  public Optional<SummaryLine> currentYear() {
    return currentYear;
  }

  /**
   * {@return the 上年结转 | 年终结转 line (表四: 上年财政拨款结转); empty when the table does not print
   * it}
   */
  public Optional<SummaryLine> carryOver() {
    return carryOver;
  }

  /** {@return the 收入总计 | 支出总计 line; empty when the table does not print it} */
  public Optional<SummaryLine> grandTotal() {
    return grandTotal;
  }

  /** {@return 本年收入合计's amount in 万元; 0 when the line is absent or the cell empty} */
  public WanYuan currentYearIncome() {
    return incomeOf(currentYear);
  }

  /** {@return 上年结转's income amount in 万元; 0 when the line is absent or the cell empty} */
  public WanYuan carryOverIncome() {
    return incomeOf(carryOver);
  }

  /** {@return 收入总计's amount in 万元; 0 when the line is absent or the cell empty} */
  public WanYuan grandTotalIncome() {
    return incomeOf(grandTotal);
  }

  /** {@return 本年收入合计's cell; the empty cell when the line is absent or nothing is printed} */
  public AmountCell currentYearIncomeCell() {
    return incomeCellOf(currentYear);
  }

  /** {@return 收入总计's cell; the empty cell when the line is absent or nothing is printed} */
  public AmountCell grandTotalIncomeCell() {
    return incomeCellOf(grandTotal);
  }

  /**
   * {@return 支出总计's cell in {@code column}; the empty cell when the line or the column is absent}
   *
   * @param column the expenditure column to read, whether or not the table has it
   */
  public AmountCell grandTotalExpenditureCell(AmountColumn column) {
    int ci = grid.index(column);
    return grandTotal.isEmpty() || ci < 0 ? AmountCell.empty() : grandTotal.get().cells().get(ci);
  }

  private static AmountCell incomeCellOf(Optional<SummaryLine> line) {
    return line.isPresent() ? line.get().incomeAmount() : AmountCell.empty();
  }

  /**
   * {@return 本年支出合计's amount in {@code column}, in 万元; 0 when the line or the column is
   * absent or the cell empty}
   *
   * @param column the expenditure column to read, whether or not the table has it
   */
  public WanYuan currentYearExpenditure(AmountColumn column) {
    return expenditure(currentYear, column);
  }

  /**
   * {@return 支出总计's amount in {@code column}, in 万元; 0 when the line or the column is absent
   * or the cell empty}
   *
   * @param column the expenditure column to read, whether or not the table has it
   */
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

  /** {@return the number of 上年财政拨款结转 rows by fund (表四; 0 in 表一)} */
  public int fundCarryOverCount() {
    return fundCarryOvers.length;
  }

  /**
   * {@return 上年财政拨款结转 row {@code k} by fund}
   *
   * @param k the row's position among the carry-over rows, in printed order, {@code 0 ≤ k <
   *     fundCarryOverCount()}
   * @throws IndexOutOfBoundsException if {@code k} is outside that range
   */
  public IncomeRow fundCarryOver(int k) {
    return fundCarryOvers[k];
  }

  /**
   * {@return the fund of carry-over row {@code k}; empty when its label names no known fund}
   *
   * @param k the row's position among the carry-over rows, {@code 0 ≤ k < fundCarryOverCount()}
   * @throws IndexOutOfBoundsException if {@code k} is outside that range
   */
  public Optional<FundSource> fundCarryOverSource(int k) {
    return fundCarryOverSources[k];
  }

  /**
   * {@return carry-over row {@code k} as findings name it: {@code 结转·} and its printed label}
   *
   * @param k the row's position among the carry-over rows, {@code 0 ≤ k < fundCarryOverCount()}
   * @throws IndexOutOfBoundsException if {@code k} is outside that range
   */
  public String fundCarryOverKey(int k) {
    return fundCarryOverKeys[k];
  }

  /**
   * {@return the first income row of {@code source}, in printed order; empty when no income row is
   * of that fund}
   *
   * @param source the fund whose income row is wanted
   */
  public Optional<IncomeRow> income(FundSource source) {
    return incomes[source.ordinal()];
  }
}
