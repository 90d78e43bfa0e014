/**
 * JSON for yusuan's types with Jackson: {@link org.yusuan.budget.json.BudgetJsonModule} and the
 * strict {@link org.yusuan.budget.json.BudgetJson#mapper()}.
 */
package org.yusuan.budget.json;
