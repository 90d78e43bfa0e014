package org.yusuan.budget.validation.rules.narrative;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.validation.Availability;
import org.yusuan.budget.validation.RuleInput;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/**
 * The inputs of the narrative rules (情况说明规则的输入) whose reasons differ from {@link Inputs}': the
 * narrative as a whole, a table as printed (a claim is compared with a 本表无数据 table's zeros) and
 * the claims a rule cannot do without.
 */
final class NarrativeInputs {
  private NarrativeInputs() {}

  private static final Availability NO_CLAIMS = Availability.notApplicable("no narrative claims");
  private static final Availability FINAL_ACCOUNTS = Availability.notApplicable(
      "a 部门决算: its narrative states 决算数, checked by the J rules");

  /**
   * The narrative's claims: NOT_APPLICABLE ({@code "no narrative claims"}) when it states none, and for
   * a 部门决算, whose figures are 决算数 the 预算 rules do not speak of.
   */
  static RuleInput<DepartmentBudget> claims() {
    return Inputs.input("narrative claims of a 预算 (情况说明)", b -> b.profile().kind().isFinalAccounts()
        ? FINAL_ACCOUNTS : b.claims().isEmpty() ? NO_CLAIMS : Availability.AVAILABLE);
  }

  /** The 政府采购预算总额 amount: NOT_APPLICABLE ({@code "no 政府采购 claim"}) when not stated. */
  static RuleInput<DepartmentBudget> procurementTotal() {
    Availability none = Availability.notApplicable("no 政府采购 claim");
    return Inputs.input(claim(ClaimSubject.PROCUREMENT_TOTAL, ClaimMeasure.AMOUNT),
        b -> b.claimsBySubject().first(ClaimSubject.PROCUREMENT_TOTAL, ClaimMeasure.AMOUNT).isPresent()
            ? Availability.AVAILABLE : none);
  }

  /**
   * The 国有资产 counts: the vehicles 实有 or the devices over 50万元; NOT_APPLICABLE ({@code "no 国有资产
   * claims"}) when neither is stated.
   */
  static RuleInput<DepartmentBudget> stateAssets() {
    Availability none = Availability.notApplicable("no 国有资产 claims");
    return Inputs.input(claim(ClaimSubject.VEHICLES_ACTUAL, ClaimMeasure.COUNT) + " or "
            + claim(ClaimSubject.DEVICES_OVER_500K, ClaimMeasure.COUNT),
        b -> b.claimsBySubject().first(ClaimSubject.VEHICLES_ACTUAL, ClaimMeasure.COUNT).isPresent()
            || b.claimsBySubject().first(ClaimSubject.DEVICES_OVER_500K, ClaimMeasure.COUNT).isPresent()
            ? Availability.AVAILABLE : none);
  }

  private static String claim(ClaimSubject s, ClaimMeasure m) {
    return "claim of " + s.chineseName() + " (" + ClaimSupport.measureName(m) + ")";
  }

  /**
   * The statements with a claim that {@code test} accepts: NOT_APPLICABLE ({@code reason}) when
   * there is none.
   */
  static RuleInput<DepartmentBudget> anyClaim(String description, String reason,
      java.util.function.Predicate<org.yusuan.budget.narrative.NarrativeClaim> test) {
    Availability none = Availability.notApplicable(reason);
    return Inputs.input(description,
        b -> b.claims().stream().anyMatch(test) ? Availability.AVAILABLE : none);
  }
}
