package org.yusuan.budget.report;

import java.util.List;
import org.yusuan.budget.validation.Finding;

/**
 * One marked place of the printed document (标记): a cell of a line, a span of a line's text, or the
 * whole line, with the findings that concern it (none for a narrative figure that was read and
 * checked without a problem).
 *
 * @param index the line's index in the read report's lines
 * @param cell the cell's index in the line's {@link PrintedLine#cells}, or -1 for a span or the line
 * @param start the span's first character in the line's raw text, or -1 for a cell or the line
 * @param end the index after the span's last character, or -1
 * @param findings the findings located here, in report order
 * @param note what was read here (a narrative figure's subject), or empty
 */
record Mark(int index, int cell, int start, int end, List<Finding> findings, String note) {
  Mark {
    findings = List.copyOf(findings);
  }

  /** Whether this marks a span of the line's text. */
  boolean isSpan() {
    return start >= 0;
  }
}
