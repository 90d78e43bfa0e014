package org.yusuan.budget.validation.rules.performance;

import static org.yusuan.budget.validation.rules.performance.StaffCounts.COUNT_DIFFERS;
import static org.yusuan.budget.validation.rules.performance.StaffCounts.count;
import static org.yusuan.budget.validation.rules.performance.StaffCounts.countFinding;

import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.performance.DepartmentPerformanceSheet;
import org.yusuan.budget.performance.StaffCountKind;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Budgets;

/**
 * P16 — 整体绩效人员与单位数: 在编 + 其他 = 实际在职人员总数, 实际在职 ≤ 核定编制, and 所属预算单位数 as the
 * narrative declares it, else as the tables list the units.
 */
public final class DepartmentSheetStaffAndUnits extends BudgetRule {
  /**
   * Rule {@code P16}, 整体绩效人员与单位数. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final DepartmentSheetStaffAndUnits RULE = new DepartmentSheetStaffAndUnits();

  private DepartmentSheetStaffAndUnits() {
    super(PerformanceDescriptors.of("P16", Severity.ERROR, "整体绩效人员与单位数", "Department sheet staff and units",
            "在编人员数 + 其他人员数 = 实际在职人员总数 (ERROR); 实际在职 ≤ 核定编制 (WARNING); 所属预算单位数 = the unit count the"
                + " narrative declares, else the units the tables list (WARNING); the units 表十二 carries are noted when they"
                + " differ (INFO)."),
        Inputs.departmentSheet());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    DepartmentPerformanceSheet s = b.departmentSheet().get();
    StaffCounts.staffSum(ctx, s, StaffCountKind.ACTUAL_STAFF, StaffCountKind.ON_ESTABLISHMENT,
        StaffCountKind.OTHER_STAFF);
    Optional<Integer> actual = count(s, StaffCountKind.ACTUAL_STAFF);
    Optional<Integer> authorized = count(s, StaffCountKind.AUTHORIZED_STAFF);
    if (actual.isPresent() && authorized.isPresent() && actual.get() > authorized.get()) {
      countFinding(ctx, StaffCountKind.ACTUAL_STAFF.chineseName(), actual.get(), authorized.get(),
          Severity.WARNING);
    }
    Optional<Integer> units = count(s, StaffCountKind.SUBORDINATE_UNITS);
    // The units the tables list are a lower bound (a unit without projects is in no table); the
    // count the narrative declares (概况) is the reference when it is at least that.
    long declared = b.claimsBySubject().declaredUnits().orElse(-1);
    long expectedUnits = declared >= b.units().size() ? declared : b.units().size();
    if (units.isPresent() && expectedUnits > 0 && units.get() != expectedUnits) {
      countFinding(ctx, StaffCountKind.SUBORDINATE_UNITS.chineseName(), units.get(), expectedUnits,
          Severity.WARNING);
    }
    ProjectTable t12 = b.tablesById().projectTable(TableId.T12).orElse(null);
    if (units.isPresent() && Budgets.hasData(t12) && t12.groups().size() != units.get()) {
      Location loc = Location.builder().table(SheetLocations.PW).row(StaffCountKind.SUBORDINATE_UNITS.chineseName())
          .build();
      ctx.report(ctx.finding(FindingKind.NOTE, COUNT_DIFFERS, ctx.descriptor().title(), MessageArg.location(loc),
          MessageArg.count(units.get()), MessageArg.count(t12.groups().size())).location(loc));
    }
  }
}
