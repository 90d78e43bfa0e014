package org.yusuan.budget.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.rules.Validators;

/** {@code budget rules [--lang zh|en]}: the standard rule catalog, one rule a line. */
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
    List<RuleDescriptor> rules = Validators.standard(Editions.nearestEmbedded(0)).catalog().rules();
    for (RuleDescriptor r : rules) {
      out.println(r.id() + "\t" + r.severity().name() + "\t" + (zh ? r.titleZh() : r.titleEn()));
    }
    out.println(rules.size() + (zh ? " 条规则" : " rules"));
    return BudgetCli.OK;
  }
}
