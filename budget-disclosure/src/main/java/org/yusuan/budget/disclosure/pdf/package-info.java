/**
 * Reading a published PDF (with PDFBox): glyphs and ruling lines laid out as aligned text for the text reader.
 */
@NullMarked
package org.yusuan.budget.disclosure.pdf;

import org.jspecify.annotations.NullMarked;
