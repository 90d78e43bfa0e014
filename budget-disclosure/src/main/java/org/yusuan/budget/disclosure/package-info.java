/**
 * Reads the published text of a 部门预算公开 (department budget disclosure) into the model: {@link
 * org.yusuan.budget.disclosure.DisclosureReader} gives a {@link org.yusuan.budget.disclosure.Disclosure}
 * — the department budget and a {@link org.yusuan.budget.disclosure.ReadReport} that accounts for
 * every line.
 */
@BudgetStyle
@NullMarked
package org.yusuan.budget.disclosure;

import org.yusuan.budget.style.BudgetStyle;

import org.jspecify.annotations.NullMarked;
