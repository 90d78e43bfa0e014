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
  /** {@return the concept the table prints, e.g. {@link TableId#T8} for 政府性基金预算支出表} */
  TableId id();

  /**
   * {@return the distinctive end of the printed title, without number, year or department:
   * {@code 预算收支总表}} A title matches when, after those are set aside, it ends with this keyword.
   */
  String titleKeyword();

  /**
   * {@return other keywords the same template prints for this table (older or variant wordings)}
   */
  List<String> alsoTitled();

  /**
   * {@return the number the template prints for the table ({@code 表一}, {@code 1}), where it numbers
   * it}
   */
  Optional<String> printedNumber();

  /** {@return the layout, which decides the Java type of the table} */
  TableLayout layout();

  /** {@return the amount columns of the table's main rows, in printed order} */
  List<AmountColumn> columns();

  /**
   * {@return the printed header of each column, in the order of {@link #columns()}; empty when the
   * template prints each column's usual name ({@link AmountColumn#chineseName()})}
   */
  List<String> columnHeaders();

  /**
   * {@return the amount unit the template prints, where a table gives no {@code 单位：} line}
   * 万元 unless the template says otherwise.
   */
  @Value.Default
  default MoneyUnit unit() {
    return MoneyUnit.WAN_YUAN;
  }

  /**
   * {@return whether the template requires the table (an absent required table is a finding)}
   * True unless the template says otherwise.
   */
  @Value.Default
  default boolean required() {
    return true;
  }

  /** {@return every title keyword: {@link #titleKeyword()} then {@link #alsoTitled()}} */
  @JsonIgnore
  default List<String> titleKeywords() {
    List<String> all = new ArrayList<>(1 + alsoTitled().size());
    all.add(titleKeyword());
    all.addAll(alsoTitled());
    return all;
  }

  /**
   * {@return the printed header of {@code column}}
   *
   * @param column one of {@link #columns()}, or any other column, which gets its usual name
   */
  default String header(AmountColumn column) {
    int i = columns().indexOf(column);
    return i >= 0 && !columnHeaders().isEmpty() ? columnHeaders().get(i) : column.chineseName();
  }

  /** {@return the Chinese number of a standard table ({@code 表三}), from the id} */
  @JsonIgnore
  default Optional<String> chineseNumber() {
    return id().chineseNumber();
  }

  /**
   * {@return a spec with the usual column headers, no variant titles, no printed number and amounts
   * in 万元}
   *
   * @param id the concept the table prints
   * @param titleKeyword the distinctive end of the printed title, e.g. {@code 预算收支总表}
   * @param layout the layout, which decides the Java type the table is held in
   * @param columns the amount columns in printed order, at least one, no repeats
   * @param required whether an absent table is a finding
   * @throws IllegalStateException if {@code columns} is empty or repeats a column, or the keyword
   *     is blank
   */
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
