package org.yusuan.budget.table;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A budget unit (预算单位) of a department: its name and, where known, its type and code. */
@Value.Immutable
@JsonSerialize(as = ImmutableBudgetUnit.class)
@JsonDeserialize(as = ImmutableBudgetUnit.class)
public interface BudgetUnit {
  /** The unit name. */
  String name();

  /** The unit type, where known. */
  Optional<UnitType> type();

  /** The unit code, where printed. */
  Optional<String> code();

  /** A unit with a name only. */
  static BudgetUnit of(String name) {
    return ImmutableBudgetUnit.builder().name(name).build();
  }

  /** A unit with name and type. */
  static BudgetUnit of(String name, UnitType type) {
    return ImmutableBudgetUnit.builder().name(name).type(type).build();
  }

  /** Checks the name is not blank. */
  @Value.Check
  default void check() {
    if (name().isBlank()) {
      throw new IllegalStateException("budget unit with a blank name");
    }
  }
}
