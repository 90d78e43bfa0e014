package org.yusuan.budget.json;

import org.yusuan.budget.performance.SeedSheets;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.table.Seed003Model;

/**
 * Test-only: the hand-built model of seed 003 — its tables and claims ({@link Seed003Model}) and
 * its project performance sheet ({@link SeedSheets#county2025Restoration}).
 */
final class Seed003 {
  private Seed003() {}

  static DepartmentBudget budget() {
    return ImmutableDepartmentBudget.copyOf(Seed003Model.budget())
        .withProjectSheets(SeedSheets.county2025Restoration());
  }
}
