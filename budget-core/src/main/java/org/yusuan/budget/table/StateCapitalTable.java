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
  /** How many rows the table holds as read (its total row included). */
  @Override
  @JsonIgnore
  default int rowCount() {
    return revenueRows().size() + expenditureRows().size();
  }

  /** The revenue-side columns (the standard template: one, {@link AmountColumn#AMOUNT}). */
  @Value.Default
  default List<AmountColumn> revenueColumns() {
    return List.of(AmountColumn.AMOUNT);
  }

  /** The revenue-side {@code 合计}; empty when not printed. */
  Optional<TotalRow> revenueTotal();

  /** The revenue rows in printed order. */
  List<RevenueRow> revenueRows();

  /** The expenditure-side {@code 合计} (cells per {@link #columns()}); empty when not printed. */
  Optional<TotalRow> expenditureTotal();

  /** The expenditure rows in printed order. */
  List<FunctionRow> expenditureRows();

  /**
   * The expenditure rows indexed by code, with each code's children and the amounts by column
   * (支出功能分类行索引), built on first use, once per table.
   */
  @JsonIgnore
  @Value.Lazy
  default FunctionRowIndex expenditureIndex() {
    return new FunctionRowIndex(id(), columns(), expenditureRows(), expenditureTotal());
  }

  /** A builder with the id and (expenditure) columns of {@code spec}. */
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
