/**
 * Mutators for the performance-sheet rules (P):
 * {@link org.yusuan.budget.testkit.mutation.performance.PerformanceMutators} registers one per rule,
 * each breaking its rule in one place of a consistent budget (built from
 * {@link org.yusuan.budget.testkit.mutation.BudgetEdits}).
 */
@NullMarked
package org.yusuan.budget.testkit.mutation.performance;

import org.jspecify.annotations.NullMarked;
