package org.yusuan.budget.table;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One table of a {@link TableProfile}: its id, the keyword of its printed title, its layout, its amount
 * columns and whether the template requires it to be printed (if only as {@code 本表无数据}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTableSpec.class)
@JsonDeserialize(as = ImmutableTableSpec.class)
public interface TableSpec {
  /** The table's identifier. */
  TableId id();

  /** The distinctive part of the printed title, without the year: {@code 预算收支总表}. */
  String titleKeyword();

  /** The layout, which decides the Java type of the table. */
  TableLayout layout();

  /** The amount columns of the table's main rows, in printed order. */
  List<AmountColumn> columns();

  /** Whether the template requires the table (an absent required table is a finding). */
  @Value.Default
  default boolean required() {
    return true;
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

  /** Checks that the columns are distinct and non-empty. */
  @Value.Check
  default void check() {
    Structure.columns(id(), "spec", columns());
    if (titleKeyword().isBlank()) {
      throw new IllegalStateException("table spec " + id() + ": blank title keyword");
    }
  }
}
