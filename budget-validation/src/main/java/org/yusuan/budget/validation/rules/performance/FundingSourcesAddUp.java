package org.yusuan.budget.validation.rules.performance;

import static org.yusuan.budget.validation.rules.performance.SheetLocations.ANNUAL;
import static org.yusuan.budget.validation.rules.performance.SheetLocations.IMPLEMENTATION;
import static org.yusuan.budget.validation.rules.performance.SheetLocations.P;
import static org.yusuan.budget.validation.rules.performance.SheetLocations.at;

import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.performance.FundingBlock;
import org.yusuan.budget.performance.FundingLine;
import org.yusuan.budget.performance.FundingSource;
import org.yusuan.budget.performance.PrintedAmount;
import org.yusuan.budget.performance.SheetFacts;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.Tolerance;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * P1 — 资金来源之和 = 资金总额: on each half of a project sheet, 中央 + 省级 + 市县(区) + 单位自筹 + 其他 =
 * 资金总额, exact in 元; a total with every source blank, or an unreadable amount, is a WARNING.
 */
public final class FundingSourcesAddUp extends BudgetRule {
  /**
   * Rule {@code P1}, 资金来源之和 = 资金总额. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FundingSourcesAddUp RULE = new FundingSourcesAddUp();

  private static final Messages NO_SOURCES = Messages.named("P1.NO_SOURCES");
  private static final Messages UNREADABLE = Messages.named("P1.UNREADABLE");

  private FundingSourcesAddUp() {
    super(PerformanceDescriptors.of("P1", Severity.ERROR, Tolerance.exact(), "资金来源之和 = 资金总额",
            "Funding sources add up",
            "On each half of a project sheet: 中央 + 省级 + 市县(区) + 单位自筹 + 其他 = 资金总额 (实施期 and 年度), exact in"
                + " 元. A total with every source blank is a WARNING (cannot verify); an unreadable amount a WARNING."),
        Inputs.projectSheets());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    for (SheetFacts.Sheet s : b.sheetFacts().sheets()) {
      block(ctx, s.label(), IMPLEMENTATION, s.sheet().implementationFunding());
      block(ctx, s.label(), ANNUAL, s.sheet().annualFunding());
    }
  }

  private static void block(RuleContext ctx, String label, String column, Optional<FundingBlock> block) {
    if (block.isEmpty() || block.get().total().isEmpty()) {
      return;
    }
    FundingBlock f = block.get();
    PrintedAmount total = f.total().get();
    if (unreadable(ctx, label, column, total)) {
      return;
    }
    boolean anySource = false;
    boolean readable = true;
    for (FundingLine l : f.sources()) {
      if (!l.amount().isBlank()) {
        anySource = true;
        readable &= !unreadable(ctx, label, l.label(), l.amount());
      }
    }
    if (!readable || total.isBlank()) {
      return;
    }
    WanYuan t = total.amount().get();
    if (!anySource) {
      if (!t.isZero()) {
        Location loc = at(label, column);
        ctx.report(ctx.finding(FindingKind.MISSING, NO_SOURCES, ctx.descriptor().title(), MessageArg.location(loc),
                MessageArg.text(total.raw()))
            .severity(Severity.WARNING).location(loc).actual(Quantity.of(t)));
      }
      return;
    }
    SumCheck c = ctx.total(P, label, column, t);
    for (FundingLine l : f.sources()) {
      if (!l.amount().isBlank()) {
        Optional<FundingSource> source = l.source();
        c.plus(label, source.isPresent() ? source.get().chineseName() : l.label(), l.amount().amount().get());
      }
    }
    c.verify();
  }

  private static boolean unreadable(RuleContext ctx, String label, String column, PrintedAmount a) {
    if (a.number().isPresent() ? a.amount().isPresent() : a.isBlank()) {
      return false;
    }
    Location loc = at(label, column);
    ctx.report(ctx.finding(FindingKind.MALFORMED, UNREADABLE, ctx.descriptor().title(), MessageArg.location(loc),
            MessageArg.text(a.raw()))
        .severity(Severity.WARNING).location(loc).actual(Quantity.text(a.raw())));
    return true;
  }
}
