/**
 * The rules of a 部门决算's narrative (决算情况说明, J21…J35): its figures against each other (shares,
 * changes, completion rates, sums: ERROR when the text contradicts its own figures) and against the
 * 决算 tables F1…F10 (WARNING). Every rule is NOT_APPLICABLE on a 预算, whose narrative the N rules check.
 */
@NullMarked
package org.yusuan.budget.validation.rules.finalnarrative;

import org.jspecify.annotations.NullMarked;
