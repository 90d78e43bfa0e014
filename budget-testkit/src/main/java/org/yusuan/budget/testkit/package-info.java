/**
 * jqwik arbitraries of consistent department budgets and single-rule mutators, for property tests
 * of code that embeds the yusuan validators (测试工具包).
 *
 * <p>{@link org.yusuan.budget.testkit.BudgetArbitraries} generates budgets that are consistent by
 * construction (exact amounts, every printed cell rounded half-up to 0.01 万元); {@link
 * org.yusuan.budget.testkit.Mutators} breaks one rule of such a budget and says which cell it
 * changed ({@link org.yusuan.budget.testkit.Mutation}).
 */
@NullMarked
package org.yusuan.budget.testkit;

import org.jspecify.annotations.NullMarked;
