package org.yusuan.budget.disclosure;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where the rows of each table were printed: for a table id and a row key (the row's code, or its
 * printed name or label), the 1-based source lines, in printed order. The model itself stays free of
 * text positions; this index leads a finding back to the text.
 */
@Value.Immutable
public interface Provenance {
  /** One row's origin. */
  @Value.Immutable
  interface RowOrigin {
    /** {@return the table id, e.g. {@code T2}} */
    @Value.Parameter
    String table();

    /**
     * {@return the row key: its code, else its printed name or label (normalised); {@code ""} for
     * the title}
     */
    @Value.Parameter
    String rowKey();

    /** {@return the 1-based source line} */
    @Value.Parameter
    int line();
  }

  /**
   * {@return every origin recorded, in reading order} The title line of each table found is among
   * them, as an origin with row key {@code ""}.
   */
  List<RowOrigin> rows();

  /**
   * {@return the first line of the row {@code rowKey} in table {@code table}; empty if unknown}
   *
   * @param table the table id, e.g. {@code T2}
   * @param rowKey the row's code, else its normalised printed name or label
   */
  default Optional<Integer> line(String table, String rowKey) {
    for (RowOrigin o : rows()) {
      if (o.table().equals(table) && o.rowKey().equals(rowKey)) {
        return Optional.of(o.line());
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the title line of table {@code table}; empty if the table was not found}
   *
   * @param table the table id, e.g. {@code T2}
   */
  default Optional<Integer> titleLine(String table) {
    return line(table, "");
  }
}
