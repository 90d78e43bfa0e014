package org.yusuan.budget.cli;

import java.io.IOException;

/**
 * Writes one {@link ReportFormat} of a {@code validate} batch: each document's report as it is
 * checked, then the batch's summary. A new format is one {@link ReportFormat} constant and one
 * implementation of this interface.
 */
interface ReportWriter {
  /** One document's report (or why it could not be read). */
  void add(FileReport file) throws IOException;

  /** The end of the batch: the summary across its documents; flushes what was written. */
  void finish(BatchSummary summary) throws IOException;
}
