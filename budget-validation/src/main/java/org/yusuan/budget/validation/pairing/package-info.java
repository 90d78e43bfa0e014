/**
 * A 预算 and its 决算 checked against each other (预算决算对照): {@link
 * org.yusuan.budget.validation.pairing.BudgetPairing#check} over a {@link
 * org.yusuan.budget.validation.pairing.BudgetPair}, with the rules JB1…JB7 (family 部门决算), one class
 * each: same department, same year, then the 决算's 预算数 (三公 F7, 一般公共预算 F5, 机关运行经费,
 * 财政拨款 F4) against the 预算's tables (T10, T5, T11, T4/T14), and the 项 spent but never budgeted.
 */
@NullMarked
package org.yusuan.budget.validation.pairing;

import org.jspecify.annotations.NullMarked;
