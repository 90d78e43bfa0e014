package org.yusuan.budget.validation.rules.performance;

import static org.yusuan.budget.validation.rules.performance.SheetLocations.at;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.performance.SheetMatching.Match;
import org.yusuan.budget.performance.SheetMatching.NameQuality;
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
 * P5 — 项目名称与表十二一致: a sheet's 项目名称 matched to its project other than exactly (containment, a small
 * edit distance, or by amount alone) is noted with both names.
 */
public final class ProjectNameMatches extends BudgetRule {
  /**
   * Rule {@code P5}, 项目名称与表十二一致. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ProjectNameMatches RULE = new ProjectNameMatches();

  private static final Messages FUZZY_NAME = Messages.named("P5.FUZZY_NAME");
  private static final MessageArg CONFIRMED_BY_AMOUNT = MessageArg.localized("金额相符", "confirmed by amount");
  private static final MessageArg NOT_CONFIRMED = MessageArg.localized("金额未能印证", "amount does not confirm");
  private static final MessageArg BY_AMOUNT_ONLY =
      MessageArg.localized("名称仅开头相同，按金额匹配", "only the beginnings agree; matched by amount");
  private static final MessageArg BY_CORE = MessageArg.localized(
      "除去编码、部门前缀和费用/经费/项目后缀后名称相互包含，且唯一",
      "one name contains the other once codes, department prefixes and 费用/经费/项目 suffixes are set aside, uniquely");

  private ProjectNameMatches() {
    super(PerformanceDescriptors.of("P5", Severity.INFO, "项目名称与表十二一致", "Project names match Table 12",
            "项目名称 equals the 表十二 / 表十三 name after normalisation; a name matched only by containment or a small"
                + " edit distance (confirmed by amount where possible) is noted with both names (INFO), as is a cut-off"
                + " name altered before the cut that begins like the one unmatched project of the same amount"
                + " (matched by amount alone), and a name whose core (without a budget code, a department prefix and"
                + " 费用/经费/项目 suffixes) contains or is contained in exactly one project's, and no other sheet's"
                + " (paired whatever the amounts; P3 compares them); no match falls to P4."),
        Inputs.projectSheets());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    for (Match m : b.sheetPairing().matches()) {
      if (m.project().isEmpty() || m.quality().orElse(null) == NameQuality.EXACT) {
        continue;
      }
      Location loc = at(m.label(), "项目名称");
      NameQuality q = m.quality().orElse(null);
      MessageArg how = q == NameQuality.AMOUNT ? BY_AMOUNT_ONLY : q == NameQuality.CORE ? BY_CORE
          : m.amountConfirmed() ? CONFIRMED_BY_AMOUNT : NOT_CONFIRMED;
      ctx.report(ctx.finding(FindingKind.NAME_MISMATCH, FUZZY_NAME, ctx.descriptor().title(),
              MessageArg.location(loc), MessageArg.table(m.project().get().table().value()),
              MessageArg.text(m.project().get().row().printedName()), how)
          .location(loc).actual(Quantity.text(m.sheet().projectName().get()))
          .expected(Quantity.text(m.project().get().row().printedName())));
    }
  }
}
