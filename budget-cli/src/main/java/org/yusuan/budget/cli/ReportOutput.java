package org.yusuan.budget.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.report.ChecklistXlsx;
import org.yusuan.budget.report.HtmlReport;
import org.yusuan.budget.report.ReportIndex;
import org.yusuan.budget.validation.ValidationReport;

/**
 * Where {@code validate --format html|xlsx} writes (报告文件): one FILE, to {@code -o OUT} (an HTML
 * report may go to standard output instead); several, into the directory {@code -o DIR}, one report
 * per file named after it, and for HTML an {@code index.html} over them.
 */
final class ReportOutput {
  private final boolean xlsx;
  private final Optional<Path> output;
  private final boolean several;
  private final Locale locale;
  private final List<ReportIndex.Entry> entries = new ArrayList<>();
  private final Set<String> names = new HashSet<>();

  ReportOutput(String format, Optional<Path> output, int files, Locale locale) throws UsageException {
    this.xlsx = format.equals("xlsx");
    this.output = output;
    this.several = files > 1;
    this.locale = locale;
    if (output.isEmpty() && (xlsx || several)) {
      throw new UsageException("--format " + format + (several ? " with several files needs -o DIR"
          : " needs -o FILE"));
    }
    if (several && Files.exists(output.get()) && !Files.isDirectory(output.get())) {
      throw new UsageException("-o " + output.get() + ": several files need a directory, not a file");
    }
  }

  /** Writes the report of {@code file}. */
  void write(String file, Disclosure d, ValidationReport report, ReportDestination destination)
      throws UsageException {
    Path target = output.orElse(null);
    if (several) {
      target = output.get().resolve(name(file));
    }
    try {
      if (target == null) {
        Writer out = new java.io.OutputStreamWriter(destination.stream(), StandardCharsets.UTF_8);
        HtmlReport.write(d, report, locale, out);
        out.flush();
        return;
      }
      if (target.toAbsolutePath().getParent() != null) {
        Files.createDirectories(target.toAbsolutePath().getParent());
      }
      if (xlsx) {
        try (OutputStream s = Files.newOutputStream(target)) {
          ChecklistXlsx.write(d, report, locale, s);
        }
      } else {
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
          HtmlReport.write(d, report, locale, w);
        }
      }
    } catch (IOException e) {
      throw new UsageException("cannot write " + target + ": " + e.getMessage());
    }
    entries.add(new ReportIndex.Entry(file, target.getFileName().toString(),
        d.budget().departmentName() + " " + d.budget().budgetYear(), report.summary()));
  }

  /** After the last file: the index over several HTML reports. */
  void finish() throws UsageException {
    if (!several || xlsx) {
      return;
    }
    Path index = output.get().resolve("index.html");
    try {
      Files.createDirectories(output.get());
      try (Writer w = Files.newBufferedWriter(index, StandardCharsets.UTF_8)) {
        ReportIndex.write(entries, locale, w);
      }
    } catch (IOException e) {
      throw new UsageException("cannot write " + index + ": " + e.getMessage());
    }
  }

  /** The report's file name: the input's name with the format's extension, unique in the directory. */
  private String name(String file) {
    String base = Path.of(file).getFileName().toString().replaceFirst("\\.[^.]*$", "");
    String ext = xlsx ? ".xlsx" : ".html";
    String name = base + ext;
    for (int n = 2; !names.add(name) || name.equals("index.html"); n++) {
      name = base + "-" + n + ext;
    }
    return name;
  }
}
