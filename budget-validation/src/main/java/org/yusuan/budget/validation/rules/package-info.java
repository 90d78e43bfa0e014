/**
 * The standard rules over a {@link org.yusuan.budget.document.DepartmentBudget}, by family: within a
 * table (package {@link org.yusuan.budget.validation.rules.table}), across tables ({@link
 * org.yusuan.budget.validation.rules.CrossTableRules}), narrative claims ({@link
 * org.yusuan.budget.validation.rules.NarrativeRules}), document structure ({@link
 * org.yusuan.budget.validation.rules.StructureRules}). Rule ids match the docs/domain/invariants.md catalog.
 */
package org.yusuan.budget.validation.rules;
