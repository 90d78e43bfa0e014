package org.yusuan.budget.table;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.yusuan.budget.template.TableSpec;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.budget.classification.RevenueCode;

/**
 * A table of 收入分类 rows: 表七 政府性基金预算收入表 ({@code 103 非税收入 → 10301 → 10301xx}). The
 * printed {@code 合计} row is {@link #total()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRevenueTable.class)
@JsonDeserialize(as = ImmutableRevenueTable.class)
public interface RevenueTable extends BudgetTable {
  /** {@return how many rows the table holds as read, its total row included} */
  @Override
  @JsonIgnore
  default int rowCount() {
    return rows().size() + (total().isPresent() ? 1 : 0);
  }

  /** {@return the printed {@code 合计} row; empty when not printed} */
  Optional<TotalRow> total();

  /** {@return the 收入分类 rows in printed order} */
  List<RevenueRow> rows();

  /**
   * {@return the first row whose well-formed code is {@code code}; empty when no row has it}
   *
   * @param code the 收入分类 code ({@code 1030148})
   */
  default Optional<RevenueRow> row(RevenueCode code) {
    return rows().stream().filter(r -> r.code().equals(Optional.of(code))).findFirst();
  }

  /**
   * A builder with the id and columns of {@code spec}; the caller adds the rows.
   *
   * @param spec the template's description of this table, giving its {@link TableSpec#id()} and
   *     its amount columns in printed order
   * @return a new builder
   */
  static ImmutableRevenueTable.Builder builder(TableSpec spec) {
    return ImmutableRevenueTable.builder().id(spec.id()).columns(spec.columns());
  }

  /** Checks columns and row widths. */
  @Value.Check
  default void check() {
    Structure.columns(id(), "table", columns());
    total().ifPresent(t -> Structure.width(id(), columns(), t));
    Structure.width(id(), columns(), rows());
  }
}
