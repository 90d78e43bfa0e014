package org.yusuan.budget.json;

import java.lang.reflect.Method;
import org.yusuan.budget.performance.ProjectPerformanceSheet;
import org.yusuan.budget.table.DepartmentBudget;
import org.yusuan.budget.table.ImmutableDepartmentBudget;

/**
 * Test-only: the hand-built model of seed 003: its tables and claims from the table tests ({@code
 * org.yusuan.budget.table.Seed003Model}) and its project performance sheet from the performance
 * tests ({@code org.yusuan.budget.performance.SeedSheets#county2025Restoration}). Both are
 * package-private there, so they are reached reflectively to keep one copy of each.
 */
final class Seed003 {
  private Seed003() {}

  static DepartmentBudget budget() {
    DepartmentBudget tables = call("org.yusuan.budget.table.Seed003Model", "budget");
    ProjectPerformanceSheet sheet =
        call("org.yusuan.budget.performance.SeedSheets", "county2025Restoration");
    return ImmutableDepartmentBudget.copyOf(tables).withProjectSheets(sheet);
  }

  @SuppressWarnings("unchecked")
  private static <T> T call(String className, String method) {
    try {
      Method m = Class.forName(className).getDeclaredMethod(method);
      m.setAccessible(true);
      return (T) m.invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build the 003 model: " + className + "." + method, e);
    }
  }
}
