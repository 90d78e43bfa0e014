package org.yusuan.budget.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yusuan.budget.validation.Outcome;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.rules.finals.PutuoFinalAccountsTest;

/** A 预算 prints no F table: every 决算 rule is NOT_APPLICABLE on it, and the seed's outcome is unchanged. */
class FinalRulesOnBudgetsTest {
  @Test
  void everyJRuleIsNotApplicableOnABudget() {
    ValidationReport r = StandardRulesTest.V.validate(Seed003Sheets.budget());
    for (String id : PutuoFinalAccountsTest.J) {
      assertThat(r.outcome(id)).as(id).contains(Outcome.NOT_APPLICABLE);
    }
  }
}
