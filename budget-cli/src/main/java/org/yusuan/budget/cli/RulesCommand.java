package org.yusuan.budget.cli;

import java.io.PrintStream;
import java.util.List;
import org.yusuan.budget.validation.pairing.BudgetPairing;
import java.util.concurrent.Callable;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.rules.Validators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code budget rules [--lang zh|en]}: the standard rule catalog, then the pairing rules (JB, {@code
 * validate FINAL --budget BUDGET}), one rule a line.
 */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    synopsisHeading = "usage: ", descriptionHeading = "%n",
    description = {"The rule catalog, one rule a line: id, severity, title, the class of the rule,"
        + " its declared inputs (tab-separated); then the pairing rules (JB)."})
final class RulesCommand implements Callable<Integer> {
  private final PrintStream out;

  @Option(names = {"-l", "--lang"}, paramLabel = "LANG",
      description = "titles in ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
  Lang lang = Lang.ZH;

  RulesCommand(Streams streams) {
    this.out = streams.out();
  }

  @Override
  public Integer call() {
    boolean zh = lang == Lang.ZH;
    List<RuleDescriptor> rules = new java.util.ArrayList<>(
        Validators.standard(Editions.nearestEmbedded(0)).catalog().rules());
    // The pairing rules run when a 决算 is validated with its 预算 (validate FINAL --budget BUDGET).
    rules.addAll(BudgetPairing.catalog().rules());
    for (RuleDescriptor r : rules) {
      // id, severity, title, the class that implements the rule, what it reads (its declared inputs)
      out.println(r.id() + "\t" + r.severity().name() + "\t" + (zh ? r.titleZh() : r.titleEn())
          + "\t" + r.implementation().orElse("-")
          + "\t" + (r.inputs().isEmpty() ? (zh ? "全文" : "the whole document") : String.join("; ", r.inputs())));
    }
    out.println(rules.size() + (zh ? " 条规则" : " rules"));
    return BudgetCli.OK;
  }
}
