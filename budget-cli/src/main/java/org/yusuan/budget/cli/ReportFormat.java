package org.yusuan.budget.cli;

import java.io.OutputStream;

/** {@code validate --format}: how the report is written. */
enum ReportFormat {
  /** For people: per document, its reader's account and the findings grouped by severity and rule. */
  TEXT {
    @Override
    ReportWriter open(OutputStream out, ReportSettings settings) {
      return new TextReportWriter(out, settings);
    }
  },
  /** For machines: an array with one object per document (docs/schema/validation-report.schema.json). */
  JSON {
    @Override
    ReportWriter open(OutputStream out, ReportSettings settings) {
      return new JsonReportWriter(out, settings);
    }
  };

  /** A writer of this format on {@code out}. */
  abstract ReportWriter open(OutputStream out, ReportSettings settings);

  @Override
  public String toString() {
    return Choices.label(this);
  }
}
