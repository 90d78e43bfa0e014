package org.yusuan.budget.validation.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yusuan.budget.validation.pairing.FinalAccountsFixture.budget;
import static org.yusuan.budget.validation.pairing.FinalAccountsFixture.builder;
import static org.yusuan.budget.validation.pairing.FinalAccountsFixture.finalAccounts;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Outcome;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;

/** The pairing API: the consistent pair passes every rule; the two identity rules JB1, JB2. */
class BudgetPairingTest {
  static ValidationReport check(DepartmentBudget finalAccounts) {
    return BudgetPairing.check(budget(), finalAccounts);
  }

  static Finding only(ValidationReport r, String rule) {
    List<Finding> f = r.findingsOf(rule);
    assertThat(f).as("findings of %s: %s", rule, f).hasSize(1);
    return f.get(0);
  }

  @Test
  void theConsistentPairPassesEveryRule() {
    ValidationReport r = check(finalAccounts());
    assertThat(r.findings()).isEmpty();
    for (String id : List.of("JB1", "JB2", "JB3", "JB4", "JB5", "JB6", "JB7")) {
      assertThat(r.outcome(id)).as(id).contains(Outcome.PASS);
    }
    assertThat(BudgetPairing.catalog().rules()).allSatisfy(d -> assertThat(d.family()).isEqualTo(RuleFamily.FINAL_ACCOUNTS));
    assertThat(BudgetPairing.catalog().rules()).extracting(d -> d.id())
        .containsExactly("JB1", "JB2", "JB3", "JB4", "JB5", "JB6", "JB7");
  }

  @Test
  void theKindsAreChecked() {
    assertThatThrownBy(() -> BudgetPairing.check(finalAccounts(), finalAccounts()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a 部门决算, not a 部门预算");
    assertThatThrownBy(() -> BudgetPairing.check(budget(), budget()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a 部门预算, not a 部门决算");
  }

  @Test
  void jb1AcceptsTheDepartmentItself() {
    ValidationReport r = check(builder().departmentName("泽州县自然资源局（本级）").build());
    assertThat(r.outcome("JB1")).contains(Outcome.PASS);
    assertThat(r.findingsOf("JB1")).isEmpty();
    assertThat(SameDepartment.sameName("泽州县 自然资源局", "泽州县自然资源局(本级)")).isTrue();
  }

  @Test
  void jb1NamesBothDepartments() {
    ValidationReport r = check(builder().departmentName("泽州县财政局").build());
    assertThat(r.outcome("JB1")).contains(Outcome.FAIL);
    Finding f = only(r, "JB1");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.kind()).isEqualTo(FindingKind.MISMATCH);
    assertThat(f.location().table()).isEmpty();
    assertThat(f.message(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("预算与决算同一部门：预算是「泽州县自然资源局」的，决算是「泽州县财政局」的，不是同一部门");
    assertThat(f.message(Locale.ENGLISH)).contains("\"泽州县自然资源局\"", "\"泽州县财政局\"");
    assertThat(r.hasUnacknowledgedErrors()).isTrue();
  }

  @Test
  void jb1AcceptsTheSameDepartmentCode() {
    ValidationReport r = check(builder().departmentName("泽州县自然资源管理局").departmentCode("080").build());
    assertThat(r.outcome("JB1")).contains(Outcome.PASS);
  }

  @Test
  void jb2OtherYearAndNoAmountIsCompared() {
    // The 2024 决算 with a wrong 三公 预算数: not compared, since the 预算 given is of 2025.
    ValidationReport r = check(builder().budgetYear(2024)
        .threePublicTables(List.of(FinalAccountsFixture.f7(
            FinalAccountsFixture.threePublic("", "0.95", "", "", "", "85.07"))))
        .build());
    assertThat(r.outcome("JB2")).contains(Outcome.FAIL);
    Finding f = only(r, "JB2");
    assertThat(f.message(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("预算与决算同一年度：2024年度决算应与2024年预算对照，所给预算是2025年的；金额不作对照");
    for (String id : List.of("JB3", "JB4", "JB5", "JB6", "JB7")) {
      assertThat(r.outcome(id)).as(id).contains(Outcome.NOT_APPLICABLE);
      assertThat(r.findingsOf(id)).as(id).isEmpty();
    }
    assertThat(r.outcomes().stream().filter(o -> o.rule().equals("JB3")).findFirst().orElseThrow().note())
        .contains("预算 of 2025, 决算 of 2024: different years (JB2)");
  }
}
