package org.yusuan.budget.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yusuan.budget.performance.ImmutableFundingBlock;
import org.yusuan.budget.performance.PrintedAmount;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;

/**
 * A sheet whose name was cut short and altered before the cut (001 {@code 兴县2025年度} for
 * {@code 兴县2022年度国土变更调查}) is matched by its amount (docs/domain/performance-sheets.md §6: money beats
 * spelling): P5 notes it, P4 stays quiet; without the amount or the shared beginning it stays
 * unmatched.
 */
class MatchByAmountTest {
  static final Validator<DepartmentBudget> V = Validators.standard();
  static final DepartmentBudget CLEAN = NewRuleCases.CLEAN.apply(StandardRulesTest.BASE);
  static final String PROJECT = "国土实景三维建模工作经费"; // 244.00 万元 in 表十二, the only project of that amount

  static ValidationReport renamed(String name) {
    return V.validate(NewRuleCases.sheet(PROJECT, s -> s.withProjectName(name)).apply(CLEAN));
  }

  @Test
  void aCutAndAlteredNameIsMatchedByItsAmount() {
    ValidationReport r = renamed("国土实景2024");

    assertThat(r.findingsOf("P4")).isEmpty();
    Finding f = r.findingsOf("P5").get(0);
    assertThat(r.findingsOf("P5")).hasSize(1);
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.location().row()).hasValue("国土实景2024");
    assertThat(f.actual().get().toString()).isEqualTo("国土实景2024");
    assertThat(f.expected().get().toString()).isEqualTo(PROJECT);
    assertThat(f.message(java.util.Locale.ENGLISH)).contains("only the beginnings agree; matched by amount");
    assertThat(r.findingsOf("P3")).isEmpty(); // the matched project's amount is compared, and equal
  }

  @Test
  void anotherBeginningStaysUnmatched() {
    ValidationReport r = renamed("实景三维2024");

    assertThat(r.findingsOf("P5")).isEmpty();
    assertThat(r.findingsOf("P4")).extracting(f -> f.location().row().get())
        .containsExactlyInAnyOrder(PROJECT, "实景三维2024");
  }

  @Test
  void anotherAmountStaysUnmatched() {
    ValidationReport r = V.validate(NewRuleCases.sheet(PROJECT, s -> s.withProjectName("国土实景2024")
        .withAnnualFunding(ImmutableFundingBlock.copyOf(NewRuleCases.block("年度资金总额", "2430000"))
            .withTotal(PrintedAmount.parse("2430000", MoneyUnit.YUAN)))
        .withImplementationFunding(NewRuleCases.block("实施期资金总额", "2430000"))).apply(CLEAN));

    assertThat(r.findingsOf("P5")).isEmpty();
    assertThat(r.findingsOf("P4")).extracting(f -> f.location().row().get())
        .containsExactlyInAnyOrder(PROJECT, "国土实景2024");
  }

  @Test
  void aLongerNameIsNoCutOffCell() {
    ValidationReport r = renamed("国土实景三维建模与测绘工作经费补助");

    assertThat(r.findingsOf("P5")).isEmpty();
    assertThat(r.findingsOf("P4")).hasSize(2);
  }
}
