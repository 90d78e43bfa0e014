/**
 * Text normalisation, once for the whole library: every reader, catalog lookup and rule that
 * compares printed text goes through these types, so two printed names are equal in one place and
 * in every other.
 *
 * <ul>
 *   <li>{@link org.yusuan.budget.text.WhiteSpace}: the one definition of white space (空白), with the
 *       ideographic space U+3000 (全角空格), no-break and zero-width spaces; removal and trimming.
 *   <li>{@link org.yusuan.budget.text.Width}: full-width (全角) to half-width (半角) folding.
 *   <li>{@link org.yusuan.budget.text.Punctuation}: the quote, dash and bracket variants one key
 *       unifies.
 *   <li>{@link org.yusuan.budget.text.Markup}: HTML, LaTeX and markdown residue removed, with a
 *       report of what was removed ({@link org.yusuan.budget.text.StrippedText}).
 *   <li>{@link org.yusuan.budget.text.TextKey}: the comparison key of a printed name or label, and an
 *       allocation-free equality of keys.
 *   <li>{@link org.yusuan.budget.text.EditDistance}: Levenshtein distance, optionally bounded.
 * </ul>
 */
@org.yusuan.budget.style.BudgetStyle
@NullMarked
package org.yusuan.budget.text;

import org.jspecify.annotations.NullMarked;
