package org.yusuan.budget.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;

/** Proof on real data: the complete model of seed 003 against invariants.md §7. */
class Seed003Test {
  static final ValidationReport REPORT = Validators.standard().validate(Seed003Model.budget());

  @Test
  void roundingDifferencesAreInfoExactlyWhereTheCatalogRecordsThem() {
    Set<String> rules = new TreeSet<>();
    for (Finding f : REPORT.findings()) {
      if (f.kind() == FindingKind.ROUNDING) {
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        rules.add(f.rule());
      }
    }
    // invariants.md §7, seed 003: T1.4, T2.2, T2.3, T3.1–T3.3, T4.4, T5.1–T5.3, T6.1, T6.2.
    assertThat(rules).containsExactlyInAnyOrder(
        "T1.4", "T2.2", "T2.3", "T3.1", "T3.2", "T3.3", "T4.4", "T5.1", "T5.2", "T5.3", "T6.1", "T6.2");
  }

  @Test
  void theRealDefectsAreErrorsAndNothingElseIs() {
    Set<String> errorRules = new TreeSet<>();
    for (Finding f : REPORT.findings(Severity.ERROR)) {
      errorRules.add(f.rule());
    }
    // N11 (L469) and N12 (L473–475); P2 needs performance sheets, not yet in the model.
    assertThat(errorRules).containsExactly("N11", "N12");
    assertThat(REPORT.findingsOf("N12")).extracting(f -> f.actual().get().toString())
        .contains("3", "8744.00", "70.71%");
    assertThat(REPORT.findingsOf("N12")).filteredOn(f -> f.actual().get().toString().equals("70.71%"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.expected()).contains(Quantity.percent(new java.math.BigDecimal("100.00")));
          assertThat(f.message(Locale.CHINA)).contains("70.71%").contains("100.00%");
        });
    assertThat(REPORT.findingsOf("N11")).extracting(f -> f.actual().get().toString())
        .contains("9537.02", "306.47", "9230.55");
  }

  @Test
  void unitCountOfTheNarrativeIsAWarning() {
    assertThat(REPORT.findings(Severity.WARNING)).singleElement()
        .satisfies(f -> assertThat(f.rule()).isEqualTo("N11"));
  }
}
