/**
 * Mutators for the cross-table rules (X):
 * {@link org.yusuan.budget.testkit.mutation.crosstable.CrossTableMutators} registers one per rule,
 * each breaking its rule in one place of a consistent budget (built from
 * {@link org.yusuan.budget.testkit.mutation.BudgetEdits}).
 */
@NullMarked
package org.yusuan.budget.testkit.mutation.crosstable;

import org.jspecify.annotations.NullMarked;
