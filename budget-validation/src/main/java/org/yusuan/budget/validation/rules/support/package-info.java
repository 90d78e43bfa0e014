/**
 * Helpers the rules of several subjects share: the arithmetic checks over table rows and the code
 * hierarchy ({@link org.yusuan.budget.validation.rules.support.Checks}), reading cells and totals
 * null-safely ({@link org.yusuan.budget.validation.rules.support.Budgets}, {@link
 * org.yusuan.budget.validation.rules.support.TableAmounts}), row keys ({@link
 * org.yusuan.budget.validation.rules.support.RowKeys}) and narrative claims ({@link
 * org.yusuan.budget.validation.rules.support.ClaimSupport}).
 */
@NullMarked
package org.yusuan.budget.validation.rules.support;

import org.jspecify.annotations.NullMarked;
