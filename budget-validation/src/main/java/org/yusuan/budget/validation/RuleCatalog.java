package org.yusuan.budget.validation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * The rule catalog as data (规则目录): the descriptors of a validator's rules, in running order,
 * and their Markdown rendering (the source of {@code docs/rules.md}).
 */
public final class RuleCatalog {
  private final ImmutableList<RuleDescriptor> rules;

  private RuleCatalog(ImmutableList<RuleDescriptor> rules) {
    this.rules = rules;
  }

  /**
   * {@return a catalog of these descriptors}
   *
   * @param rules the descriptors, in running order; copied
   */
  public static RuleCatalog of(List<RuleDescriptor> rules) {
    return new RuleCatalog(ImmutableList.copyOf(rules));
  }

  /** {@return the descriptors, in running order} */
  public List<RuleDescriptor> rules() {
    return rules;
  }

  /**
   * {@return the descriptor with this id, empty when the catalog has none}
   *
   * @param id a rule id, e.g. {@code T2.1}
   */
  public Optional<RuleDescriptor> rule(String id) {
    for (RuleDescriptor d : rules) {
      if (d.id().equals(id)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** {@return the number of rules} */
  public int size() {
    return rules.size();
  }

  /**
   * {@return the catalog as a Markdown document: one table per family with id, severity, tolerance,
   * titles, statement, inputs and implementing class}. Deterministic: the same catalog always gives
   * the same text.
   */
  public String toMarkdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Validation rules (校验规则)\n\n");
    sb.append("<!-- Generated from the rule catalog by RulesDocTest; do not edit by hand.\n");
    sb.append("     Regenerate: mvn -pl budget-validation -am verify -Dyusuan.regenerateDocs=true -->\n\n");
    sb.append(rules.size()).append(" rules. Severity is that of a mismatch; a difference within the ")
        .append("tolerance is always a ROUNDING finding of severity INFO. Tolerance `Σ q/2 (0.005 × (n + 1))` ")
        .append("allows half the printed precision q (the last printed place) of each printed addend and of the ")
        .append("total, as XBRL Calculations 1.1 does: 0.005 万元 per printed addend plus one for the total in ")
        .append("tables printed to 0.01 万元, 0.5 元 in whole-元 tables (docs/domain/invariants.md §1.3).\n");
    for (RuleFamily family : RuleFamily.values()) {
      boolean header = false;
      for (RuleDescriptor d : rules) {
        if (d.family() != family) {
          continue;
        }
        if (!header) {
          sb.append("\n## ").append(family.chineseName()).append(" — ").append(family.englishName())
              .append("\n\n| id | severity | tolerance | 标题 | title | statement | inputs | unit |\n")
              .append("|---|---|---|---|---|---|---|---|\n");
          header = true;
        }
        sb.append("| ").append(d.id())
            .append(" | ").append(d.severity())
            .append(" | ").append(cell(d.tolerance().toString()))
            .append(" | ").append(cell(d.titleZh()))
            .append(" | ").append(cell(d.titleEn()))
            .append(" | ").append(cell(d.statement()))
            .append(" | ").append(cell(d.inputs().isEmpty() ? "the whole document" : String.join("; ", d.inputs())))
            .append(" | ").append(d.implementation().map(RuleCatalog::code).orElse(""))
            .append(" |\n");
      }
    }
    return sb.toString();
  }

  private static String code(String s) {
    return "`" + s + "`";
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  @Override
  public String toString() {
    return "RuleCatalog(" + rules.size() + " rules)";
  }
}
