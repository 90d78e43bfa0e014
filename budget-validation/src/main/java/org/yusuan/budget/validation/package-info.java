/**
 * The validation API: {@link org.yusuan.budget.validation.Validator}s built from
 * {@link org.yusuan.budget.validation.Rule}s produce a
 * {@link org.yusuan.budget.validation.ValidationReport} of per-rule outcomes and
 * {@link org.yusuan.budget.validation.Finding}s (违规发现), rendered as text or JSON.
 *
 * <p>Validators are values: immutable, stateless and thread-safe. Findings are data, never
 * exceptions.
 */
@org.yusuan.budget.style.BudgetStyle
@NullMarked
package org.yusuan.budget.validation;

import org.jspecify.annotations.NullMarked;
