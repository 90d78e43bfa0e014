package org.yusuan.budget.validation.rules.soft;

import java.math.BigDecimal;
import java.util.List;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.validation.Availability;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.RuleInput;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/**
 * S9 — 收入来源占比之和约为 100%: the 占 p% the narrative states of the income sources (说明二) sum to 100
 * within 0.01 per share.
 */
public final class IncomeSharesSumToHundred extends BudgetRule {
  /**
   * Rule {@code S9}, 收入来源占比之和约为 100%. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final IncomeSharesSumToHundred RULE = new IncomeSharesSumToHundred();

  static final Messages SHARES = Messages.named("S9.SHARES");

  private static final ClaimSubject[] SOURCES = {
    ClaimSubject.REVENUE_GENERAL_BUDGET, ClaimSubject.REVENUE_GOVERNMENT_FUND, ClaimSubject.REVENUE_STATE_CAPITAL,
    ClaimSubject.REVENUE_SPECIAL_ACCOUNT, ClaimSubject.REVENUE_UNIT_FUNDS, ClaimSubject.REVENUE_CARRY_OVER
  };

  private static final BigDecimal ONE_HUNDREDTH = new BigDecimal("0.01");

  private IncomeSharesSumToHundred() {
    super(RuleDescriptor.builder().id("S9").family(RuleFamily.SOFT).severity(Severity.WARNING)
            .titleZh("收入来源占比之和约为 100%").titleEn("Income shares sum to about 100%")
            .statement("The 占 p% of the income sources (说明二) sum to 100 within 0.01 × the number of shares.")
            .build(),
        twoShares());
  }

  /** At least two income shares stated: NOT_APPLICABLE {@code "fewer than two income shares stated"}. */
  private static RuleInput<DepartmentBudget> twoShares() {
    Availability fewer = Availability.notApplicable("fewer than two income shares stated");
    return Inputs.input("two or more unqualified 占比 claims of the income sources (说明二)", b -> {
      List<NarrativeClaim> claims = b.claims();
      int n = 0;
      for (int i = 0; i < claims.size() && n < 2; i++) {
        if (isSourceShare(claims.get(i))) {
          n++;
        }
      }
      return n < 2 ? fewer : Availability.AVAILABLE;
    });
  }

  /** Whether {@code c} is an unqualified, printed 占比 of an income source. */
  private static boolean isSourceShare(NarrativeClaim c) {
    if (c.measure() != ClaimMeasure.SHARE || c.qualifier().isPresent() || c.number().isEmpty()) {
      return false;
    }
    for (ClaimSubject s : SOURCES) {
      if (c.subject() == s) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    BigDecimal sum = BigDecimal.ZERO;
    int n = 0;
    NarrativeClaim last = null;
    for (NarrativeClaim c : b.claims()) {
      if (isSourceShare(c)) {
        sum = sum.add(c.number().get());
        n++;
        last = c;
      }
    }
    BigDecimal allowed = ONE_HUNDREDTH.multiply(BigDecimal.valueOf(n));
    if (sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(allowed) > 0) {
      Location at = ClaimSupport.at(last);
      ctx.report(ctx.finding(FindingKind.MISMATCH, SHARES, ctx.descriptor().title(),
              MessageArg.of(Quantity.percent(sum)), MessageArg.of(Quantity.percent(allowed)))
          .location(at).actual(Quantity.percent(sum)).expected(Quantity.percent(new BigDecimal("100")))
          .tolerance(Quantity.percent(allowed)));
    }
  }
}
