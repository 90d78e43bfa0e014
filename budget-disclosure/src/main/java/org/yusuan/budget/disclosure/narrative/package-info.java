/**
 * Reads the figures the narrative states (第三部分 部门预算情况说明 and the unit count of 第一部分 概况;
 * the Shanghai 编制说明 and 其他相关情况说明; the central 部门预算情况说明) into {@link
 * org.yusuan.budget.narrative.NarrativeClaim claims}: paragraphs are joined across line and page
 * breaks, figures ({@code 13,487.42万元}, {@code 占0%}, {@code 3个}) are found in the text, and each
 * figure's subject is taken from its section heading and the words before it (in the 编制说明, from
 * the item named before it), with the year, basis and direction word of a change. Figures that
 * cannot be attributed are reported, never dropped; text without figures is skipped with a reason.
 * Reading is linear in the length of the text.
 */
@NullMarked
package org.yusuan.budget.disclosure.narrative;

import org.jspecify.annotations.NullMarked;
