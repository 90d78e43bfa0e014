package org.yusuan.budget.table;

import org.yusuan.budget.template.TableSpec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 表十二 项目支出预算表（本年预算） and 表十三 项目支出预算表（上年结转）: the department row ({@link
 * #total()}, labelled with the department name), then per unit a {@link ProjectGroup} (unit subtotal
 * rows, then the unit's projects), in printed order.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProjectTable.class)
@JsonDeserialize(as = ImmutableProjectTable.class)
public interface ProjectTable extends BudgetTable {
  /** {@return how many rows the table holds as read, its total row included} */
  @Override
  @JsonIgnore
  default int rowCount() {
    return groups().size() + (total().isPresent() ? 1 : 0);
  }

  /**
   * {@return the department row (the department name with the department totals); empty when not
   * printed}
   */
  Optional<TotalRow> total();

  /** {@return the unit groups in printed order} */
  List<ProjectGroup> groups();

  /** {@return all project rows of all units, in printed order; a new unmodifiable list per call} */
  @JsonIgnore
  default List<ProjectRow> projects() {
    List<ProjectRow> all = new ArrayList<>();
    for (ProjectGroup g : groups()) {
      all.addAll(g.projects());
    }
    return List.copyOf(all);
  }

  /** {@return the number of project rows of all units (subtotal rows not counted)} */
  @JsonIgnore
  default int projectCount() {
    int n = 0;
    for (ProjectGroup g : groups()) {
      n += g.projects().size();
    }
    return n;
  }

  /**
   * A builder with the id and columns of {@code spec}; the caller adds the rows.
   *
   * @param spec the template's description of this table, giving its {@link TableSpec#id()} and
   *     its amount columns in printed order
   * @return a new builder
   */
  static ImmutableProjectTable.Builder builder(TableSpec spec) {
    return ImmutableProjectTable.builder().id(spec.id()).columns(spec.columns());
  }

  /** Checks columns and row widths. */
  @Value.Check
  default void check() {
    Structure.columns(id(), "table", columns());
    total().ifPresent(t -> Structure.width(id(), columns(), t));
    for (ProjectGroup g : groups()) {
      Structure.width(id(), columns(), g.subtotalRows());
      Structure.width(id(), columns(), g.projects());
    }
  }
}
