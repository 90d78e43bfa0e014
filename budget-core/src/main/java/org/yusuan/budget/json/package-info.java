/**
 * JSON for yusuan's types with Jackson: a whole {@link org.yusuan.budget.document.DepartmentBudget}
 * as one document ({@link org.yusuan.budget.json.BudgetJson#write}, {@link
 * org.yusuan.budget.json.BudgetJson#read(String)}, errors as {@link
 * org.yusuan.budget.json.BudgetJsonException} with the JSON path), the strict {@link
 * org.yusuan.budget.json.BudgetJson#mapper()}, and {@link org.yusuan.budget.json.BudgetJsonModule}
 * for the value types. The document's JSON Schema is {@code docs/schema/department-budget.schema.json}.
 */
@NullMarked
package org.yusuan.budget.json;

import org.jspecify.annotations.NullMarked;
