package org.yusuan.budget.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.json.BudgetJson;

/** {@code budget read FILE [-o OUT.json]}: the model read from FILE, as JSON. */
final class ReadCommand {
  private final PrintStream out;

  ReadCommand(PrintStream out) {
    this.out = out;
  }

  int run(List<String> args) throws UsageException {
    Arguments a = Arguments.parse(args, Set.of("--output", "--template"), Map.of("-o", "--output"));
    if (a.operands().size() != 1) {
      throw new UsageException("read takes exactly one FILE");
    }
    Disclosure d = Inputs.read(Path.of(a.operands().get(0)),
        Inputs.template(a.option("--template")), Optional.empty());
    Optional<String> output = a.option("--output");
    if (output.isPresent()) {
      try {
        BudgetJson.write(d.budget(), Path.of(output.get()));
      } catch (IOException e) {
        throw new UsageException("cannot write " + output.get() + ": " + e.getMessage());
      }
    } else {
      out.print(BudgetJson.write(d.budget()));
    }
    return BudgetCli.OK;
  }
}
