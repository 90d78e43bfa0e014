/**
 * The classification codes of 政府收支分类科目: {@link org.yusuan.budget.classification.FunctionCode} (支出功能分类),
 * {@link org.yusuan.budget.classification.RevenueCode} (收入分类), {@link
 * org.yusuan.budget.classification.DepartmentEconomicCode} (部门预算支出经济分类) and {@link
 * org.yusuan.budget.classification.GovernmentEconomicCode} (政府预算支出经济分类). Form only: names and existence
 * are in the catalog of module budget-codes.
 */
@NullMarked
package org.yusuan.budget.classification;

import org.jspecify.annotations.NullMarked;
