/**
 * Money as Chinese budgets print it: {@link org.yusuan.budget.money.WanYuan}, an exact amount in 万元
 * (ten thousand yuan) to the fen, and {@link org.yusuan.budget.money.MoneyUnit} (元, 万元, 亿元).
 */
@NullMarked
package org.yusuan.budget.money;

import org.jspecify.annotations.NullMarked;
