/**
 * Mutators of a 预算–决算 pair (对照变异), one per pairing rule JB1…JB7: {@link
 * org.yusuan.budget.testkit.mutation.pairing.FinalAccountsOf} derives the 决算 a generated 预算 would
 * have if the year ran as budgeted, and {@link org.yusuan.budget.testkit.mutation.pairing.PairMutators}
 * breaks one place of the pair for one rule.
 */
@NullMarked
package org.yusuan.budget.testkit.mutation.pairing;

import org.jspecify.annotations.NullMarked;
