/**
 * Mutators for the soft rules (S):
 * {@link org.yusuan.budget.testkit.mutation.soft.SoftMutators} registers one per rule,
 * each breaking its rule in one place of a consistent budget (built from
 * {@link org.yusuan.budget.testkit.mutation.BudgetEdits}).
 */
@NullMarked
package org.yusuan.budget.testkit.mutation.soft;

import org.jspecify.annotations.NullMarked;
