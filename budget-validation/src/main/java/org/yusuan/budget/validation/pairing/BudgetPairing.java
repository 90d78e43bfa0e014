package org.yusuan.budget.validation.pairing;

import java.util.List;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.validation.Rule;
import org.yusuan.budget.validation.RuleCatalog;
import org.yusuan.budget.validation.ValidationOptions;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;

/**
 * 预算 and 决算 of one department checked against each other (预算决算对照): the 决算's 预算数 columns
 * against the 预算's figures (rules JB1…JB7, family 部门决算).
 *
 * <pre>{@code
 * ValidationReport r = BudgetPairing.check(budget, finalAccounts);   // 2024 预算, 2024 决算
 * }</pre>
 *
 * <p>JB1 and JB2 check that the two are of one department and one year; when the years differ every
 * amount rule is NOT_APPLICABLE. Findings are located in the 决算's tables ({@code F4}, {@code F5},
 * {@code F7}), the 预算's table being the second operand.
 */
public final class BudgetPairing {
  /** The pairing rules, in catalog order. */
  public static final List<Rule<BudgetPair>> RULES = List.of(
      SameDepartment.RULE, SameYear.RULE, ThreePublicBudgeted.RULE, GeneralBudgetBudgeted.RULE,
      OperatingCostsBudgeted.RULE, UnbudgetedItems.RULE, FiscalAppropriationBudgeted.RULE);

  private static final Validator<BudgetPair> VALIDATOR = Validator.of(RULES);

  private BudgetPairing() {}

  /** {@return a validator of the pairing rules (configurable like any validator: severities, tolerances)} */
  public static Validator<BudgetPair> validator() {
    return VALIDATOR;
  }

  /** {@return the catalog of the pairing rules (listed in docs/rules.md after the standard rules)} */
  public static RuleCatalog catalog() {
    return VALIDATOR.catalog();
  }

  /**
   * Checks {@code finalAccounts} against {@code budget} with the pairing rules JB1…JB7.
   *
   * @param budget the 预算 (部门预算 or 单位预算), as read
   * @param finalAccounts the 决算 (部门决算), as read; normally of the same department and year
   * @return the report, findings located in the 决算's tables
   * @throws IllegalArgumentException if {@code budget} is a 决算 or {@code finalAccounts} is not one
   */
  public static ValidationReport check(DepartmentBudget budget, DepartmentBudget finalAccounts) {
    return VALIDATOR.validate(new BudgetPair(budget, finalAccounts));
  }

  /**
   * As {@link #check(DepartmentBudget, DepartmentBudget)} with options (acknowledgements, subject …).
   *
   * @param budget the 预算 (部门预算 or 单位预算), as read
   * @param finalAccounts the 决算 (部门决算), as read
   * @param options the caller's keys, acknowledgements and subject
   * @return the report, findings located in the 决算's tables
   * @throws IllegalArgumentException if {@code budget} is a 决算 or {@code finalAccounts} is not one
   */
  public static ValidationReport check(DepartmentBudget budget, DepartmentBudget finalAccounts,
      ValidationOptions options) {
    return VALIDATOR.validate(new BudgetPair(budget, finalAccounts), options);
  }
}
