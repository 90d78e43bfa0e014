package org.yusuan.budget.json;

import java.lang.reflect.Method;
import org.yusuan.budget.table.DepartmentBudget;

/**
 * Test-only: the hand-built model of seed 003 from the table tests ({@code
 * org.yusuan.budget.table.Seed003Model}, package-private there, so reached reflectively to keep one
 * copy of it).
 */
final class Seed003 {
  private Seed003() {}

  static DepartmentBudget budget() {
    try {
      Class<?> model = Class.forName("org.yusuan.budget.table.Seed003Model");
      Method budget = model.getDeclaredMethod("budget");
      budget.setAccessible(true);
      return (DepartmentBudget) budget.invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build the 003 model", e);
    }
  }
}
