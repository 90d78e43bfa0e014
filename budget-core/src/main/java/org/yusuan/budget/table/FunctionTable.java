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
  /** {@return how many rows the table holds as read, its total row included} */
  @Override
  @JsonIgnore
  default int rowCount() {
    return rows().size() + (total().isPresent() ? 1 : 0);
  }

  /** {@return the printed {@code 合计} row; empty when not printed} */
  Optional<TotalRow> total();

  /** {@return the 类/款/项 rows in printed (depth-first) order, zero rows included} */
  List<FunctionRow> rows();

  /**
   * {@return the first row whose well-formed code is {@code code}; empty when no row has it}
   *
   * @param code the 支出功能分类 code of a 类, 款 or 项
   */
  default Optional<FunctionRow> row(FunctionCode code) {
    return rows().stream().filter(r -> r.code().equals(Optional.of(code))).findFirst();
  }

  /**
   * {@return the first row whose well-formed code is {@code code}; empty when no row has it}
   *
   * @param code the code's digits, 3, 5 or 7 of them ({@code 2080501})
   * @throws org.yusuan.budget.classification.CodeFormatException if {@code code} is not a
   *     well-formed 支出功能分类 code (non-digits, a wrong length or a wrong first digit)
   */
  default Optional<FunctionRow> row(String code) {
    return row(FunctionCode.parse(code));
  }

  /**
   * {@return the rows indexed by code, with each code's children and the amounts by column
   * (功能分类行索引)} Built on first use, once per table.
   */
  @JsonIgnore
  @Value.Lazy
  default FunctionRowIndex rowIndex() {
    return new FunctionRowIndex(id(), columns(), rows(), total());
  }

  /**
   * A builder with the id and columns of {@code spec}; the caller adds the rows.
   *
   * @param spec the template's description of this table, giving its {@link TableSpec#id()} and
   *     its amount columns in printed order
   * @return a new builder
   */
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
