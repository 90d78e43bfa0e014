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
  /** {@return the unit name as printed; never blank} */
  String name();

  /** {@return the unit type; empty when the document does not say} */
  Optional<UnitType> type();

  /** {@return the unit code as printed; empty when not printed} */
  Optional<String> code();

  /**
   * A unit with a name only.
   *
   * @param name the unit name as printed
   * @return the unit, its type and code empty
   * @throws IllegalStateException if {@code name} is blank
   */
  static BudgetUnit of(String name) {
    return ImmutableBudgetUnit.builder().name(name).build();
  }

  /**
   * A unit with name and type.
   *
   * @param name the unit name as printed
   * @param type the unit's type (行政单位, 事业单位 …)
   * @return the unit, its code empty
   * @throws IllegalStateException if {@code name} is blank
   */
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
