/**
 * Mutators for the performance-sheet rules (P).
 */
@NullMarked
package org.yusuan.budget.testkit.mutation.performance;

import org.jspecify.annotations.NullMarked;
