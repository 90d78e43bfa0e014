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
 * A table of 支出功能分类 rows: 表二 预算收入总表, 表三 预算支出总表, 表五 一般公共预算支出预算表, 表八
 * 政府性基金预算支出表. The printed {@code 合计} row is {@link #total()}; the 类/款/项 rows follow in
 * printed (depth-first) order, zero rows included.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFunctionTable.class)
@JsonDeserialize(as = ImmutableFunctionTable.class)
public interface FunctionTable extends BudgetTable {
  /** How many rows the table holds as read (its total row included). */
  @Override
  @JsonIgnore
  default int rowCount() {
    return rows().size() + (total().isPresent() ? 1 : 0);
  }

  /** The printed {@code 合计} row; empty when not printed. */
  Optional<TotalRow> total();

  /** The 类/款/项 rows in printed order. */
  List<FunctionRow> rows();

  /** The first row whose code is {@code code}. */
  default Optional<FunctionRow> row(FunctionCode code) {
    return rows().stream().filter(r -> r.code().equals(Optional.of(code))).findFirst();
  }

  /** The first row whose code is {@code code} (digits). */
  default Optional<FunctionRow> row(String code) {
    return row(FunctionCode.parse(code));
  }

  /**
   * The rows indexed by code, with each code's children and the amounts by column (功能分类行索引),
   * built on first use, once per table.
   */
  @JsonIgnore
  @Value.Lazy
  default FunctionRowIndex rowIndex() {
    return new FunctionRowIndex(id(), columns(), rows(), total());
  }

  /** A builder with the id and columns of {@code spec}. */
  static ImmutableFunctionTable.Builder builder(TableSpec spec) {
    return ImmutableFunctionTable.builder().id(spec.id()).columns(spec.columns());
  }

  /** Checks columns and row widths. */
  @Value.Check
  default void check() {
    Structure.columns(id(), "table", columns());
    total().ifPresent(t -> Structure.width(id(), columns(), t));
    Structure.width(id(), columns(), rows());
  }
}
