/**
 * The catalog of 政府收支分类科目 (government revenue and expenditure classification) by edition:
 * names, hierarchy and validity of codes for a budget year, with honest coverage.
 *
 * <p>Start at {@link org.yusuan.budget.catalog.Editions}: {@code Editions.embedded(2025)} for the
 * (partial) catalog shipped with the library, {@code Editions.loadOfficial(path, id)} for the
 * official file a user has, {@code Editions.amend(edition, overlay)} for a notice that amends an
 * edition. An {@link org.yusuan.budget.catalog.Edition} answers {@code lookup(code)} with a
 * {@link org.yusuan.budget.catalog.CodeStatus} and a reason, checks printed names and finds codes by
 * name. {@link org.yusuan.budget.catalog.EconomicCrosswalk} maps 部门预算支出经济分类 to
 * 政府预算支出经济分类 by unit type; {@link org.yusuan.budget.catalog.EditionDiff} compares editions.
 */
@org.yusuan.budget.style.BudgetStyle
@NullMarked
package org.yusuan.budget.catalog;

import org.jspecify.annotations.NullMarked;
