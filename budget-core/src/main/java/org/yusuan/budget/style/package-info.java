/**
 * The Immutables style the model types share ({@link org.yusuan.budget.style.BudgetStyle}): one
 * place that decides how the generated value classes and their builders are named and checked.
 */
@NullMarked
package org.yusuan.budget.style;

import org.jspecify.annotations.NullMarked;
