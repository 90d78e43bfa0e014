package org.yusuan.budget.template;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TableLayout;

/**
 * One table of a template ({@link TableProfile}): which national concept it prints ({@link #id()}),
 * how its title reads, the number the template gives it, its layout, its amount columns and their
 * printed headers, its default amount unit, and whether the template requires it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTableSpec.class)
@JsonDeserialize(as = ImmutableTableSpec.class)
public interface TableSpec {
  /** The concept the table prints, e.g. {@link TableId#T8} for 政府性基金预算支出表. */
  TableId id();

  /**
   * The distinctive end of the printed title, without number, year or department:
   * {@code 预算收支总表}. A title matches when, after those are set aside, it ends with this keyword.
   */
  String titleKeyword();

  /** Other keywords the same template prints for this table (older or variant wordings). */
  List<String> alsoTitled();

  /** The number the template prints for the table ({@code 表一}, {@code 1}), where it numbers it. */
  Optional<String> printedNumber();

  /** The layout, which decides the Java type of the table. */
  TableLayout layout();

  /** The amount columns of the table's main rows, in printed order. */
  List<AmountColumn> columns();

  /**
   * The printed header of each column, in the order of {@link #columns()}; empty when the template
   * prints each column's usual name ({@link AmountColumn#chineseName()}).
   */
  List<String> columnHeaders();

  /** The amount unit the template prints, where a table gives no {@code 单位：} line. */
  @Value.Default
  default MoneyUnit unit() {
    return MoneyUnit.WAN_YUAN;
  }

  /** Whether the template requires the table (an absent required table is a finding). */
  @Value.Default
  default boolean required() {
    return true;
  }

  /** Every title keyword: {@link #titleKeyword()} then {@link #alsoTitled()}. */
  @JsonIgnore
  default List<String> titleKeywords() {
    List<String> all = new ArrayList<>(1 + alsoTitled().size());
    all.add(titleKeyword());
    all.addAll(alsoTitled());
    return all;
  }

  /** The printed header of {@code column}. */
  default String header(AmountColumn column) {
    int i = columns().indexOf(column);
    return i >= 0 && !columnHeaders().isEmpty() ? columnHeaders().get(i) : column.chineseName();
  }

  /** The Chinese number of a standard table ({@code 表三}), from the id. */
  @JsonIgnore
  default Optional<String> chineseNumber() {
    return id().chineseNumber();
  }

  /** A spec. */
  static TableSpec of(TableId id, String titleKeyword, TableLayout layout,
      List<AmountColumn> columns, boolean required) {
    return ImmutableTableSpec.builder().id(id).titleKeyword(titleKeyword).layout(layout)
        .columns(columns).required(required).build();
  }

  /** Checks that the columns are distinct and non-empty and the headers, if any, one per column. */
  @Value.Check
  default void check() {
    if (columns().isEmpty() || columns().stream().distinct().count() != columns().size()) {
      throw new IllegalStateException("table spec " + id() + ": columns must be non-empty and "
          + "distinct, were " + columns());
    }
    if (!columnHeaders().isEmpty() && columnHeaders().size() != columns().size()) {
      throw new IllegalStateException("table spec " + id() + ": " + columnHeaders().size()
          + " column headers for " + columns().size() + " columns");
    }
    for (String k : titleKeywords()) {
      if (k.isBlank()) {
        throw new IllegalStateException("table spec " + id() + ": blank title keyword");
      }
    }
  }
}
