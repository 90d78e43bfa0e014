package org.yusuan.budget.validation.rules.performance;

import static org.yusuan.budget.validation.rules.performance.SheetLocations.ANNUAL;
import static org.yusuan.budget.validation.rules.performance.SheetLocations.IMPLEMENTATION;
import static org.yusuan.budget.validation.rules.performance.SheetLocations.P;
import static org.yusuan.budget.validation.rules.performance.SheetLocations.at;

import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.performance.SheetMatching.Match;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.Tolerance;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * P2 — 年度资金 ≤ 实施期资金，且已安排项目年度资金 > 0: a sheet's 年度资金总额 is at most its 实施期资金总额,
 * and positive on the sheet of a project 表十二 budgets.
 */
public final class AnnualFundsBounded extends BudgetRule {
  /**
   * Rule {@code P2}, 年度资金 ≤ 实施期资金，且已安排项目年度资金 &gt; 0. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final AnnualFundsBounded RULE = new AnnualFundsBounded();

  private static final Messages ANNUAL_ZERO = Messages.named("P2.ANNUAL_ZERO");

  private AnnualFundsBounded() {
    super(PerformanceDescriptors.of("P2", Severity.ERROR, Tolerance.exact(), "年度资金 ≤ 实施期资金，且已安排项目年度资金 > 0",
            "Annual funds ≤ implementation funds, > 0 when budgeted",
            "年度资金总额 ≤ 实施期资金总额; and 年度资金总额 > 0 on the sheet of a project 表十二 budgets (> 0)."),
        Inputs.projectSheets());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    for (Match m : b.sheetPairing().matches()) {
      String label = m.label();
      Optional<WanYuan> annual = m.facts().exactAnnual();
      Optional<WanYuan> impl = m.facts().exactImplementation();
      if (annual.isPresent() && impl.isPresent()) {
        ctx.total(P, label, ANNUAL, annual.get()).plus(label, IMPLEMENTATION, impl.get()).verifyAtMost();
      }
      if (m.project().isPresent() && m.project().get().table() == TableId.T12
          && m.project().get().amount().isPositive()
          && (annual.isEmpty() || !annual.get().isPositive())) {
        Location loc = at(label, ANNUAL);
        WanYuan a = annual.orElse(WanYuan.ZERO);
        ctx.report(ctx.finding(FindingKind.MISMATCH, ANNUAL_ZERO, ctx.descriptor().title(),
                MessageArg.location(loc), MessageArg.amount(a), MessageArg.amount(m.project().get().amount()))
            .location(loc).actual(Quantity.of(a)).expected(Quantity.of(m.project().get().amount())));
      }
    }
  }
}
