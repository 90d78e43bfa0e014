/**
 * Mutators for the structure rules (D):
 * {@link org.yusuan.budget.testkit.mutation.structure.StructureMutators} registers one per rule,
 * each breaking its rule in one place of a consistent budget (built from
 * {@link org.yusuan.budget.testkit.mutation.BudgetEdits}).
 */
@NullMarked
package org.yusuan.budget.testkit.mutation.structure;

import org.jspecify.annotations.NullMarked;
