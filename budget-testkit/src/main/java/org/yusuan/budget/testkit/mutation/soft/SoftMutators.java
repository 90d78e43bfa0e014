package org.yusuan.budget.testkit.mutation.soft;

import static org.yusuan.budget.testkit.mutation.BudgetEdits.claim;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.revenueCell;

import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.testkit.Catalog;
import org.yusuan.budget.testkit.mutation.BudgetEdits;
import org.yusuan.budget.testkit.mutation.MutatorRegistry;
import org.yusuan.budget.validation.rules.soft.AssetReferenceDate;
import org.yusuan.budget.validation.rules.soft.IncomeSharesSumToHundred;
import org.yusuan.budget.validation.rules.soft.LandFundIncomeMatchesExpenditure;
import org.yusuan.budget.validation.rules.soft.PersonnelPublicAssignment;
import org.yusuan.budget.validation.rules.soft.PurchasedVersusProcuredServices;
import org.yusuan.budget.validation.rules.soft.RunningCostItemsBasicOnly;
import org.yusuan.budget.validation.rules.soft.SocialSecurityMatchesFunctionCodes;
import org.yusuan.budget.validation.rules.soft.UnitCountsAgree;
import org.yusuan.budget.validation.rules.soft.VehiclesWithinAuthorized;

/** The mutators of the soft rules (合理性规则的变异器), S1–S9: each makes one figure implausible. */
public final class SoftMutators {
  private SoftMutators() {}

  /**
   * Registers one mutator per soft rule.
   *
   * @param r the registry the mutators are added to
   */
  public static void register(MutatorRegistry r) {
    r.add(PersonnelPublicAssignment.RULE, BudgetEdits::personnelClassWithPublicMoney);
    r.add(SocialSecurityMatchesFunctionCodes.RULE, BudgetEdits::pensionApart);
    r.add(RunningCostItemsBasicOnly.RULE, BudgetEdits::projectOnRunningCost);
    r.add(LandFundIncomeMatchesExpenditure.RULE,
        b -> revenueCell(b, LandFundIncomeMatchesExpenditure.RULE.id(), Catalog.LAND_REVENUE));
    r.add(VehiclesWithinAuthorized.RULE,
        b -> claim(b, VehiclesWithinAuthorized.RULE.id(), ClaimSubject.VEHICLES_ACTUAL, ClaimMeasure.COUNT));
    r.add(AssetReferenceDate.RULE, BudgetEdits::referenceDateOff);
    r.add(UnitCountsAgree.RULE, BudgetEdits::oneUnitListed);
    r.add(PurchasedVersusProcuredServices.RULE,
        b -> claim(b, PurchasedVersusProcuredServices.RULE.id(), ClaimSubject.PURCHASED_SERVICES, ClaimMeasure.AMOUNT));
    r.add(IncomeSharesSumToHundred.RULE, BudgetEdits::shareOff);
  }
}
