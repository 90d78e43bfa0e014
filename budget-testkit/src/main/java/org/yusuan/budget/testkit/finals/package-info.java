/**
 * Generated 部门决算 (final accounts) models consistent by construction.
 */
@NullMarked
package org.yusuan.budget.testkit.finals;

import org.jspecify.annotations.NullMarked;
