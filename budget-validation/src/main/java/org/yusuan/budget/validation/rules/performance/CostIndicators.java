package org.yusuan.budget.validation.rules.performance;

import static org.yusuan.budget.validation.rules.performance.IndicatorFindings.badValue;

import java.math.RoundingMode;
import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.performance.IndicatorLevel2;
import org.yusuan.budget.performance.SheetFacts;
import org.yusuan.budget.performance.TargetOperator;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * P9 — 成本指标: a money-valued 成本指标 is a ceiling (no ≥ or >), and a single 总投资/总经费/总成本 value
 * agrees with one of the sheet's own totals.
 */
public final class CostIndicators extends BudgetRule {
  /**
   * Rule {@code P9}, 成本指标. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final CostIndicators RULE = new CostIndicators();

  private static final MessageArg LOWER_BOUND =
      MessageArg.localized("成本指标用了下限运算符", "a cost stated as a lower bound");

  private CostIndicators() {
    super(PerformanceDescriptors.of("P9", Severity.WARNING, "成本指标", "Cost indicators",
            "A money-valued 成本指标 uses ≤, =, ≈ or no operator (a cost is a ceiling): ≥ or > is a WARNING. A single"
                + " 总投资/总经费/总成本 value contradicting both of the sheet's own totals is a WARNING (UNIT_ERROR when it"
                + " matches after a factor 10 or 10000); sheets whose totals are both 0 are not compared."),
        Inputs.projectSheets());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SheetFacts facts = b.sheetFacts();
    for (SheetFacts.Sheet s : facts.sheets()) {
      Optional<WanYuan> impl = s.implementation();
      Optional<WanYuan> annual = s.annual();
      boolean hasTotals = impl.isPresent() && impl.get().isPositive()
          || annual.isPresent() && annual.get().isPositive();
      for (int k = s.from(); k < s.to(); k++) {
        if (!facts.isType(k, IndicatorLevel2.COST)) {
          continue;
        }
        TargetOperator op = facts.target(k).operator().orElse(null);
        boolean lowerBound = op == TargetOperator.AT_LEAST || op == TargetOperator.GREATER_THAN;
        String name = facts.name(k).orElse("");
        // one scan for 总 rules out nearly every name before the three words are looked for
        boolean total = hasTotals && name.indexOf('总') >= 0
            && (name.contains("总投资") || name.contains("总经费") || name.contains("总成本"));
        // Only a money value is judged; converting it is left until a check needs it.
        Optional<WanYuan> amount = lowerBound || total ? facts.target(k).amount() : Optional.empty();
        if (amount.isEmpty()) {
          continue;
        }
        if (lowerBound) {
          badValue(ctx, facts, k, FindingKind.IMPLAUSIBLE, ctx.severity(), LOWER_BOUND);
        }
        if (total) {
          WanYuan v = amount.get().rounded(2, RoundingMode.HALF_UP);
          if (!near(v, impl) && !near(v, annual)) {
            boolean unit = false;
            for (long f : UnitFactors.FACTORS) {
              unit |= near(v.times(f), impl) || near(v.times(f), annual)
                  || divisible(v, f) && (near(WanYuan.ofFen(v.fen() / f), impl)
                      || near(WanYuan.ofFen(v.fen() / f), annual));
            }
            badValue(ctx, facts, k, unit ? FindingKind.UNIT_ERROR : FindingKind.MISMATCH, ctx.severity(),
                "与本表资金总额（" + impl.map(WanYuan::toString).orElse("—") + " / "
                    + annual.map(WanYuan::toString).orElse("—") + " 万元）不符",
                "contradicts the sheet's totals (" + impl.map(WanYuan::toString).orElse("—") + " / "
                    + annual.map(WanYuan::toString).orElse("—") + " 万元)");
          }
        }
      }
    }
  }

  private static boolean divisible(WanYuan v, long f) {
    return v.fen() % f == 0;
  }

  /** Whether {@code v} is within 0.01 万元 (10,000 fen) of a positive {@code total}. */
  private static boolean near(WanYuan v, Optional<WanYuan> total) {
    return total.isPresent() && total.get().isPositive() && Math.abs(v.fen() - total.get().fen()) <= 10_000;
  }
}
