/**
 * Mutators for the code rules (C).
 */
@NullMarked
package org.yusuan.budget.testkit.mutation.code;

import org.jspecify.annotations.NullMarked;
