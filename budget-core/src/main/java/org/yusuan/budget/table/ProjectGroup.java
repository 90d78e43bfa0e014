package org.yusuan.budget.table;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rows of one budget unit in 表十二 / 表十三: its printed subtotal rows (the unit name with the
 * unit's totals; the template often prints it twice, and every printed copy is kept) followed by the
 * unit's project rows.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProjectGroup.class)
@JsonDeserialize(as = ImmutableProjectGroup.class)
public interface ProjectGroup {
  /**
   * {@return the unit's subtotal rows as printed (usually one, often two identical copies); may be
   * empty}
   */
  List<TotalRow> subtotalRows();

  /** {@return the unit's projects in printed order} */
  List<ProjectRow> projects();

  /** {@return the unit name as printed on the first subtotal row; empty when the group has none} */
  @JsonIgnore
  default Optional<String> unitName() {
    return subtotalRows().isEmpty() ? Optional.empty()
        : Optional.of(subtotalRows().get(0).label());
  }

  /** {@return the first printed subtotal row; empty when the group has none} */
  @JsonIgnore
  default Optional<TotalRow> subtotal() {
    return subtotalRows().isEmpty() ? Optional.empty() : Optional.of(subtotalRows().get(0));
  }
}
