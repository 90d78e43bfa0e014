package org.yusuan.budget.table;

import org.yusuan.budget.template.TableSpec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 表九 国有资本经营预算收支预算表: revenue rows (收入分类, one amount) beside expenditure rows
 * (支出功能分类, {@link #columns()}), each side with its {@code 合计}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStateCapitalTable.class)
@JsonDeserialize(as = ImmutableStateCapitalTable.class)
public interface StateCapitalTable extends BudgetTable {
  /** {@return how many rows the table holds as read, its total row included} */
  @Override
  @JsonIgnore
  default int rowCount() {
    return revenueRows().size() + expenditureRows().size();
  }

  /**
   * {@return the revenue-side columns in printed order; by default (the standard template) one,
   * {@link AmountColumn#AMOUNT}}
   */
  @Value.Default
  default List<AmountColumn> revenueColumns() {
    return List.of(AmountColumn.AMOUNT);
  }

  /**
   * {@return the revenue-side {@code 合计} (cells per {@link #revenueColumns()}); empty when not
   * printed}
   */
  Optional<TotalRow> revenueTotal();

  /** {@return the revenue rows (收入分类) in printed order} */
  List<RevenueRow> revenueRows();

  /**
   * {@return the expenditure-side {@code 合计} (cells per {@link #columns()}); empty when not
   * printed}
   */
  Optional<TotalRow> expenditureTotal();

  /** {@return the expenditure rows (支出功能分类) in printed order} */
  List<FunctionRow> expenditureRows();

  /**
   * {@return the expenditure rows indexed by code, with each code's children and the amounts by
   * column (支出功能分类行索引)} Built on first use, once per table.
   */
  @JsonIgnore
  @Value.Lazy
  default FunctionRowIndex expenditureIndex() {
    return new FunctionRowIndex(id(), columns(), expenditureRows(), expenditureTotal());
  }

  /**
   * A builder with the id and (expenditure) columns of {@code spec}; the caller adds the rows and,
   * when they differ from the default, the revenue columns.
   *
   * @param spec the template's description of this table, giving its {@link TableSpec#id()} and
   *     its expenditure columns in printed order
   * @return a new builder
   */
  static ImmutableStateCapitalTable.Builder builder(TableSpec spec) {
    return ImmutableStateCapitalTable.builder().id(spec.id()).columns(spec.columns());
  }

  /** Checks columns and row widths on both sides. */
  @Value.Check
  default void check() {
    Structure.columns(id(), "expenditure side", columns());
    Structure.columns(id(), "revenue side", revenueColumns());
    revenueTotal().ifPresent(t -> Structure.width(id(), revenueColumns(), t));
    Structure.width(id(), revenueColumns(), revenueRows());
    expenditureTotal().ifPresent(t -> Structure.width(id(), columns(), t));
    Structure.width(id(), columns(), expenditureRows());
  }
}
