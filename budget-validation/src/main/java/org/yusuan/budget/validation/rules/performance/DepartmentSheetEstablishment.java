package org.yusuan.budget.validation.rules.performance;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.performance.DepartmentPerformanceSheet;
import org.yusuan.budget.performance.StaffCountKind;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * P17 — 整体绩效编制与实有人数: where the department-wide sheet has 行政/事业 columns, 行政编制数 + 事业编制数 =
 * 核定编制 and 行政人员 + 事业人员 = 实有人数.
 */
public final class DepartmentSheetEstablishment extends BudgetRule {
  /**
   * Rule {@code P17}, 整体绩效编制与实有人数. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final DepartmentSheetEstablishment RULE = new DepartmentSheetEstablishment();

  private DepartmentSheetEstablishment() {
    super(PerformanceDescriptors.of("P17", Severity.ERROR, "整体绩效编制与实有人数", "Department sheet establishment and staff",
            "Layouts with 行政/事业 columns: 行政编制数 + 事业编制数 = 核定编制; 行政人员 + 事业人员 = 实有人数. (The"
                + " 上年度预算 | 上年度决算 | 本年度申请资金 columns of other layouts are not in the model.)"),
        Inputs.departmentSheet());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    DepartmentPerformanceSheet s = b.departmentSheet().get();
    StaffCounts.staffSum(ctx, s, StaffCountKind.AUTHORIZED_STAFF, StaffCountKind.ADMINISTRATIVE_ESTABLISHMENT,
        StaffCountKind.INSTITUTIONAL_ESTABLISHMENT);
    StaffCounts.staffSum(ctx, s, StaffCountKind.ACTUAL_STAFF, StaffCountKind.ADMINISTRATIVE_STAFF,
        StaffCountKind.INSTITUTIONAL_STAFF);
  }
}
