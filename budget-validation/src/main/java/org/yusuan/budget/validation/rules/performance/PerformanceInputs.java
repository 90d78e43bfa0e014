package org.yusuan.budget.validation.rules.performance;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.validation.Availability;
import org.yusuan.budget.validation.RuleInput;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * The inputs of the department-sheet rules whose reason text differs from {@link Inputs}': P14–P17
 * have always said "department-wide" (the project-sheet rules use {@link Inputs#projectSheets()}).
 */
final class PerformanceInputs {
  private PerformanceInputs() {}

  private static final RuleInput<DepartmentBudget> DEPARTMENT_SHEET;

  static {
    Availability none = Availability.notApplicable("no department-wide performance sheet");
    DEPARTMENT_SHEET = Inputs.input("the department-wide performance sheet (部门整体支出绩效目标表)",
        b -> b.departmentSheet().isPresent() ? Availability.AVAILABLE : none);
  }

  /** The department-wide sheet (部门整体支出绩效目标表): NOT_APPLICABLE when the budget has none. */
  static RuleInput<DepartmentBudget> departmentSheet() {
    return DEPARTMENT_SHEET;
  }
}
