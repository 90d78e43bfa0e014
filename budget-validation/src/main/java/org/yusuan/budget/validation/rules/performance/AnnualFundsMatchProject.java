package org.yusuan.budget.validation.rules.performance;

import static org.yusuan.budget.validation.rules.performance.SheetLocations.ANNUAL;
import static org.yusuan.budget.validation.rules.performance.SheetLocations.IMPLEMENTATION;
import static org.yusuan.budget.validation.rules.performance.SheetLocations.at;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.performance.SheetMatching.Match;
import org.yusuan.budget.performance.SheetMatching.Project;
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
 * P3 — 年度资金 = 表十二项目金额: a sheet's 年度资金总额 (else its 实施期 total) equals the 合计 of its project
 * in 表十二 or 表十三 within 0.01 万元; a match only after a factor 10000 or 10 is a UNIT_ERROR.
 */
public final class AnnualFundsMatchProject extends BudgetRule {
  /**
   * Rule {@code P3}, 年度资金 = 表十二项目金额. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final AnnualFundsMatchProject RULE = new AnnualFundsMatchProject();

  private static final Messages AMOUNT_DIFFERS = Messages.named("P3.AMOUNT_DIFFERS");
  private static final Messages AMOUNT_ROUNDING = Messages.named("P3.AMOUNT_ROUNDING");
  private static final Messages UNIT_ERROR = Messages.named("P3.UNIT_ERROR");

  private AnnualFundsMatchProject() {
    super(PerformanceDescriptors.of("P3", Severity.ERROR, "年度资金 = 表十二项目金额", "Annual funds = the Table 12 amount",
            "年度资金总额 in 万元 (元 ÷ 10000, HALF_UP to 0.01) = the 合计 of the same project in 表十二 (or 表十三), within"
                + " 0.01; when 年度 is 0 or blank the 实施期 total is compared (P2 still reports the 0). A value that matches"
                + " only after a factor 10000 or 10 is a UNIT_ERROR (an 元 amount in a 万元 field, or the reverse). A sheet"
                + " paired by its name's core alone (P5) is compared the same way: its amount difference is this"
                + " finding, not a missing sheet and an extra one (P4)."),
        Inputs.projectSheets());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    for (Match m : b.sheetPairing().matches()) {
      if (m.project().isEmpty()) {
        continue;
      }
      Optional<WanYuan> annual = m.facts().annual();
      boolean useAnnual = annual.isPresent() && !annual.get().isZero();
      Optional<WanYuan> value = useAnnual ? annual : m.facts().implementation();
      if (value.isEmpty()) {
        continue;
      }
      compareWithProject(ctx, m.label(), useAnnual ? ANNUAL : IMPLEMENTATION, value.get(),
          m.project().get());
    }
  }

  private static void compareWithProject(RuleContext ctx, String label, String column, WanYuan value, Project p) {
    long d = value.fen() - p.amount().fen();
    long allowed = ctx.tolerance().allowedFen(1);
    if (d == 0) {
      return;
    }
    Location loc = at(label, column);
    String table = p.table().value();
    if (Math.abs(d) <= allowed) {
      ctx.report(ctx.finding(FindingKind.ROUNDING, AMOUNT_ROUNDING, ctx.descriptor().title(), MessageArg.location(loc),
              MessageArg.amount(value), MessageArg.table(table), MessageArg.amount(p.amount()),
              MessageArg.amount(WanYuan.ofFen(d)), MessageArg.amount(WanYuan.ofFen(allowed)))
          .location(loc).actual(Quantity.of(value)).expected(Quantity.of(p.amount()))
          .difference(Quantity.of(WanYuan.ofFen(d))).tolerance(Quantity.of(WanYuan.ofFen(allowed))));
      return;
    }
    BigDecimal v = value.toWanYuan();
    BigDecimal target = p.amount().toWanYuan();
    for (long f : UnitFactors.FACTORS) {
      for (BigDecimal factor : new BigDecimal[] {BigDecimal.valueOf(f), BigDecimal.ONE.divide(BigDecimal.valueOf(f))}) {
        BigDecimal scaled = v.multiply(factor).setScale(2, RoundingMode.HALF_UP);
        if (scaled.subtract(target).abs().compareTo(new BigDecimal("0.01")) <= 0 && target.signum() != 0) {
          ctx.report(ctx.finding(FindingKind.UNIT_ERROR, UNIT_ERROR, ctx.descriptor().title(), MessageArg.location(loc),
                  MessageArg.amount(value), MessageArg.table(table), MessageArg.amount(p.amount()),
                  MessageArg.text(factor.stripTrailingZeros().toPlainString()))
              .location(loc).actual(Quantity.of(value)).expected(Quantity.of(p.amount())));
          return;
        }
      }
    }
    ctx.report(ctx.finding(FindingKind.MISMATCH, AMOUNT_DIFFERS, ctx.descriptor().title(), MessageArg.location(loc),
            MessageArg.amount(value), MessageArg.table(table), MessageArg.amount(p.amount()),
            MessageArg.amount(WanYuan.ofFen(d)), MessageArg.amount(WanYuan.ofFen(allowed)))
        .location(loc).actual(Quantity.of(value)).expected(Quantity.of(p.amount()))
        .difference(Quantity.of(WanYuan.ofFen(d))).tolerance(Quantity.of(WanYuan.ofFen(allowed))));
  }
}
