package org.yusuan.budget.table;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.yusuan.budget.template.TableSpec;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 表十 财政拨款安排“三公”经费支出预算表: the item rows in printed order and the {@code 合计} row, which
 * the standard template prints <em>last</em> (合计 = 因公出国 + 公务接待 + 公务用车购置及运行, not + ① + ②).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableThreePublicTable.class)
@JsonDeserialize(as = ImmutableThreePublicTable.class)
public interface ThreePublicTable extends BudgetTable {
  /** {@return how many rows the table holds as read, its total row included} */
  @Override
  @JsonIgnore
  default int rowCount() {
    return rows().size() + (total().isPresent() ? 1 : 0);
  }

  /** {@return the item rows in printed order (the 合计 row not among them)} */
  List<ThreePublicRow> rows();

  /** {@return the printed {@code 合计} row; empty when not printed} */
  Optional<TotalRow> total();

  /**
   * {@return the first row recognised as {@code item}; empty when none is printed}
   *
   * @param item the “三公” item wanted
   */
  default Optional<ThreePublicRow> row(ThreePublicItem item) {
    return rows().stream().filter(r -> r.item().equals(Optional.of(item))).findFirst();
  }

  /**
   * A builder with the id and columns of {@code spec}; the caller adds the rows.
   *
   * @param spec the template's description of this table, giving its {@link TableSpec#id()} and
   *     its amount columns in printed order
   * @return a new builder
   */
  static ImmutableThreePublicTable.Builder builder(TableSpec spec) {
    return ImmutableThreePublicTable.builder().id(spec.id()).columns(spec.columns());
  }

  /** Checks columns and row widths. */
  @Value.Check
  default void check() {
    Structure.columns(id(), "table", columns());
    total().ifPresent(t -> Structure.width(id(), columns(), t));
    Structure.width(id(), columns(), rows());
  }
}
