package org.yusuan.budget.validation.rules.performance;

import org.yusuan.budget.validation.Availability;

import static org.yusuan.budget.validation.rules.performance.SheetLocations.at;

import java.util.List;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.performance.SheetMatching.Match;
import org.yusuan.budget.performance.SheetMatching.Project;
import org.yusuan.budget.performance.SheetPairing;
import org.yusuan.budget.table.TableId;
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
 * P4 — 项目与绩效目标表一一对应: every 表十二 project has a sheet, every sheet a project of 表十二 or 表十三;
 * several sheets for one project are noted.
 */
public final class SheetPerProject extends BudgetRule {
  /**
   * Rule {@code P4}, 项目与绩效目标表一一对应. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final SheetPerProject RULE = new SheetPerProject();

  private static final Messages NO_SHEET = Messages.named("P4.NO_SHEET");
  private static final Messages NO_PROJECT = Messages.named("P4.NO_PROJECT");
  private static final Messages SEVERAL_SHEETS = Messages.named("P4.SEVERAL_SHEETS");

  private SheetPerProject() {
    super(PerformanceDescriptors.of("P4", Severity.WARNING, "项目与绩效目标表一一对应", "Every project has a sheet",
            "Every 表十二 project has at least one sheet (WARNING per missing project); a sheet whose project is in neither"
                + " 表十二 nor 表十三 is a WARNING (with its amount); several sheets for one project are noted (INFO)."
                + " 表十三 projects need no sheet."),
        Inputs.projectSheets(), Inputs.input("a template with a 项目支出表 (T12)",
            b -> b.profile().spec(TableId.T12).isPresent() ? Availability.AVAILABLE : NO_PROJECT_TABLE));
  }

  /** A template without a 项目支出表 (e.g. the central one) gives the sheets no projects to match. */
  private static final Availability NO_PROJECT_TABLE =
      Availability.notApplicable("the template prints no 项目支出表 (T12)");

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SheetPairing pairing = b.sheetPairing();
    List<Match> matches = pairing.matches();
    List<Project> projects = pairing.projects();
    for (int i = 0; i < projects.size(); i++) {
      Project p = projects.get(i);
      int n = pairing.sheetCount(i);
      if (n == 0 && p.table() == TableId.T12) {
        Location loc = projectAt(p);
        ctx.report(ctx.finding(FindingKind.MISSING, NO_SHEET, ctx.descriptor().title(), MessageArg.location(loc),
            MessageArg.amount(p.amount())).location(loc).expected(Quantity.count(1)).actual(Quantity.count(0)));
      } else if (n > 1) {
        Location loc = projectAt(p);
        ctx.report(ctx.finding(FindingKind.NOTE, SEVERAL_SHEETS, ctx.descriptor().title(),
            MessageArg.location(loc), MessageArg.count(n)).location(loc).actual(Quantity.count(n)));
      }
    }
    for (Match m : matches) {
      if (m.project().isEmpty()) {
        Location loc = at(m.label());
        WanYuan a = m.facts().amount().orElse(WanYuan.ZERO);
        ctx.report(ctx.finding(FindingKind.UNEXPECTED, NO_PROJECT, ctx.descriptor().title(),
            MessageArg.location(loc), MessageArg.amount(a)).location(loc).actual(Quantity.of(a)));
      }
    }
  }

  /** Where a finding on project {@code p} is: its row of its table (made only for a finding). */
  private static Location projectAt(Project p) {
    return Location.row(p.table().value(), p.row().printedName());
  }
}
