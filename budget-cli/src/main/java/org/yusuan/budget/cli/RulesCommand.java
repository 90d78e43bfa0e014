package org.yusuan.budget.cli;

import java.io.PrintStream;
import java.util.List;
import org.yusuan.budget.validation.pairing.BudgetPairing;
import java.util.Map;
import java.util.Set;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.rules.Validators;

/**
 * {@code budget rules [--lang zh|en]}: the standard rule catalog, then the pairing rules (JB, {@code
 * validate FINAL --budget BUDGET}), one rule a line.
 */
final class RulesCommand {
  private final PrintStream out;

  RulesCommand(PrintStream out) {
    this.out = out;
  }

  int run(List<String> args) throws UsageException {
    Arguments a = Arguments.parse(args, Set.of("--lang"), Map.of());
    if (!a.operands().isEmpty()) {
      throw new UsageException("rules takes no file");
    }
    boolean zh = a.choice("--lang", "zh", "zh", "en").equals("zh");
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
