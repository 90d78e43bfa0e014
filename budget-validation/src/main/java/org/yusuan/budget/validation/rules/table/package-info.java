/**
 * The within-table rules (表内校验, T-rules of the docs/domain/invariants.md catalog), one class per
 * rule, each named for what it checks and declaring the table it reads; the checks several of them
 * share (summary, 支出功能分类 hierarchy columns, revenue codes, project groups) sit beside them as
 * package-private helpers.
 */
@NullMarked
package org.yusuan.budget.validation.rules.table;

import org.jspecify.annotations.NullMarked;
