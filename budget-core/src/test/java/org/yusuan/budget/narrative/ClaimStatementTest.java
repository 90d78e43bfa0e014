package org.yusuan.budget.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.money.WanYuan;

/** Where {@link ClaimsBySubject#statements()} cuts the claims, and what one statement answers. */
class ClaimStatementTest {
  private static NarrativeClaim amount(ClaimSubject s, ClaimMeasure m, String wan) {
    return NarrativeClaim.ofAmount(s, m, WanYuan.parse(wan), "…" + wan + "万元");
  }

  private static NarrativeClaim prior(String wan, PriorYearBasis basis) {
    return ImmutableNarrativeClaim.copyOf(amount(ClaimSubject.BASIC_EXPENDITURE, ClaimMeasure.PRIOR_AMOUNT, wan))
        .withBasis(basis);
  }

  private static final NarrativeClaim A1 = amount(ClaimSubject.BASIC_EXPENDITURE, ClaimMeasure.AMOUNT, "1.00");
  private static final NarrativeClaim P1 = prior("0.80", PriorYearBasis.EXECUTION);
  private static final NarrativeClaim P2 = prior("0.90", PriorYearBasis.BUDGET);
  private static final NarrativeClaim C1 = amount(ClaimSubject.BASIC_EXPENDITURE, ClaimMeasure.CHANGE, "0.20");
  /** A second amount begins a new statement. */
  private static final NarrativeClaim A2 = amount(ClaimSubject.BASIC_EXPENDITURE, ClaimMeasure.AMOUNT, "2.00");
  /** Another qualifier begins a new statement. */
  private static final NarrativeClaim Q1 = ImmutableNarrativeClaim.copyOf(
      amount(ClaimSubject.BASIC_EXPENDITURE, ClaimMeasure.RESTATED_AMOUNT, "2.50")).withQualifier("工资福利支出");
  private static final NarrativeClaim U1 = amount(ClaimSubject.PROJECT_EXPENDITURE, ClaimMeasure.AMOUNT, "3.00");

  @Test
  void statementsAreRunsOfOneQualifierWithOneAmount() {
    // printed order mixes the subjects; statements are subject by subject in ClaimSubject order
    ClaimsBySubject c = ClaimsBySubject.of(List.of(A1, U1, P1, P2, C1, A2, Q1));
    List<List<NarrativeClaim>> runs = new ArrayList<>();
    for (ClaimStatement s : c.statements()) {
      List<NarrativeClaim> run = new ArrayList<>();
      for (int i = 0; i < s.size(); i++) {
        run.add(s.get(i));
      }
      runs.add(run);
    }
    List<List<NarrativeClaim>> expected = ClaimSubject.BASIC_EXPENDITURE.ordinal()
        < ClaimSubject.PROJECT_EXPENDITURE.ordinal()
        ? List.of(List.of(A1, P1, P2, C1), List.of(A2), List.of(Q1), List.of(U1))
        : List.of(List.of(U1), List.of(A1, P1, P2, C1), List.of(A2), List.of(Q1));
    assertThat(runs).isEqualTo(expected);
    assertThat(c.statements()).isSameAs(c.statements());
    assertThat(ClaimsBySubject.of(List.of()).statements()).isEmpty();
  }

  @Test
  void aStatementAnswersItsAmountsAndPriorAmounts() {
    ClaimStatement s = ClaimsBySubject.of(List.of(A1, P1, P2, C1, A2, Q1)).statements().get(0);
    assertThat(s.first(ClaimMeasure.CHANGE)).containsSame(C1);
    assertThat(s.first(ClaimMeasure.SHARE)).isEmpty();
    assertThat(s.current()).containsSame(A1);
    assertThat(s.prior(Optional.of(PriorYearBasis.BUDGET))).containsSame(P2);
    assertThat(s.prior(Optional.empty())).containsSame(P1); // the change says no basis: the first
    ClaimStatement restated = ClaimsBySubject.of(List.of(A1, P1, P2, C1, A2, Q1)).statements().get(2);
    assertThat(restated.current()).containsSame(Q1);
    assertThat(restated.prior(Optional.of(PriorYearBasis.BUDGET))).isEmpty();
    assertThatThrownBy(() -> s.get(4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> s.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
