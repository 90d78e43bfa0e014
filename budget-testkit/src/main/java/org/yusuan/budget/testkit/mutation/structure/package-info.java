/**
 * Mutators for the structure rules (D).
 */
@NullMarked
package org.yusuan.budget.testkit.mutation.structure;

import org.jspecify.annotations.NullMarked;
