package org.yusuan.budget.table;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.yusuan.budget.template.TableSpec;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A table of one row per budget unit under a department total: 表十一 财政拨款安排机关运行经费预算表
 * ({@code 部门合计}, then the 行政单位 and 参照公务员法管理 units that have 机关运行经费).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnitAmountTable.class)
@JsonDeserialize(as = ImmutableUnitAmountTable.class)
public interface UnitAmountTable extends BudgetTable {
  /** {@return how many rows the table holds as read, its total row included} */
  @Override
  @JsonIgnore
  default int rowCount() {
    return rows().size() + (total().isPresent() ? 1 : 0);
  }

  /** {@return the printed {@code 部门合计} row; empty when not printed} */
  Optional<TotalRow> total();

  /** {@return the unit rows in printed order} */
  List<UnitAmountRow> rows();

  /**
   * A builder with the id and columns of {@code spec}; the caller adds the rows.
   *
   * @param spec the template's description of this table, giving its {@link TableSpec#id()} and
   *     its amount columns in printed order
   * @return a new builder
   */
  static ImmutableUnitAmountTable.Builder builder(TableSpec spec) {
    return ImmutableUnitAmountTable.builder().id(spec.id()).columns(spec.columns());
  }

  /** Checks columns and row widths. */
  @Value.Check
  default void check() {
    Structure.columns(id(), "table", columns());
    total().ifPresent(t -> Structure.width(id(), columns(), t));
    Structure.width(id(), columns(), rows());
  }
}
