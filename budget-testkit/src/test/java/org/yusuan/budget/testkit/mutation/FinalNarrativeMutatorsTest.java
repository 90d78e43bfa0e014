package org.yusuan.budget.testkit.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.narrative.FinalAccountsModel;
import org.yusuan.budget.testkit.FinalNarrativeClaims;
import org.yusuan.budget.testkit.Mutation;
import org.yusuan.budget.testkit.Mutators;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Outcome;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;
import org.yusuan.budget.validation.rules.Validators;

/**
 * The 决算 narrative helper and mutators on the hand-built 决算 {@link FinalAccountsModel}: the claims
 * {@link FinalNarrativeClaims} adds pass every J rule of the narrative, and each J21–J35 mutator breaks
 * its rule at the claim it names. No 预算 narrative rule (N) runs on a 决算.
 */
class FinalNarrativeMutatorsTest {
  static final Validator<DepartmentBudget> V = Validators.standard(Editions.embedded(2025));
  static final List<String> RULES = List.of("J21", "J22", "J23", "J24", "J25", "J26", "J27", "J28", "J29",
      "J30", "J31", "J32", "J33", "J34", "J35");

  static DepartmentBudget consistent() {
    return FinalNarrativeClaims.with(FinalAccountsModel.tables());
  }

  @Test
  void theHelpersClaimsPassEveryNarrativeRule() {
    DepartmentBudget b = consistent();
    assertThat(b.claims()).hasSizeGreaterThan(40);
    ValidationReport r = V.validate(b);
    for (String rule : RULES) {
      assertThat(r.outcome(rule)).as("%s: %s", rule, r.findingsOf(rule)).contains(Outcome.PASS);
    }
    for (String id : V.ruleIds()) {
      if (id.startsWith("N")) {
        assertThat(r.outcome(id)).as("%s on a 决算", id).contains(Outcome.NOT_APPLICABLE);
      }
    }
  }

  @Test
  void theHandBuiltNarrativePassesToo() {
    ValidationReport r = V.validate(FinalAccountsModel.budget());
    for (String rule : RULES) {
      assertThat(r.findingsOf(rule)).as(rule).allMatch(f -> f.severity() == Severity.INFO);
    }
  }

  @Test
  void everyMutatorBreaksItsRuleAtTheNamedClaim() {
    DepartmentBudget b = consistent();
    for (String rule : RULES) {
      Optional<Mutation> m = Mutators.mutate(b, V.rule(rule).orElseThrow());
      assertThat(m).as("mutation of %s", rule).isPresent();
      List<Finding> located = V.validate(m.get().budget()).findingsOf(rule).stream()
          .filter(f -> f.kind() != FindingKind.ROUNDING && m.get().isReportedBy(f)).collect(Collectors.toList());
      assertThat(located).as("%s reported at %s", rule, m.get()).isNotEmpty();
    }
  }

  @Test
  void aBudgetGivesNoMutation() {
    DepartmentBudget budget = org.yusuan.budget.table.Seed003Model.budget();
    for (String rule : RULES) {
      assertThat(Mutators.mutate(budget, V.rule(rule).orElseThrow())).as(rule).isEmpty();
    }
  }
}
