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
    /** The table id, e.g. {@code T2}. */
    @Value.Parameter
    String table();

    /** The row key: its code, else its printed name or label (normalised). */
    @Value.Parameter
    String rowKey();

    /** The 1-based source line. */
    @Value.Parameter
    int line();
  }

  /** The title line of each table found, as origins with row key {@code ""}. */
  List<RowOrigin> rows();

  /** The first line of the row {@code rowKey} in table {@code table}, if known. */
  default Optional<Integer> line(String table, String rowKey) {
    for (RowOrigin o : rows()) {
      if (o.table().equals(table) && o.rowKey().equals(rowKey)) {
        return Optional.of(o.line());
      }
    }
    return Optional.empty();
  }

  /** The title line of table {@code table}, if it was found. */
  default Optional<Integer> titleLine(String table) {
    return line(table, "");
  }
}
