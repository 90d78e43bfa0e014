package org.yusuan.budget.testkit.mutation.narrative;

import static org.yusuan.budget.testkit.mutation.BudgetEdits.claim;

import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.testkit.mutation.MutatorRegistry;
import org.yusuan.budget.validation.rules.narrative.BasicAndProjectExpenditureClaims;
import org.yusuan.budget.validation.rules.narrative.ChangeDirections;
import org.yusuan.budget.validation.rules.narrative.ComparisonYears;
import org.yusuan.budget.validation.rules.narrative.FormerClassNames;
import org.yusuan.budget.validation.rules.narrative.ItemAmounts;
import org.yusuan.budget.validation.rules.narrative.RestatedAmounts;
import org.yusuan.budget.validation.rules.narrative.StatedGrowthRates;
import org.yusuan.budget.validation.rules.narrative.BasicExpenditureItemClaims;
import org.yusuan.budget.validation.rules.narrative.DepartmentTargetFundClaims;
import org.yusuan.budget.validation.rules.narrative.FiscalAppropriationClaims;
import org.yusuan.budget.validation.rules.narrative.GeneralBudgetByClassClaims;
import org.yusuan.budget.validation.rules.narrative.GeneralBudgetExpenditureClaims;
import org.yusuan.budget.validation.rules.narrative.IncomeSourceClaims;
import org.yusuan.budget.validation.rules.narrative.OperatingCostClaims;
import org.yusuan.budget.validation.rules.narrative.OverallTotalsClaims;
import org.yusuan.budget.validation.rules.narrative.ProcurementTotalClaims;
import org.yusuan.budget.validation.rules.narrative.ProjectTargetClaims;
import org.yusuan.budget.validation.rules.narrative.StateAssetClaims;
import org.yusuan.budget.validation.rules.narrative.ThreePublicExpenseClaims;

/**
 * The mutators of the narrative rules (情况说明规则的变异器), N1–N13: each changes the first claim the
 * rule compares (amount + 1.00, percentage + 1, count + 1); N15–N20 add a paragraph of the 编制说明
 * with one figure or word broken ({@link ItemMutators}).
 */
public final class NarrativeMutators {
  private NarrativeMutators() {}

  /**
   * Registers one mutator per narrative rule.
   *
   * @param r the registry the mutators are added to
   */
  public static void register(MutatorRegistry r) {
    r.add(OverallTotalsClaims.RULE,
        b -> claim(b, OverallTotalsClaims.RULE.id(), ClaimSubject.REVENUE_GRAND_TOTAL, ClaimMeasure.AMOUNT));
    r.add(IncomeSourceClaims.RULE,
        b -> claim(b, IncomeSourceClaims.RULE.id(), ClaimSubject.REVENUE_GENERAL_BUDGET, ClaimMeasure.SHARE));
    r.add(BasicAndProjectExpenditureClaims.RULE,
        b -> claim(b, BasicAndProjectExpenditureClaims.RULE.id(), ClaimSubject.BASIC_EXPENDITURE, ClaimMeasure.AMOUNT));
    r.add(FiscalAppropriationClaims.RULE,
        b -> claim(b, FiscalAppropriationClaims.RULE.id(), ClaimSubject.FISCAL_GRAND_TOTAL, ClaimMeasure.AMOUNT));
    r.add(GeneralBudgetExpenditureClaims.RULE, b -> claim(b, GeneralBudgetExpenditureClaims.RULE.id(),
        ClaimSubject.GENERAL_BUDGET_EXPENDITURE, ClaimMeasure.GROWTH_RATE));
    r.add(GeneralBudgetByClassClaims.RULE, b -> claim(b, GeneralBudgetByClassClaims.RULE.id(),
        ClaimSubject.GENERAL_BUDGET_BY_CLASS, ClaimMeasure.AMOUNT));
    r.add(BasicExpenditureItemClaims.RULE,
        b -> claim(b, BasicExpenditureItemClaims.RULE.id(), ClaimSubject.PERSONNEL_EXPENSES, ClaimMeasure.AMOUNT));
    r.add(ThreePublicExpenseClaims.RULE,
        b -> claim(b, ThreePublicExpenseClaims.RULE.id(), ClaimSubject.THREE_PUBLIC_TOTAL, ClaimMeasure.AMOUNT));
    r.add(OperatingCostClaims.RULE,
        b -> claim(b, OperatingCostClaims.RULE.id(), ClaimSubject.OPERATING_COSTS, ClaimMeasure.AMOUNT));
    r.add(ProcurementTotalClaims.RULE,
        b -> claim(b, ProcurementTotalClaims.RULE.id(), ClaimSubject.PROCUREMENT_TOTAL, ClaimMeasure.AMOUNT));
    r.add(DepartmentTargetFundClaims.RULE,
        b -> claim(b, DepartmentTargetFundClaims.RULE.id(), ClaimSubject.OVERALL_TARGET_BASIC, ClaimMeasure.AMOUNT));
    r.add(ProjectTargetClaims.RULE,
        b -> claim(b, ProjectTargetClaims.RULE.id(), ClaimSubject.TARGETED_PROJECTS, ClaimMeasure.COUNT));
    r.add(StateAssetClaims.RULE,
        b -> claim(b, StateAssetClaims.RULE.id(), ClaimSubject.VEHICLES_ACTUAL, ClaimMeasure.COUNT));
    r.add(RestatedAmounts.RULE, b -> ItemMutators.restated(b, RestatedAmounts.RULE.id()));
    r.add(StatedGrowthRates.RULE, b -> ItemMutators.rate(b, StatedGrowthRates.RULE.id()));
    r.add(ChangeDirections.RULE, b -> ItemMutators.direction(b, ChangeDirections.RULE.id()));
    r.add(ComparisonYears.RULE, b -> ItemMutators.year(b, ComparisonYears.RULE.id()));
    r.add(ItemAmounts.RULE, b -> ItemMutators.amount(b, ItemAmounts.RULE.id()));
    r.add(FormerClassNames.class, FormerClassNames.ID, b -> ItemMutators.formerName(b, FormerClassNames.ID));
  }
}
