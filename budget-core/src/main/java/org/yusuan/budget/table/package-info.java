/**
 * The disclosure tables of a department budget (部门预算公开 表一…表十三) and the department budget
 * itself, as printed: a printed total stays a printed value, an empty cell is distinct from
 * {@code 0.00}, a table declared empty (注：本表无数据) is distinct from an absent one, rows keep their
 * printed order and their printed names beside the codes.
 *
 * <p>Tables are grouped by <em>layout</em>, not by number: {@link org.yusuan.budget.table.SummaryTable}
 * (表一, 表四), {@link org.yusuan.budget.table.FunctionTable} (表二, 表三, 表五, 表八), {@link
 * org.yusuan.budget.table.EconomicTable} (表六), {@link org.yusuan.budget.table.RevenueTable} (表七),
 * {@link org.yusuan.budget.table.StateCapitalTable} (表九), {@link
 * org.yusuan.budget.table.ThreePublicTable} (表十), {@link org.yusuan.budget.table.UnitAmountTable}
 * (表十一) and {@link org.yusuan.budget.table.ProjectTable} (表十二, 表十三). Each table carries its
 * {@link org.yusuan.budget.table.TableId} and its amount columns; which tables a document has is a
 * {@link org.yusuan.budget.template.TableProfile}. Sums are never checked here: they are validator findings.
 */
@org.yusuan.budget.style.BudgetStyle
@NullMarked
package org.yusuan.budget.table;

import org.jspecify.annotations.NullMarked;
