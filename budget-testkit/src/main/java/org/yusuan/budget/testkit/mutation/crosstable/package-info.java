/**
 * Mutators for the cross-table rules (X).
 */
@NullMarked
package org.yusuan.budget.testkit.mutation.crosstable;

import org.jspecify.annotations.NullMarked;
