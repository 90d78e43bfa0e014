package org.yusuan.budget.validation.pairing;

import java.util.Objects;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.template.DocumentKind;

/**
 * A 预算 and a 决算 given together (预算与决算对照): the budget ({@link DocumentKind#DEPARTMENT_BUDGET} or
 * {@link DocumentKind#UNIT_BUDGET}) and the final accounts ({@link DocumentKind#FINAL_ACCOUNTS}) the
 * pairing rules compare. Whether they are of the same department and year is what rules JB1 and JB2
 * check, not a precondition.
 *
 * @param budget the 预算
 * @param finalAccounts the 决算
 */
public record BudgetPair(DepartmentBudget budget, DepartmentBudget finalAccounts) {
  /**
   * A pair.
   *
   * @param budget the 预算: a 部门预算 or 单位预算
   * @param finalAccounts the 决算 (部门决算) compared with it
   * @throws IllegalArgumentException if {@code budget} is a 决算 or {@code finalAccounts} is not one
   */
  public BudgetPair {
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(finalAccounts, "finalAccounts");
    DocumentKind b = budget.profile().kind();
    if (b.isFinalAccounts()) {
      throw new IllegalArgumentException("the budget of the pair (" + budget.departmentName() + " "
          + budget.budgetYear() + ", template " + budget.profile().name() + ") is a " + b.chineseName()
          + ", not a 部门预算 or 单位预算");
    }
    DocumentKind f = finalAccounts.profile().kind();
    if (!f.isFinalAccounts()) {
      throw new IllegalArgumentException("the final accounts of the pair (" + finalAccounts.departmentName()
          + " " + finalAccounts.budgetYear() + ", template " + finalAccounts.profile().name() + ") is a "
          + f.chineseName() + ", not a 部门决算");
    }
  }

  /** {@return whether the 决算 is of the year the 预算 budgets (the 决算 of year Y pairs with the 预算 of year Y)} */
  public boolean sameYear() {
    return budget.budgetYear() == finalAccounts.budgetYear();
  }
}
