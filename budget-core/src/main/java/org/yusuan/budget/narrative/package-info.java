/**
 * The figures stated in the narrative (第三部分 部门预算情况说明, and counts of 概况) as typed {@link
 * org.yusuan.budget.narrative.NarrativeClaim claims}: what is spoken of ({@link
 * org.yusuan.budget.narrative.ClaimSubject}), how ({@link org.yusuan.budget.narrative.ClaimMeasure}:
 * amount, change, growth rate, share, count…), the stated value, and the sentence it came from, so
 * validators can check the text against the tables. A change carries its direction word ({@link
 * org.yusuan.budget.narrative.ChangeDirection}), the year printed with it and the basis of the prior
 * year's figure ({@link org.yusuan.budget.narrative.PriorYearBasis}: 预算数 or 执行数).
 */
@org.yusuan.budget.style.BudgetStyle
@NullMarked
package org.yusuan.budget.narrative;

import org.jspecify.annotations.NullMarked;
