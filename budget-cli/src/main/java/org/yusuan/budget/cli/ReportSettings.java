package org.yusuan.budget.cli;

import java.util.Locale;
import java.util.Optional;
import org.yusuan.budget.disclosure.ReadIssue;
import org.yusuan.budget.validation.Severity;

/**
 * How {@code validate} writes its report: the language, which of the reader's issues are listed
 * ({@code --read-issues}; empty: counts only), and the least severity of the findings listed
 * ({@code --min-severity}; the summary counts all).
 */
record ReportSettings(Locale locale, Optional<ReadIssue.Level> listedIssues, Severity minSeverity) {
  boolean chinese() {
    return locale.getLanguage().equals("zh");
  }

  /** Whether a finding of {@code severity} is listed. */
  boolean lists(Severity severity) {
    return severity.compareTo(minSeverity) <= 0; // ERROR < WARNING < INFO
  }
}
