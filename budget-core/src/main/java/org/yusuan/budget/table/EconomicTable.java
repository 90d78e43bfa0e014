package org.yusuan.budget.table;

import org.yusuan.budget.template.TableSpec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.yusuan.budget.classification.CodeLevel;

/**
 * 表六 一般公共预算安排基本支出分经济科目表: the printed {@code 合计} row, then per 部门经济分类 class a class
 * row followed by its 款 rows (in a department with several unit types a 款 may appear twice, once per
 * 政府 series).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEconomicTable.class)
@JsonDeserialize(as = ImmutableEconomicTable.class)
public interface EconomicTable extends BudgetTable {
  /** {@return how many rows the table holds as read, its total row included} */
  @Override
  @JsonIgnore
  default int rowCount() {
    return rows().size() + (total().isPresent() ? 1 : 0);
  }

  /** {@return the printed {@code 合计} row; empty when not printed} */
  Optional<TotalRow> total();

  /** {@return the class and 款 rows in printed order, each class row followed by its 款 rows} */
  List<EconomicRow> rows();

  /** {@return the class rows in printed order; a new unmodifiable list per call} */
  @JsonIgnore
  default List<EconomicRow> classRows() {
    return rows().stream().filter(r -> r.level() == CodeLevel.CLASS)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * {@return the 款 rows printed after {@code classRow} up to the next class row; empty when it
   * has none}
   *
   * @param classRow a class row of this table (compared by value: the first equal row counts)
   * @throws IllegalArgumentException if {@code classRow} is not a class row of this table
   */
  default List<EconomicRow> sectionsOf(EconomicRow classRow) {
    int i = rows().indexOf(classRow);
    if (i < 0 || classRow.level() != CodeLevel.CLASS) {
      throw new IllegalArgumentException("not a class row of table " + id() + ": "
          + classRow.describe());
    }
    int end = i + 1;
    while (end < rows().size() && rows().get(end).level() != CodeLevel.CLASS) {
      end++;
    }
    return rows().subList(i + 1, end);
  }

  /**
   * {@return the rows with class flags, names and amounts unwrapped (经济分类行索引)} Built on first
   * use, once per table.
   */
  @JsonIgnore
  @Value.Lazy
  default EconomicRowIndex rowIndex() {
    return new EconomicRowIndex(this);
  }

  /**
   * A builder with the id and columns of {@code spec}; the caller adds the rows.
   *
   * @param spec the template's description of this table, giving its {@link TableSpec#id()} and
   *     its amount columns in printed order
   * @return a new builder
   */
  static ImmutableEconomicTable.Builder builder(TableSpec spec) {
    return ImmutableEconomicTable.builder().id(spec.id()).columns(spec.columns());
  }

  /** Checks columns and row widths. */
  @Value.Check
  default void check() {
    Structure.columns(id(), "table", columns());
    total().ifPresent(t -> Structure.width(id(), columns(), t));
    Structure.width(id(), columns(), rows());
  }
}
