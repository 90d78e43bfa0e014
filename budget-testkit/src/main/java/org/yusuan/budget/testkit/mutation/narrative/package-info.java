/**
 * Mutators for the narrative rules (N):
 * {@link org.yusuan.budget.testkit.mutation.narrative.NarrativeMutators} registers one per rule,
 * each breaking its rule in one place of a consistent budget (built from
 * {@link org.yusuan.budget.testkit.mutation.BudgetEdits}).
 */
@NullMarked
package org.yusuan.budget.testkit.mutation.narrative;

import org.jspecify.annotations.NullMarked;
