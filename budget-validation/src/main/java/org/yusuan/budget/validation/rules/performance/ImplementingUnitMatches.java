package org.yusuan.budget.validation.rules.performance;

import static org.yusuan.budget.validation.rules.performance.SheetLocations.at;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.performance.SheetMatching.Match;
import org.yusuan.budget.performance.SheetPairing;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/** P6 — 实施单位与表十二一致: a sheet's 实施单位 is the unit 表十二 (表十三) lists its project under. */
public final class ImplementingUnitMatches extends BudgetRule {
  /**
   * Rule {@code P6}, 实施单位与表十二一致. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ImplementingUnitMatches RULE = new ImplementingUnitMatches();

  private static final Messages UNIT_DIFFERS = Messages.named("P6.UNIT_DIFFERS");

  private ImplementingUnitMatches() {
    super(PerformanceDescriptors.of("P6", Severity.WARNING, "实施单位与表十二一致", "Implementing unit matches Table 12",
            "实施单位 is the unit 表十二 (表十三) lists the project under, compared with fuzzy unit names."),
        Inputs.projectSheets());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    // Sheets of one unit print the same 实施单位 against the same group unit again and again: the
    // last pair's answer is kept (comparing normalises both names and may measure an edit distance).
    String lastUnit = null;
    String lastProjectUnit = null;
    boolean lastSame = false;
    for (Match m : b.sheetPairing().matches()) {
      String unit = m.project().isEmpty() ? null : m.sheet().implementingUnit().orElse(null);
      if (unit == null) {
        continue;
      }
      String projectUnit = m.project().get().unit();
      boolean same;
      if (unit.equals(lastUnit) && projectUnit.equals(lastProjectUnit)) {
        same = lastSame;
      } else {
        same = SheetPairing.sameUnit(unit, projectUnit);
        lastUnit = unit;
        lastProjectUnit = projectUnit;
        lastSame = same;
      }
      if (same) {
        continue;
      }
      Location loc = at(m.label(), "实施单位");
      ctx.report(ctx.finding(FindingKind.MISMATCH, UNIT_DIFFERS, ctx.descriptor().title(), MessageArg.location(loc),
              MessageArg.text(unit), MessageArg.text(m.project().get().unit()))
          .location(loc).actual(Quantity.text(unit))
          .expected(Quantity.text(m.project().get().unit())));
    }
  }
}
