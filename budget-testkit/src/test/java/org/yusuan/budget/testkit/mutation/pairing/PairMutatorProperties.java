package org.yusuan.budget.testkit.mutation.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.testkit.BudgetArbitraries;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Outcome;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;
import org.yusuan.budget.validation.pairing.BudgetPair;
import org.yusuan.budget.validation.pairing.BudgetPairing;

/**
 * For a generated 预算 and its 决算 as budgeted: no pairing finding; after each pair mutation, its
 * rule reports it at the mutated place.
 */
class PairMutatorProperties {
  static final Validator<BudgetPair> PAIRING = BudgetPairing.validator();

  /** Mutators that need data a generated budget may lack: none (every generated 预算 prints 表四, 五, 十, 十一). */
  static final Set<String> CONDITIONAL = Set.of();

  @Property(tries = 40)
  void theDerivedPairPassesAndEveryMutationIsReportedWhereMade(@ForAll("full") DepartmentBudget budget) {
    BudgetPair pair = PairMutators.consistentPair(budget);
    ValidationReport clean = PAIRING.validate(pair);
    assertThat(clean.findings()).isEmpty();
    assertThat(clean.outcome("JB3")).contains(Outcome.PASS);
    assertThat(clean.outcome("JB4")).contains(Outcome.PASS);
    List<String> failures = new ArrayList<>();
    for (String rule : PAIRING.ruleIds()) {
      Optional<PairMutation> m = PairMutators.mutate(pair, rule);
      if (m.isEmpty()) {
        if (!CONDITIONAL.contains(rule)) {
          failures.add(rule + ": no mutation");
        }
        continue;
      }
      ValidationReport report = PAIRING.validate(m.get().pair());
      boolean info = PAIRING.severity(rule).orElseThrow() == Severity.INFO;
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

  @Test
  void everyPairingRuleHasAMutator() {
    assertThat(PairMutators.ruleIds()).containsExactlyElementsOf(PAIRING.ruleIds());
  }

  @Provide
  Arbitrary<DepartmentBudget> full() {
    return BudgetArbitraries.budgets().withEveryFeature();
  }
}
