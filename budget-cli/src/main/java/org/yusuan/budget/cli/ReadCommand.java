package org.yusuan.budget.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.json.BudgetJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code budget read FILE [-o OUT.json]}: the model read from FILE, as JSON. */
@Command(name = "read", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    synopsisHeading = "usage: ", descriptionHeading = "%n",
    description = {"Reads one document (a text, UTF-8 or GB18030/GBK, or a PDF; - for standard input)"
        + " and writes the department budget read from it as JSON (format " + BudgetJson.FORMAT + ")."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:read and written", "2:wrong arguments, or FILE cannot be read"})
final class ReadCommand implements Callable<Integer> {
  private final Streams streams;

  @Parameters(paramLabel = "FILE", arity = "1", description = "the document (- for stdin)")
  String file;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.json",
      description = "write the model to OUT.json instead of standard output")
  Path output;

  @Option(names = {"-t", "--template"}, paramLabel = "NAME|FILE",
      description = "the template FILE follows; detected when absent")
  String template;

  ReadCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws UsageException {
    if (Files.isDirectory(Path.of(file))) {
      throw new UsageException("cannot read " + file + ": a directory, not a file (read takes one FILE)");
    }
    List<Documents.Document> docs = Documents.expand(List.of(file));
    Documents.Document doc = docs.get(0);
    if (docs.size() != 1) {
      throw new UsageException("read takes one FILE; " + file + " names " + docs.size() + " documents");
    }
    Disclosure d = Inputs.read(Inputs.bytes(doc, streams.in()), doc.name(),
        Inputs.template(Optional.ofNullable(template)), Optional.empty());
    if (output != null) {
      try {
        BudgetJson.write(d.budget(), output);
      } catch (IOException e) {
        throw new UsageException("cannot write " + output + ": " + e.getMessage());
      }
    } else {
      streams.out().print(BudgetJson.write(d.budget()));
    }
    return BudgetCli.OK;
  }
}
