/**
 * Single-rule mutators: each breaks one rule in one place of a consistent budget.
 */
@NullMarked
package org.yusuan.budget.testkit.mutation;

import org.jspecify.annotations.NullMarked;
