/**
 * Mutators for the within-table rules (T).
 */
@NullMarked
package org.yusuan.budget.testkit.mutation.table;

import org.jspecify.annotations.NullMarked;
