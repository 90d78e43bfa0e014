package org.yusuan.budget.cli;

import java.util.EnumMap;
import java.util.Map;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Severity;

/**
 * Totals across the documents of one {@code validate} run, and its exit code: bit 1 set when some
 * document has an unacknowledged ERROR, bit 2 when some document could not be read — so an unreadable
 * file never hides another file's errors (3 = both).
 */
final class BatchSummary {
  private int files;
  private int unreadable;
  private int withErrors;
  private final Map<Severity, Integer> findings = new EnumMap<>(Severity.class);

  /** Counts {@code file} in. */
  void add(FileReport file) {
    files++;
    if (file.checked().isEmpty()) {
      unreadable++;
      return;
    }
    FileReport.Checked c = file.checked().get();
    if (c.hasErrors()) {
      withErrors++;
    }
    c.report().findings().forEach(this::count);
    c.paired().ifPresent(p -> p.report().findings().forEach(this::count));
  }

  private void count(Finding f) {
    findings.merge(f.severity(), 1, Integer::sum);
  }

  int files() {
    return files;
  }

  int unreadable() {
    return unreadable;
  }

  int withErrors() {
    return withErrors;
  }

  int findings(Severity s) {
    return findings.getOrDefault(s, 0);
  }

  /** The exit code: 0, 1 (errors), 2 (unreadable) or 3 (both). */
  int exitCode() {
    return (withErrors > 0 ? BudgetCli.ERRORS_FOUND : 0) | (unreadable > 0 ? BudgetCli.USAGE : 0);
  }

  /** The summary line of the text report. */
  String line(boolean zh) {
    if (zh) {
      return "合计：" + files + " 个文件，已校验 " + (files - unreadable) + "（有错误 " + withErrors
          + "），无法读取 " + unreadable + "；错误 " + findings(Severity.ERROR) + "，警告 "
          + findings(Severity.WARNING) + "，提示 " + findings(Severity.INFO) + "；退出码 " + exitCode();
    }
    return "total: " + files + " files, " + (files - unreadable) + " checked (" + withErrors
        + " with errors), " + unreadable + " unreadable; " + findings(Severity.ERROR) + " errors, "
        + findings(Severity.WARNING) + " warnings, " + findings(Severity.INFO) + " notes; exit code "
        + exitCode();
  }
}
