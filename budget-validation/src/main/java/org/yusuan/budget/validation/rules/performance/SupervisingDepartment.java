package org.yusuan.budget.validation.rules.performance;

import static org.yusuan.budget.validation.rules.performance.SheetLocations.at;

import java.util.List;
import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.performance.ProjectPerformanceSheet;
import org.yusuan.budget.performance.SheetFacts;
import org.yusuan.budget.performance.SheetPairing;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.StandardMessages;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * P12 — 主管部门及代码: a sheet prints {@code NNN-<部门名称>} with the document's department name (and code, where
 * the budget has one).
 */
public final class SupervisingDepartment extends BudgetRule {
  /**
   * Rule {@code P12}, 主管部门及代码. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final SupervisingDepartment RULE = new SupervisingDepartment();

  private SupervisingDepartment() {
    super(PerformanceDescriptors.of("P12", Severity.WARNING, "主管部门及代码", "Supervising department and code",
            "主管部门及代码 is printed as NNN-<部门名称> with the document's department name (and its code, where the budget"
                + " has one)."),
        Inputs.projectSheets());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    // Every sheet usually prints the same 主管部门及代码: judge each distinct text once.
    String last = null;
    boolean lastOk = false;
    List<SheetFacts.Sheet> sheets = b.sheetFacts().sheets();
    for (int i = 0; i < sheets.size(); i++) {
      SheetFacts.Sheet f = sheets.get(i);
      ProjectPerformanceSheet s = f.sheet();
      Optional<String> supervising = s.supervisingDepartment();
      if (supervising.isEmpty()) {
        continue;
      }
      String printedDepartment = supervising.get();
      boolean ok;
      if (printedDepartment.equals(last)) {
        ok = lastOk;
      } else {
        Optional<String> code = s.departmentCode();
        ok = code.isPresent()
            && SheetPairing.sameName(s.departmentName().get(), b.departmentName())
            && (b.departmentCode().isEmpty() || b.departmentCode().get().equals(code.get()));
        last = printedDepartment;
        lastOk = ok;
      }
      if (!ok) {
        Location loc = at(f.label(), "主管部门及代码");
        String printed = printedDepartment;
        String expected = b.departmentCode().orElse("NNN") + "-" + b.departmentName();
        ctx.report(ctx.finding(FindingKind.MISMATCH, StandardMessages.VALUE_MISMATCH, ctx.descriptor().title(),
                MessageArg.location(loc), MessageArg.text(printed), MessageArg.text(expected))
            .location(loc).actual(Quantity.text(printed)).expected(Quantity.text(expected)));
      }
    }
  }
}
