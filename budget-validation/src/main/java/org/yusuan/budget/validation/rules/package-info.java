/**
 * The standard rules over a {@link org.yusuan.budget.document.DepartmentBudget}, by family: within a
 * table ({@link org.yusuan.budget.validation.rules.TableRules}), across tables ({@link
 * org.yusuan.budget.validation.rules.crosstable}), narrative claims ({@link
 * org.yusuan.budget.validation.rules.NarrativeRules}), document structure ({@link
 * org.yusuan.budget.validation.rules.structure}). Rule ids match the docs/domain/invariants.md catalog.
 */
package org.yusuan.budget.validation.rules;
