/**
 * Mutators for the within-table rules (T):
 * {@link org.yusuan.budget.testkit.mutation.table.TableMutators} registers one per rule,
 * each breaking its rule in one place of a consistent budget (built from
 * {@link org.yusuan.budget.testkit.mutation.BudgetEdits}).
 */
@NullMarked
package org.yusuan.budget.testkit.mutation.table;

import org.jspecify.annotations.NullMarked;
