/**
 * Narrative claims against the tables (情况说明校验, N-rules), one class per rule. The tables are
 * authoritative: a disagreement is reported against the claim, located in table {@code N} with the
 * claim's subject as row and its measure as column. Percentages are recomputed from printed
 * amounts, rounded HALF_UP to the printed precision; one unit in the last printed decimal is
 * ROUNDING (docs/domain/invariants.md §1.4). N15–N18 check a statement within itself (the amount
 * restated, the growth rate against both years' amounts, the direction word, the years and the
 * basis); N19 an item of the 编制说明 against the function tables; N20 a 类 name against the
 * catalog's former names.
 */
@NullMarked
package org.yusuan.budget.validation.rules.narrative;

import org.jspecify.annotations.NullMarked;
