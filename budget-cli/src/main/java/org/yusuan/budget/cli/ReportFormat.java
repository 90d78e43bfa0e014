package org.yusuan.budget.cli;

/** {@code validate --format}: how the report is written. */
enum ReportFormat {
  /** For people: per document, its reader's account and the findings grouped by severity and rule. */
  TEXT {
    @Override
    ReportWriter open(ReportDestination to, ReportSettings settings) throws UsageException {
      return new TextReportWriter(to.stream(), settings);
    }
  },
  /** For machines: an array with one object per document (docs/schema/validation-report.schema.json). */
  JSON {
    @Override
    ReportWriter open(ReportDestination to, ReportSettings settings) throws UsageException {
      return new JsonReportWriter(to.stream(), settings);
    }
  },
  /**
   * For reviewers: a self-contained HTML page per document (its tables as printed, the findings on their
   * cells), to {@code -o FILE} or standard output; a batch into {@code -o DIR} with an index.
   */
  HTML {
    @Override
    ReportWriter open(ReportDestination to, ReportSettings settings) throws UsageException {
      return new ReviewReportWriter("html", to, settings);
    }
  },
  /** The bureau's checklist (检查表) as an .xlsx workbook per document, to {@code -o FILE} or {@code -o DIR}. */
  XLSX {
    @Override
    ReportWriter open(ReportDestination to, ReportSettings settings) throws UsageException {
      return new ReviewReportWriter("xlsx", to, settings);
    }
  };

  /** A writer of this format to {@code to}. */
  abstract ReportWriter open(ReportDestination to, ReportSettings settings) throws UsageException;

  @Override
  public String toString() {
    return Choices.label(this);
  }
}
