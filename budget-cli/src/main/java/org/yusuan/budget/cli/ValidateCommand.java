package org.yusuan.budget.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.validation.Acknowledgements;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationOptions;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.rules.Validators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code budget validate FILE…}: reads each document, validates it with the standard rules and the
 * catalog of its year, and writes the report in the chosen {@link ReportFormat}: the reader's account
 * and the findings. A document that cannot be read is reported on stderr (and kept in a JSON report
 * with its error) and the others go on; the exit code has a bit for each outcome ({@link
 * BatchSummary#exitCode()}). With {@code --budget}, the one FILE is a 决算 and the pairing rules (JB)
 * check it against the 预算 BUDGET too ({@link Pairing}).
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    synopsisHeading = "usage: ", descriptionHeading = "%n",
    description = {"Checks each document with the standard rules and prints the report.",
        "FILE: a text (UTF-8 or GB18030/GBK), a PDF, or the JSON model (budget read -o x.budget.json),"
            + " told apart by content; - reads standard input; a directory or a glob stands for its"
            + " documents (*.txt, *.pdf, *.budget.json), in path order."},
    exitCodeListHeading = "%nExit codes (bits: one outcome never hides another):%n",
    exitCodeList = {"0:no unacknowledged ERROR, every file read",
        "1:an unacknowledged ERROR in some file (with --budget: or in the pairing)",
        "2:wrong arguments, or some file could not be read", "3:both 1 and 2"})
final class ValidateCommand implements Callable<Integer> {
  private final Streams streams;
  private final Map<Integer, Edition> catalogs = new ConcurrentHashMap<>();

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "documents to check (- for stdin)")
  List<String> files;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "report format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
  ReportFormat format = ReportFormat.TEXT;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "write the report to OUT instead of standard output (html, xlsx with several"
          + " FILEs: a directory, one report per FILE and index.html)")
  Path output;

  @Option(names = {"-l", "--lang"}, paramLabel = "LANG",
      description = "report language: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
  Lang lang = Lang.ZH;

  @Option(names = {"-s", "--min-severity"}, paramLabel = "LEVEL",
      description = "list findings of this severity or worse: ${COMPLETION-CANDIDATES} (default"
          + " ${DEFAULT-VALUE}); the summary counts all")
  Severity minSeverity = Severity.INFO;

  @Option(names = {"-c", "--catalog"}, paramLabel = "FILE", description = "a classification catalog:"
      + " the yusuan edition format or the official two-column 科目编码/科目名称 file (CSV or TSV,"
      + " UTF-8 or GB18030); default: the embedded edition of the budget year")
  Path catalog;

  @Option(names = {"-a", "--acknowledge"}, paramLabel = "FILE", description = "explanations (出错说明)"
      + " by fingerprint: lines FINGERPRINT<TAB>TEXT ('#' comments), or a JSON object")
  Path acknowledge;

  @Option(names = {"-r", "--read-issues"}, paramLabel = "WHICH", description = "list the reader's"
      + " warnings, or all its issues: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
  ReadIssues readIssues = ReadIssues.NONE;

  @Option(names = {"-t", "--template"}, paramLabel = "NAME|FILE", description = "the template the"
      + " documents follow (a built-in name or a .json file; docs/templates.md); detected when absent")
  String template;

  @Option(names = {"-b", "--budget"}, paramLabel = "BUDGET", description = "FILE is a 部门决算: check it"
      + " against BUDGET, the 预算 of the same department and year, too (rules JB)")
  String budget;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "documents checked at once"
      + " (default: the number of processors, ${DEFAULT-VALUE} here); the report's order is the batch's")
  int jobs = Runtime.getRuntime().availableProcessors();

  ValidateCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws UsageException, IOException {
    if (jobs < 1) {
      throw new UsageException("--jobs " + jobs + ": at least 1");
    }
    Optional<TableProfile> profile = Inputs.template(Optional.ofNullable(template));
    Acknowledgements acknowledgements = acknowledge != null ? Inputs.acknowledgements(acknowledge)
        : Acknowledgements.none();
    if (catalog != null && Files.isDirectory(catalog)) {
      throw new UsageException("cannot read catalog " + catalog + ": a directory, not a file");
    }
    List<Documents.Document> documents = Documents.expand(files);
    Optional<Pairing> pairing = Optional.empty();
    if (budget != null) {
      if (documents.size() != 1) {
        throw new UsageException("validate --budget takes one FILE, the 决算 checked against the 预算; "
            + documents.size() + " given");
      }
      pairing = Optional.of(Pairing.read(budget));
    }
    ReportSettings settings = new ReportSettings(lang.locale(), readIssues.least(), minSeverity);
    BatchSummary summary = new BatchSummary();
    try (ReportDestination to = new ReportDestination(Optional.ofNullable(output), documents.size(),
        streams.out())) {
      ReportWriter writer = format.open(to, settings);
      Optional<Pairing> paired = pairing;
      BatchRunner.Progress progress = new BatchRunner.Progress(streams.err(), documents.size(),
          System.console() != null);
      try {
        BatchRunner.run(documents, jobs, doc -> {
          try {
            return FileReport.checked(doc.name(), check(doc, profile, acknowledgements, paired));
          } catch (UsageException e) {
            return FileReport.unreadable(doc.name(), e.getMessage());
          }
        }, progress, report -> {
          summary.add(report);
          try {
            writer.add(report);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause(); // the report could not be written
      }
      writer.finish(summary);
    }
    return summary.exitCode();
  }

  private FileReport.Checked check(Documents.Document doc, Optional<TableProfile> profile,
      Acknowledgements acknowledgements, Optional<Pairing> pairing) throws UsageException {
    String name = doc.name();
    byte[] content = Inputs.bytes(doc, streams.in());
    Disclosure d = Inputs.read(content, name, profile, Optional.empty());
    Edition edition = catalog(d.budget().budgetYear());
    if (catalog != null && !ModelInput.isModel(d)) {
      d = Inputs.read(content, name, profile, Optional.of(edition)); // names from the user's catalog
    }
    if (pairing.isPresent()) {
      Pairing.requireFinalAccounts(name, d.budget());
    }
    ValidationOptions options = ValidationOptions.builder().acknowledgements(acknowledgements)
        .subject(name).build();
    ValidationReport report = Validators.standard(edition).validate(d.budget(), options);
    Optional<FileReport.Paired> paired = pairing.isPresent()
        ? Optional.of(new FileReport.Paired(pairing.get(), pairing.get().check(d, options)))
        : Optional.empty();
    return new FileReport.Checked(d, edition, report, paired);
  }

  /** The catalog edition of {@code year}, loaded once (documents of a batch are checked in parallel). */
  private Edition catalog(int year) throws UsageException {
    Edition e = catalogs.get(year);
    if (e == null) {
      e = catalog != null ? Catalogs.load(catalog, year) : Editions.nearestEmbedded(year);
      Edition raced = catalogs.putIfAbsent(year, e);
      e = raced != null ? raced : e;
    }
    return e;
  }
}
