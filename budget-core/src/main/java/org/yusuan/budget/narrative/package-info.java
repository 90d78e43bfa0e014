/**
 * The figures stated in the narrative (第三部分 部门预算情况说明, and counts of 概况) as typed {@link
 * org.yusuan.budget.narrative.NarrativeClaim claims}: what is spoken of ({@link
 * org.yusuan.budget.narrative.ClaimSubject}), how ({@link org.yusuan.budget.narrative.ClaimMeasure}:
 * amount, change, growth rate, share, count…), the stated value, and the sentence it came from, so
 * validators can check the text against the tables.
 */
@org.yusuan.budget.style.BudgetStyle
package org.yusuan.budget.narrative;
