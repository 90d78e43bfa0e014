package org.yusuan.budget.validation.rules.performance;

import static org.yusuan.budget.validation.rules.performance.SheetLocations.ANNUAL;
import static org.yusuan.budget.validation.rules.performance.SheetLocations.IMPLEMENTATION;
import static org.yusuan.budget.validation.rules.performance.SheetLocations.P;
import static org.yusuan.budget.validation.rules.performance.SheetLocations.at;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
    List<SheetFacts.Sheet> sheets = b.sheetFacts().sheets();
    for (int i = 0; i < sheets.size(); i++) {
      SheetFacts.Sheet s = sheets.get(i);
      // the model keeps these Optionals (BudgetStyle): asking allocates nothing
      FundingBlock implementation = s.sheet().implementationFunding().orElse(null);
      FundingBlock annual = s.sheet().annualFunding().orElse(null);
      block(ctx, s.label(), IMPLEMENTATION, implementation, total(implementation));
      block(ctx, s.label(), ANNUAL, annual, total(annual));
    }
  }

  /** {@code block}'s printed 资金总额; null without the block or its total. */
  private static @Nullable PrintedAmount total(@Nullable FundingBlock block) {
    return block == null ? null : block.total().orElse(null);
  }

  // Indexed loops, each amount read once: the rule reads every amount of every sheet.
  private static void block(RuleContext ctx, String label, String column, @Nullable FundingBlock f,
      @Nullable PrintedAmount total) {
    if (f == null || total == null || unreadable(ctx, label, column, total)) {
      return;
    }
    List<FundingLine> sources = f.sources();
    boolean anySource = false;
    boolean readable = true;
    // the sum of the printed sources in fen, as the check adds them; an overflow is an error once
    // the sum is needed (after every unreadable source has been reported)
    long sum = 0;
    boolean overflow = false;
    for (int i = 0; i < sources.size(); i++) {
      PrintedAmount a = sources.get(i).amount();
      if (!a.isBlank()) {
        anySource = true;
        WanYuan amount = a.amount().orElse(null);
        if (amount == null) {
          readable &= !unreadable(ctx, label, sources.get(i).label(), a);
        } else if (!overflow) {
          long next = sum + amount.fen();
          overflow = ((sum ^ next) & (amount.fen() ^ next)) < 0;
          sum = next;
        }
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
    if (overflow) {
      throw new ArithmeticException("long overflow");  // as Math.addExact
    }
    if (sum == t.fen()) {
      return;  // no difference, nothing to report: the sources' names are not needed
    }
    SumCheck c = ctx.total(P, label, column, t);
    for (int i = 0; i < sources.size(); i++) {
      FundingLine l = sources.get(i);
      PrintedAmount a = l.amount();
      if (!a.isBlank()) {
        Optional<FundingSource> source = l.source();
        c.plus(label, source.isPresent() ? source.get().chineseName() : l.label(), a.amount().get());
      }
    }
    c.verify();
  }

  private static boolean unreadable(RuleContext ctx, String label, String column, PrintedAmount a) {
    // readable: an exact amount, or blank (a number out of range is not blank, nor readable)
    if (a.amount().isPresent() || a.isBlank() && a.number().isEmpty()) {
      return false;
    }
    Location loc = at(label, column);
    ctx.report(ctx.finding(FindingKind.MALFORMED, UNREADABLE, ctx.descriptor().title(), MessageArg.location(loc),
            MessageArg.text(a.raw()))
        .severity(Severity.WARNING).location(loc).actual(Quantity.text(a.raw())));
    return true;
  }
}
