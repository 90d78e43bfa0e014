package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.Validator;
import org.yusuan.budget.validation.rules.Validators;

/** Generated budgets are consistent: the standard validator reports only INFO findings on them. */
class ConsistentBudgetProperties {
  static final Validator<DepartmentBudget> STANDARD = Validators.standard(Editions.embedded(2025));

  static List<Finding> problems(DepartmentBudget b) {
    return STANDARD.validate(b).findings().stream().filter(f -> f.severity() != Severity.INFO)
        .collect(Collectors.toList());
  }

  @Property(tries = 200)
  void noErrorNoWarning(@ForAll("budgets") DepartmentBudget budget) {
    assertThat(problems(budget)).isEmpty();
  }

  @Property(tries = 100)
  void noErrorNoWarningWithEveryFeature(@ForAll("full") DepartmentBudget budget) {
    assertThat(problems(budget)).isEmpty();
  }

  @Property(tries = 100)
  void infoFindingsAreRoundingOrNotes(@ForAll("full") DepartmentBudget budget) {
    assertThat(STANDARD.validate(budget).findings())
        .allMatch(f -> f.kind() == FindingKind.ROUNDING || f.kind() == FindingKind.NOTE, "ROUNDING or NOTE");
  }

  /** 财政专户管理资金 and 单位资金 on projects: 表一 counts them, 表四 does not (X5 takes them out). */
  @Property(tries = 100)
  void noErrorWithNonFiscalFunds(@ForAll("nonFiscal") DepartmentBudget budget) {
    assertThat(STANDARD.validate(budget).findings(Severity.ERROR)).isEmpty();
  }

  /** The narrative states 政府购买服务 equal to 政府采购 服务: S8 applies and notes nothing. */
  @Property(tries = 50)
  void purchasedServicesAsProcured(@ForAll("budgets") DepartmentBudget budget) {
    var report = STANDARD.validate(budget);
    assertThat(report.findingsOf("S8")).isEmpty();
    assertThat(budget.claims()).anyMatch(c -> c.subject() == org.yusuan.budget.narrative.ClaimSubject.PURCHASED_SERVICES);
  }

  @Provide
  Arbitrary<DepartmentBudget> nonFiscal() {
    return BudgetArbitraries.budgets().withNonFiscalFunds().withUnits(1, 3);
  }

  @Provide
  Arbitrary<DepartmentBudget> budgets() {
    return BudgetArbitraries.budgets();
  }

  @Provide
  Arbitrary<DepartmentBudget> full() {
    return BudgetArbitraries.budgets().withEveryFeature().withUnits(1, 3).withProjectsPerUnit(1, 3);
  }
}
