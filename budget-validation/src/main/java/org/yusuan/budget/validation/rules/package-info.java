/**
 * The standard rules over a {@link org.yusuan.budget.document.DepartmentBudget} (标准规则): the one
 * registry {@link org.yusuan.budget.validation.rules.StandardRules}, the entry point {@link
 * org.yusuan.budget.validation.rules.Validators}, the base class of a rule unit {@link
 * org.yusuan.budget.validation.rules.BudgetRule} and the inputs rules declare ({@link
 * org.yusuan.budget.validation.rules.Inputs}). The rules themselves are one class each, by subject:
 * within a table ({@code rules.table}, T), across tables ({@code rules.crosstable}, X), the narrative's
 * claims ({@code rules.narrative}, N), document structure ({@code rules.structure}, D), performance
 * sheets ({@code rules.performance}, P), reasonableness ({@code rules.soft}, S) and classification codes
 * against a catalog edition ({@code rules.code}, C); helpers two subjects share are in {@code
 * rules.support}. Rule ids match the docs/domain/invariants.md catalog; docs/rules.md lists each id's class.
 */
@NullMarked
package org.yusuan.budget.validation.rules;

import org.jspecify.annotations.NullMarked;
