/**
 * The department budget (部门预算) or final accounts (部门决算) as one immutable document: department,
 * year, units, tables, narrative claims and performance sheets.
 */
@NullMarked
package org.yusuan.budget.document;

import org.jspecify.annotations.NullMarked;
