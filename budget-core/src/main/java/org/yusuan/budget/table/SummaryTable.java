package org.yusuan.budget.table;

import org.yusuan.budget.template.TableSpec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.budget.classification.FunctionCode;

/**
 * A summary of income beside expenditure: 表一 预算收支总表 and 表四 财政拨款收支总表. The income rows
 * (left, one amount each) and the 类 rows (right, one cell per column) are printed side by side; then
 * the footer lines. {@link #columns()} are the expenditure columns.
 *
 * <p>Printed order: income rows and 类 rows, {@link #currentYearTotal()}, {@link #carryOver()}, (表四)
 * {@link #carryOverByFund()}, {@link #grandTotal()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSummaryTable.class)
@JsonDeserialize(as = ImmutableSummaryTable.class)
public interface SummaryTable extends BudgetTable {
  /** {@return how many rows the table holds as read, its total row included} */
  @Override
  @JsonIgnore
  default int rowCount() {
    return incomeRows().size() + categoryRows().size();
  }

  /** {@return the income rows in printed order (表一: five sources; 表四: three)} */
  List<IncomeRow> incomeRows();

  /**
   * {@return the 类 rows in printed order (the standard template prints all 30, zero rows
   * included)}
   */
  List<CategoryRow> categoryRows();

  /** {@return the line {@code 本年收入合计 | x | 本年支出合计 | …}; empty when not printed} */
  Optional<SummaryLine> currentYearTotal();

  /**
   * {@return the line {@code 上年结转 | x | 年终结转 | …} (表四: 上年财政拨款结转); empty when not
   * printed}
   */
  Optional<SummaryLine> carryOver();

  /**
   * {@return 表四's 上年财政拨款结转 lines by fund ({@code 一、一般公共预算 | 486.55}), in printed
   * order; an empty list in 表一}
   */
  List<IncomeRow> carryOverByFund();

  /** {@return the line {@code 收入总计 | x | 支出总计 | …}; empty when not printed} */
  Optional<SummaryLine> grandTotal();

  /**
   * {@return the first income row of {@code source}; empty when none is printed}
   *
   * @param source the fund whose income row is wanted
   */
  default Optional<IncomeRow> income(FundSource source) {
    return incomeRows().stream().filter(r -> r.source().equals(Optional.of(source))).findFirst();
  }

  /**
   * {@return the first 类 row assigned {@code code}; empty when no row's name mapped to it}
   *
   * @param code a 类 (3-digit) 支出功能分类 code
   */
  default Optional<CategoryRow> category(FunctionCode code) {
    return categoryRows().stream().filter(r -> r.code().equals(Optional.of(code))).findFirst();
  }

  /**
   * {@return the 类 rows, footer lines, carry-over by fund and income rows unwrapped
   * (收支总表行索引)} Built on first use, once per table.
   */
  @JsonIgnore
  @Value.Lazy
  default SummaryRowIndex rowIndex() {
    return new SummaryRowIndex(this);
  }

  /**
   * A builder with the id and columns of {@code spec}; the caller adds the rows.
   *
   * @param spec the template's description of this table, giving its {@link TableSpec#id()} and
   *     its amount columns in printed order
   * @return a new builder
   */
  static ImmutableSummaryTable.Builder builder(TableSpec spec) {
    return ImmutableSummaryTable.builder().id(spec.id()).columns(spec.columns());
  }

  /** Checks columns and row widths. */
  @Value.Check
  default void check() {
    Structure.columns(id(), "table", columns());
    Structure.width(id(), columns(), categoryRows());
    currentYearTotal().ifPresent(r -> Structure.width(id(), columns(), r));
    carryOver().ifPresent(r -> Structure.width(id(), columns(), r));
    grandTotal().ifPresent(r -> Structure.width(id(), columns(), r));
  }
}
