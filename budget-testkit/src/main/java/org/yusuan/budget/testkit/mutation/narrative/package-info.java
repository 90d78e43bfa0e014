/**
 * Mutators for the narrative rules (N).
 */
@NullMarked
package org.yusuan.budget.testkit.mutation.narrative;

import org.jspecify.annotations.NullMarked;
