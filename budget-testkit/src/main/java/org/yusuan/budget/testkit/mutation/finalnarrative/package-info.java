/**
 * Mutators for the 部门决算 narrative rules (J21–J35).
 */
@NullMarked
package org.yusuan.budget.testkit.mutation.finalnarrative;

import org.jspecify.annotations.NullMarked;
