package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.FundSource;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.RevenueRow;
import org.yusuan.budget.table.StateCapitalTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.Severity;

/**
 * {@code withStateCapital()}: the 国有资本经营预算 money is the same figure in every table and claim that
 * carries that fund, and the standard validator finds nothing wrong with it.
 */
class StateCapitalProperties {

  @Property(tries = 100)
  void stateCapitalAgreesAcrossTables(@ForAll("budgets") DepartmentBudget b) {
    SummaryTable t1 = b.summaryTable(TableId.T1).orElseThrow();
    SummaryTable t4 = b.summaryTable(TableId.T4).orElseThrow();
    StateCapitalTable t9 = b.stateCapitalTable(TableId.T9).orElseThrow();
    WanYuan s = t1.income(FundSource.STATE_CAPITAL).orElseThrow().amount().amountOrZero();
    assertThat(s.isPositive()).isTrue();
    assertThat(t9.declaredEmpty()).isFalse();
    assertThat(t4.income(FundSource.STATE_CAPITAL).orElseThrow().amount().amountOrZero()).isEqualTo(s);
    assertThat(t4.cell(t4.currentYearTotal().orElseThrow(), AmountColumn.STATE_CAPITAL).amountOrZero())
        .isEqualTo(s);
    FunctionTable t2 = b.functionTable(TableId.T2).orElseThrow();
    assertThat(t2.cell(t2.total().orElseThrow(), AmountColumn.STATE_CAPITAL).amountOrZero()).isEqualTo(s);
    ProjectTable t12 = b.projectTable(TableId.T12).orElseThrow();
    assertThat(t12.cell(t12.total().orElseThrow(), AmountColumn.STATE_CAPITAL).amountOrZero()).isEqualTo(s);
    // 表九: 收入 103 > 10306, 支出 on 223 (the embedded edition lists no 款 under it), all 项目支出.
    assertThat(t9.revenueRows().stream().map(RevenueRow::printedCode).collect(Collectors.toList()))
        .containsExactly("103", "10306");
    assertThat(t9.revenueTotal().orElseThrow().cells().get(0).amountOrZero()).isEqualTo(s);
    assertThat(t9.expenditureRows().stream().map(FunctionRow::printedCode).collect(Collectors.toList()))
        .containsExactly("223");
    assertThat(t9.cell(t9.expenditureTotal().orElseThrow(), AmountColumn.TOTAL).amountOrZero()).isEqualTo(s);
    assertThat(t9.cell(t9.expenditureTotal().orElseThrow(), AmountColumn.PROJECT).amountOrZero()).isEqualTo(s);
    assertThat(t9.cell(t9.expenditureTotal().orElseThrow(), AmountColumn.BASIC).isEmpty()).isTrue();
    assertThat(claim(b, ClaimSubject.REVENUE_STATE_CAPITAL)).isEqualTo(s);
    assertThat(claim(b, ClaimSubject.FISCAL_STATE_CAPITAL)).isEqualTo(s);
    assertThat(MutatorProperties.STANDARD.validate(b).findings().stream()
        .filter(f -> f.severity() != Severity.INFO).collect(Collectors.toList())).isEmpty();
  }

  @Property(tries = 30)
  void theT9MutationIsReportedAtTheMutatedCell(@ForAll("budgets") DepartmentBudget b) {
    Mutation m = Mutators.mutate(b, "T9.1").orElseThrow();
    assertThat(m.location().table()).contains("T9");
    assertThat(m.location().row()).contains("223");
    assertThat(MutatorProperties.STANDARD.validate(m.budget()).findingsOf("T9.1"))
        .anyMatch(f -> f.severity() == Severity.ERROR && m.isReportedBy(f));
  }

  @Test
  void plainBudgetsHaveNoStateCapital() {
    BudgetArbitraries.budgets().sampleStream().limit(20).forEach(b -> {
      assertThat(b.stateCapitalTable(TableId.T9).orElseThrow().declaredEmpty()).isTrue();
      assertThat(Mutators.mutate(b, "T9.1")).isEmpty();
    });
  }

  static WanYuan claim(DepartmentBudget b, ClaimSubject subject) {
    List<NarrativeClaim> found = b.claims().stream()
        .filter(c -> c.subject() == subject && c.measure() == ClaimMeasure.AMOUNT).collect(Collectors.toList());
    assertThat(found).as("%s claims", subject).hasSize(1);
    return found.get(0).amount().orElseThrow();
  }

  @Provide
  Arbitrary<DepartmentBudget> budgets() {
    return BudgetArbitraries.budgets().withStateCapital().withUnits(1, 3);
  }
}
