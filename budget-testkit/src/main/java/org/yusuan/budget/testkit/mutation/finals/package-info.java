/**
 * Mutators for the 部门决算 table rules (J1–J20).
 */
@NullMarked
package org.yusuan.budget.testkit.mutation.finals;

import org.jspecify.annotations.NullMarked;
