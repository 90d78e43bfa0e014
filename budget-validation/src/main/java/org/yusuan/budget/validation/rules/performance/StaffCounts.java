package org.yusuan.budget.validation.rules.performance;

import java.util.Optional;
import org.yusuan.budget.performance.DepartmentPerformanceSheet;
import org.yusuan.budget.performance.StaffCount;
import org.yusuan.budget.performance.StaffCountKind;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;

/** The staff and unit counts of the department-wide sheet (人员及单位数) and their findings, for P16 and P17. */
final class StaffCounts {
  private StaffCounts() {}

  static final Messages COUNT_DIFFERS = Messages.named("StaffCounts.COUNT_DIFFERS");

  static Optional<Integer> count(DepartmentPerformanceSheet s, StaffCountKind kind) {
    return s.count(kind).flatMap(StaffCount::count);
  }

  static void countFinding(RuleContext ctx, String row, long printed, long expected, Severity severity) {
    Location loc = Location.builder().table(SheetLocations.PW).row(row).build();
    ctx.report(ctx.finding(FindingKind.MISMATCH, COUNT_DIFFERS, ctx.descriptor().title(), MessageArg.location(loc),
            MessageArg.count(printed), MessageArg.count(expected))
        .severity(severity).location(loc).actual(Quantity.count(printed)).expected(Quantity.count(expected))
        .difference(Quantity.count(printed - expected)));
  }

  /** {@code a + c = total} on staff counts, where all three are printed. */
  static void staffSum(RuleContext ctx, DepartmentPerformanceSheet s, StaffCountKind total, StaffCountKind a,
      StaffCountKind c) {
    Optional<Integer> t = count(s, total);
    Optional<Integer> x = count(s, a);
    Optional<Integer> y = count(s, c);
    if (t.isPresent() && x.isPresent() && y.isPresent() && t.get() != x.get() + y.get()) {
      countFinding(ctx, total.chineseName(), t.get(), x.get() + y.get(), ctx.severity());
    }
  }
}
