package org.yusuan.budget.catalog;

import org.immutables.value.Value;
import org.yusuan.budget.classification.BudgetCode;

/** A code that keeps its number and changes its name between two editions ({@link EditionDiff}). */
@Value.Immutable
public abstract class Rename {

  /** {@return the code whose name changed; the same in both editions} */
  public abstract BudgetCode code();

  /** {@return the name in the earlier edition} */
  public abstract String oldName();

  /** {@return the name in the later edition} */
  public abstract String newName();

  /** E.g. {@code 210 医疗卫生与计划生育支出 → 卫生健康支出}. */
  @Override
  public String toString() {
    return code() + " " + oldName() + " → " + newName();
  }
}
