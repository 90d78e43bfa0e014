/**
 * The 决算 table rules (部门决算表内及表间规则, family {@link org.yusuan.budget.validation.RuleFamily#FINAL_ACCOUNTS},
 * ids J1–J20): the identities the final-accounts tables F1…F10 hold within and between themselves. Each
 * rule declares the F tables it reads, so on a 预算 (whose template has no F tables) it is NOT_APPLICABLE.
 * How the rules find the lines of the two summaries (F1, F4) by their printed labels: {@link
 * org.yusuan.budget.validation.rules.finals.FinalLabels}.
 */
@NullMarked
package org.yusuan.budget.validation.rules.finals;

import org.jspecify.annotations.NullMarked;
