/**
 * Mutators for the code rules (C):
 * {@link org.yusuan.budget.testkit.mutation.code.CodeMutators} registers one per rule,
 * each breaking its rule in one place of a consistent budget (built from
 * {@link org.yusuan.budget.testkit.mutation.BudgetEdits}).
 */
@NullMarked
package org.yusuan.budget.testkit.mutation.code;

import org.jspecify.annotations.NullMarked;
