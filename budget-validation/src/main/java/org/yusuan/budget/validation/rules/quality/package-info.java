/**
 * 文本质量 (Q-rules): the document's own text ({@link org.yusuan.budget.document.DocumentText}) as a
 * reviewer reads it beyond the arithmetic — template residue, punctuation, years, the document kind's
 * words, comparison words against their own figures, the 目录 against what is printed. One class per
 * rule; findings are located at the block's source line ({@link org.yusuan.budget.validation.Location#line()}).
 */
@NullMarked
package org.yusuan.budget.validation.rules.quality;

import org.jspecify.annotations.NullMarked;
