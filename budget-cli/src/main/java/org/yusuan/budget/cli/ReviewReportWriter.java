package org.yusuan.budget.cli;

import java.io.IOException;
import org.yusuan.budget.validation.ValidationReport;

/**
 * The reports a reviewer reads ({@code --format html|xlsx}, org.yusuan.budget.report): one HTML report
 * or checklist per document through {@link ReportOutput} (to {@code -o FILE}, or into {@code -o DIR}
 * for a batch, with an {@code index.html} over the HTML reports). A document that could not be read has
 * no report; its error is on stderr and in the exit code.
 */
final class ReviewReportWriter implements ReportWriter {
  private final ReportOutput output;
  private final ReportDestination destination;

  ReviewReportWriter(String format, ReportDestination destination, ReportSettings settings)
      throws UsageException {
    this.output = new ReportOutput(format, destination.output(), destination.documents(), settings.locale());
    this.destination = destination;
  }

  @Override
  public void add(FileReport file) throws IOException {
    if (file.checked().isEmpty()) {
      return;
    }
    FileReport.Checked c = file.checked().get();
    ValidationReport report = c.paired().map(p -> c.report().merge(p.report())).orElse(c.report());
    try {
      output.write(file.name(), c.disclosure(), report, destination);
    } catch (UsageException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  @Override
  public void finish(BatchSummary summary) throws IOException {
    try {
      output.finish();
    } catch (UsageException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
