package org.yusuan.budget.validation.rules.narrative;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimStatement;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.narrative.PriorYearBasis;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/**
 * N18 — 说明 年度与口径用语: the years a statement prints are the budget year for its amounts ({@code
 * 2024年预算安排}) and the year before for what it compares with ({@code 2023年当年预算执行数}, {@code
 * 比2023年预算执行数减少}); a change compares with a prior-year figure of the kind (预算数 / 执行数) the
 * statement gives. A wrong year is a leftover of another year's text (a WARNING: the figures may
 * still be right).
 */
public final class ComparisonYears extends BudgetRule {
  /**
   * Rule {@code N18}, 说明 年度与口径用语. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ComparisonYears RULE = new ComparisonYears();

  private static final Set<ClaimMeasure> THIS_YEAR =
      EnumSet.of(ClaimMeasure.AMOUNT, ClaimMeasure.RESTATED_AMOUNT);
  private static final Messages WRONG_YEAR = Messages.named("N18.WRONG_YEAR");
  private static final Messages OTHER_BASIS = Messages.named("N18.OTHER_BASIS");

  private ComparisonYears() {
    super(RuleDescriptor.builder().id("N18").family(RuleFamily.NARRATIVE).severity(Severity.WARNING)
            .titleZh("说明 年度与口径用语").titleEn("Narrative year and basis words")
            .statement("A year printed with the budget year's amount or its restatement is the budget year Y;"
                + " with a prior-year amount, a change or a growth rate it is Y − 1. A change compares with a"
                + " prior-year figure of the basis (预算数 / 执行数) the statement states, when it states one.")
            .build(),
        NarrativeInputs.claims(), NarrativeInputs.anyClaim("years printed with the figures (YYYY年…)",
            "no year printed with a figure", c -> c.year().isPresent()));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    int budgetYear = b.budgetYear();
    for (NarrativeClaim c : b.claims()) {
      if (c.year().isEmpty()) {
        continue;
      }
      int expected = THIS_YEAR.contains(c.measure()) ? budgetYear : budgetYear - 1;
      int printed = c.year().get();
      if (printed != expected) {
        Location loc = ClaimSupport.at(c);
        ctx.report(ctx.finding(FindingKind.MISMATCH, WRONG_YEAR, ctx.descriptor().title(),
                MessageArg.location(loc), MessageArg.text(Integer.toString(printed)),
                MessageArg.text(Integer.toString(budgetYear)), MessageArg.text(Integer.toString(expected)),
                ClaimChecks.source(c))
            .location(loc).actual(Quantity.text(printed + "年")).expected(Quantity.text(expected + "年")));
      }
    }
    for (ClaimStatement s : Statements.of(b)) {
      for (int i = 0; i < s.size(); i++) {
        NarrativeClaim c = s.get(i);
        boolean change = c.measure() == ClaimMeasure.CHANGE || c.measure() == ClaimMeasure.GROWTH_RATE;
        if (!change || c.basis().isEmpty()) {
          continue;
        }
        Optional<PriorYearBasis> stated = statedBasis(s);
        if (stated.isPresent() && stated.get() != c.basis().get() && s.prior(c.basis()).isEmpty()) {
          Location loc = ClaimSupport.at(c);
          ctx.report(ctx.finding(FindingKind.MISMATCH, OTHER_BASIS, ctx.descriptor().title(),
                  MessageArg.location(loc), MessageArg.text(c.basis().get().chineseName()),
                  MessageArg.text(stated.get().chineseName()), ClaimChecks.source(c))
              .location(loc).actual(Quantity.text(c.basis().get().chineseName()))
              .expected(Quantity.text(stated.get().chineseName())));
        }
      }
    }
  }

  /** The basis of the statement's first prior-year amount that says one. */
  private static Optional<PriorYearBasis> statedBasis(ClaimStatement s) {
    for (int i = 0; i < s.size(); i++) {
      NarrativeClaim c = s.get(i);
      if (c.measure() == ClaimMeasure.PRIOR_AMOUNT && c.basis().isPresent()) {
        return c.basis();
      }
    }
    return Optional.empty();
  }
}
