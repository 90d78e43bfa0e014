package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;
import org.yusuan.budget.validation.rules.Validators;

/**
 * For every rule with a mutator: a generated consistent budget has no ERROR; after the mutation the
 * standard validator reports that rule at the mutated cell.
 */
class MutatorProperties {
  static final Validator<DepartmentBudget> STANDARD = Validators.standard(Editions.embedded(2025));

  /**
   * Rules the budget may lack data for (a 行政运行 row, the 养老保险 款, several units; N20: a 类 the
   * embedded edition also knows by a former name, which only 210 卫生健康支出 is).
   */
  static final Set<String> CONDITIONAL = Set.of("S2", "S3", "S7", "N20");

  /**
   * The rules of a 决算's narrative (J21–J35): generated budgets are 预算s until the 决算 generator is
   * wired in, so their mutators are checked on a hand-built 决算 by FinalNarrativeMutatorsTest.
   */
  static final Set<String> FINAL_NARRATIVE = Set.of("J21", "J22", "J23", "J24", "J25", "J26", "J27", "J28",
      "J29", "J30", "J31", "J32", "J33", "J34", "J35");

  /** Rules of the standard set without a mutator, each with the reason in the README (none since T9.1 and S8). */
  static final Set<String> WITHOUT_MUTATOR = Set.of();

  @Property(tries = 40)
  void everyMutationIsReportedAtTheMutatedCell(@ForAll("full") DepartmentBudget budget) {
    assertThat(STANDARD.validate(budget).findings(Severity.ERROR)).isEmpty();
    List<String> failures = new ArrayList<>();
    for (String rule : STANDARD.ruleIds()) {
      if (STANDARD.rule(rule).orElseThrow().descriptor().family() == RuleFamily.FINAL_ACCOUNTS) {
        continue; // a 决算 rule has no data in a 预算: FinalAccountsProperties mutates generated 决算
      }
      Optional<Mutation> m = Mutators.mutate(budget, STANDARD.rule(rule).orElseThrow());
      if (m.isEmpty()) {
        if (!CONDITIONAL.contains(rule) && !FINAL_NARRATIVE.contains(rule)) {
          failures.add(rule + ": no mutation");
        }
        continue;
      }
      ValidationReport report = STANDARD.validate(m.get().budget());
      boolean info = STANDARD.severity(rule).orElseThrow() == Severity.INFO;
      boolean found = false;
      for (Finding f : report.findingsOf(rule)) {
        boolean counts = info ? f.kind() != FindingKind.ROUNDING : f.severity() != Severity.INFO;
        found |= counts && m.get().isReportedBy(f);
      }
      if (!found) {
        failures.add(m.get() + " → " + report.findingsOf(rule));
      }
    }
    assertThat(failures).isEmpty();
  }

  @Property(tries = 20)
  void conditionalMutatorsApplyWhenTheBudgetHasTheirData(@ForAll("wide") DepartmentBudget budget) {
    for (String rule : CONDITIONAL) {
      Mutators.mutate(budget, rule).ifPresent(m -> assertThat(STANDARD.validate(m.budget()).findingsOf(rule))
          .as("%s", m).anyMatch(f -> f.kind() != FindingKind.ROUNDING && m.isReportedBy(f)));
    }
  }

  /** Keyed by rule: every standard rule's class has a mutator, and the id look-up agrees with it. */
  @Test
  void everyRuleThatDataCanBreakHasAMutator() {
    Set<String> missing = new TreeSet<>();
    for (String id : STANDARD.ruleIds()) {
      if (!Mutators.rules().contains(STANDARD.rule(id).orElseThrow().getClass())) {
        missing.add(id);
      }
    }
    assertThat(missing).containsExactlyInAnyOrderElementsOf(WITHOUT_MUTATOR);
    assertThat(Mutators.ruleIds()).containsExactlyInAnyOrderElementsOf(STANDARD.ruleIds());
  }

  @Provide
  Arbitrary<DepartmentBudget> full() {
    return BudgetArbitraries.budgets().withEveryFeature();
  }

  @Provide
  Arbitrary<DepartmentBudget> wide() {
    return BudgetArbitraries.budgets().withEveryFeature().withUnits(2, 3);
  }
}
