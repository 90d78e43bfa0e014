/**
 * Mutators for the soft rules (S).
 */
@NullMarked
package org.yusuan.budget.testkit.mutation.soft;

import org.jspecify.annotations.NullMarked;
