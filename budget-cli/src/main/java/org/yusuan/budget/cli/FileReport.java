package org.yusuan.budget.cli;

import java.util.Optional;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.validation.ValidationReport;

/**
 * What {@code validate} found for one document of a batch: the disclosure read, the catalog edition,
 * the report (and the pairing report with {@code --budget}); or why the document could not be read.
 */
record FileReport(String name, Optional<Checked> checked, Optional<String> error) {
  /** A document read and validated. */
  record Checked(Disclosure disclosure, Edition edition, ValidationReport report,
      Optional<Paired> paired) {
    /** Whether an unacknowledged ERROR is in the report or the pairing report. */
    boolean hasErrors() {
      return report.hasUnacknowledgedErrors()
          || paired.isPresent() && paired.get().report().hasUnacknowledgedErrors();
    }
  }

  /** The pairing rules' report on a 决算 and the 预算 it is paired with ({@code --budget}). */
  record Paired(Pairing pairing, ValidationReport report) {}

  static FileReport checked(String name, Checked checked) {
    return new FileReport(name, Optional.of(checked), Optional.empty());
  }

  static FileReport unreadable(String name, String error) {
    return new FileReport(name, Optional.empty(), Optional.of(error));
  }
}
