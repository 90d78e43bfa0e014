/**
 * Performance-target sheets (绩效目标表) as printed in a 部门预算公开: the project sheet ({@link
 * org.yusuan.budget.performance.ProjectPerformanceSheet}, 项目支出绩效目标表), the department-wide sheet
 * ({@link org.yusuan.budget.performance.DepartmentPerformanceSheet}, 部门整体支出绩效目标表), their
 * indicators ({@link org.yusuan.budget.performance.Indicator}) with the indicator taxonomy ({@link
 * org.yusuan.budget.performance.IndicatorLevel1}, {@link org.yusuan.budget.performance.IndicatorLevel2})
 * and the parsed 指标值 ({@link org.yusuan.budget.performance.IndicatorTarget}).
 *
 * <p>The model keeps what is printed: amounts stay printed values with the unit they were printed
 * in ({@link org.yusuan.budget.performance.PrintedAmount}), empty cells stay distinct from 0, label
 * variants are kept next to the canonical type they map onto, and what is not understood is kept,
 * never dropped. Problems in values are data ({@link
 * org.yusuan.budget.performance.TargetDiagnostic}), never exceptions.
 */
@org.yusuan.budget.style.BudgetStyle
@NullMarked
package org.yusuan.budget.performance;

import org.jspecify.annotations.NullMarked;
