/**
 * Mutators for the document-quality rules (文本质量, Q1–Q8): each changes one block of the generated
 * document's text so that exactly its rule reports it, at that block's line.
 */
@NullMarked
package org.yusuan.budget.testkit.mutation.quality;

import org.jspecify.annotations.NullMarked;
