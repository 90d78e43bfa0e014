package org.yusuan.budget.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.performance.ImmutableFundingBlock;
import org.yusuan.budget.performance.PrintedAmount;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;

/**
 * A sheet whose name differs from its project's by a budget code before it and a suffix (the
 * central template's {@code 236-…}) and whose amount differs too is paired by the core of its name
 * (docs/domain/performance-sheets.md §6.2): the difference is one P3 finding and a P5 note, not a P4
 * missing sheet plus an extra one.
 */
class CorePairingRulesTest {
  static final DepartmentBudget CLEAN = NewRuleCases.CLEAN.apply(StandardRulesTest.BASE);
  static final String PROJECT = "国土实景三维建模工作经费"; // 244.00 万元 in 表十二

  @Test
  void anAmountDifferenceOfACorePairIsP3NotAMissingAndAnExtraSheet() {
    String name = "236-国土实景三维建模工作";
    ValidationReport r = MatchByAmountTest.V.validate(NewRuleCases.sheet(PROJECT, s -> s
        .withProjectName(name)
        .withAnnualFunding(ImmutableFundingBlock.copyOf(NewRuleCases.block("年度资金总额", "2430000"))
            .withTotal(PrintedAmount.parse("2430000", MoneyUnit.YUAN)))
        .withImplementationFunding(NewRuleCases.block("实施期资金总额", "2430000"))).apply(CLEAN));

    assertThat(r.findingsOf("P4")).isEmpty();
    Finding p3 = r.findingsOf("P3").get(0);
    assertThat(r.findingsOf("P3")).hasSize(1);
    assertThat(p3.kind()).isEqualTo(FindingKind.MISMATCH);
    assertThat(p3.severity()).isEqualTo(Severity.ERROR);
    assertThat(p3.location().row()).hasValue(name);
    assertThat(p3.actual()).contains(Quantity.of(WanYuan.parse("243.00")));
    assertThat(p3.expected()).contains(Quantity.of(WanYuan.parse("244.00")));
    Finding p5 = r.findingsOf("P5").get(0);
    assertThat(r.findingsOf("P5")).hasSize(1);
    assertThat(p5.expected().get().toString()).isEqualTo(PROJECT);
    assertThat(p5.message(Locale.ENGLISH)).contains("once codes, department prefixes and 费用/经费/项目 "
        + "suffixes are set aside, uniquely");
  }
}
