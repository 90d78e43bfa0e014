package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Outcome;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;
import org.yusuan.budget.validation.rules.Validators;

/**
 * Generated 部门决算 (tables, and the narrative they give) are consistent: every J rule passes and no rule
 * reports an error; each J mutator breaks its rule at the mutated cell and no rule beyond those that
 * compare the same cell ({@link #ALSO}).
 */
class FinalAccountsProperties {
  static final Validator<DepartmentBudget> STANDARD = Validators.standard(Editions.embedded(2025));

  /**
   * The rules a mutation may break beside its own, because they compare the very cell changed: J1's F1
   * income line is the one J14 compares with F2's column, J2's F1 类 line the one J15 compares with F3;
   * and the narrative (J21–J35) restates table cells, so a table cell changed under it contradicts the
   * sentence that quotes it (J11/J17 an item of F5: J26; J15 F1's total: J21; J16 F5's total: J25,
   * J26; J19 F7: J30), as do two sentences on one figure (J28 and J29 on 人员经费, J30 and J27 on 三公).
   */
  static final Map<String, Set<String>> ALSO = Map.of("J1", Set.of("J14"), "J2", Set.of("J15"),
      "J11", Set.of("J26"), "J15", Set.of("J21"), "J16", Set.of("J25", "J26"), "J17", Set.of("J26"),
      "J19", Set.of("J30"), "J28", Set.of("J29"), "J29", Set.of("J28"), "J30", Set.of("J27"));

  static List<String> finalRules() {
    return STANDARD.ruleIds().stream()
        .filter(id -> STANDARD.rule(id).orElseThrow().descriptor().family() == RuleFamily.FINAL_ACCOUNTS).toList();
  }

  @Property(tries = 60)
  void everyFinalAccountsRulePassesOnAConsistentModel(@ForAll("finals") DepartmentBudget budget) {
    ValidationReport r = STANDARD.validate(budget);
    assertThat(r.findings(Severity.ERROR)).isEmpty();
    List<String> rules = finalRules();
    assertThat(rules).hasSizeGreaterThanOrEqualTo(16);
    for (String id : rules) {
      assertThat(r.outcome(id)).as("%s: %s", id, r.findingsOf(id)).contains(Outcome.PASS);
      assertThat(r.findingsOf(id)).as(id).isEmpty();
    }
  }

  @Property(tries = 40)
  void eachMutationFailsExactlyItsRuleAtTheMutatedCell(@ForAll("finals") DepartmentBudget budget) {
    List<String> failures = new ArrayList<>();
    for (String id : finalRules()) {
      Optional<Mutation> m = Mutators.mutate(budget, id);
      if (m.isEmpty()) {
        failures.add(id + ": no mutation");
        continue;
      }
      ValidationReport r = STANDARD.validate(m.get().budget());
      boolean located = false;
      for (Finding f : r.findingsOf(id)) {
        located |= f.severity() != Severity.INFO && m.get().isReportedBy(f);
      }
      if (!located) {
        failures.add(m.get() + " not reported there: " + r.findingsOf(id));
      }
      Set<String> failing = new TreeSet<>();
      for (String other : STANDARD.ruleIds()) {
        if (r.outcome(other).orElse(null) == Outcome.FAIL) {
          failing.add(other);
        }
      }
      Set<String> expected = new TreeSet<>(ALSO.getOrDefault(id, Set.of()));
      expected.add(id);
      if (!failing.contains(id) || !expected.containsAll(failing)) {
        failures.add(m.get() + " fails " + failing + ", expected " + expected + " " + (failing.contains("J17") ? r.findingsOf("J17") : ""));
      }
    }
    assertThat(failures).isEmpty();
  }

  @Provide
  Arbitrary<DepartmentBudget> finals() {
    // the tables (J1–J20) with the narrative the tables give (J21–J35)
    return FinalAccountsArbitraries.finalAccounts(FinalNarrativeClaims::with);
  }
}
