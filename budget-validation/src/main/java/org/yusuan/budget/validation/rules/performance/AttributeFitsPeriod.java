package org.yusuan.budget.validation.rules.performance;

import static org.yusuan.budget.validation.rules.performance.SheetLocations.at;

import java.util.List;
import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.performance.ProjectAttribute;
import org.yusuan.budget.performance.ProjectPerformanceSheet;
import org.yusuan.budget.performance.SheetFacts;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * P10 — 项目属性与项目期: 一次性项目 runs 1年, 经常性 and 延续性 projects longer; an unknown 项目属性 is a
 * WARNING.
 */
public final class AttributeFitsPeriod extends BudgetRule {
  /**
   * Rule {@code P10}, 项目属性与项目期. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final AttributeFitsPeriod RULE = new AttributeFitsPeriod();

  private static final Messages PERIOD_DIFFERS = Messages.named("P10.PERIOD_DIFFERS");

  private AttributeFitsPeriod() {
    super(PerformanceDescriptors.of("P10", Severity.WARNING, "项目属性与项目期", "Project attribute and period",
            "一次性项目 → 项目期 1年; 经常性项目 → 99年 or several years; 延续性项目 → more than 1年. An attribute that is none of"
                + " the three is a WARNING; a 项目期 not printed as N年 is not compared."),
        Inputs.projectSheets());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    // The sheet keeps its attribute's type and its period in years, each made once (Value.Lazy); the
    // last pair's answer spares a fresh model's first validation most of them (sheets repeat pairs).
    String lastAttribute = null;
    Optional<String> lastPeriod = Optional.empty();
    boolean lastFits = false;
    List<SheetFacts.Sheet> sheets = b.sheetFacts().sheets();
    for (int i = 0; i < sheets.size(); i++) {
      SheetFacts.Sheet f = sheets.get(i);
      ProjectPerformanceSheet s = f.sheet();
      String attribute = s.projectAttribute().orElse(null);
      if (attribute == null || attribute.isBlank()) {
        continue;
      }
      boolean fits;
      if (attribute.equals(lastAttribute) && s.projectPeriod().equals(lastPeriod)) {
        fits = lastFits;
      } else {
        fits = periodFits(s);
        lastAttribute = attribute;
        lastPeriod = s.projectPeriod();
        lastFits = fits;
      }
      if (!fits) {
        Location loc = at(f.label(), "项目属性");
        String period = s.projectPeriod().orElse("");
        ctx.report(ctx.finding(FindingKind.MISMATCH, PERIOD_DIFFERS, ctx.descriptor().title(),
                MessageArg.location(loc), MessageArg.text(attribute), MessageArg.text(period))
            .location(loc).actual(Quantity.text(period)).expected(Quantity.text(attribute)));
      }
    }
  }

  /** Whether the 项目属性 of {@code s} is a known one that fits its 项目期 (a function of the two texts). */
  private static boolean periodFits(ProjectPerformanceSheet s) {
    Optional<ProjectAttribute> type = s.attributeType();
    Optional<Integer> years = s.periodYears();
    boolean ok;
    if (type.isEmpty()) {
      ok = false;
    } else if (years.isEmpty()) {
      ok = true;
    } else {
      int y = years.get();
      switch (type.get()) {
        case ONE_OFF:
          ok = y == 1;
          break;
        case RECURRING:
          ok = y > 1;
          break;
        default:
          ok = y > 1;
      }
    }
    return ok;
  }
}
