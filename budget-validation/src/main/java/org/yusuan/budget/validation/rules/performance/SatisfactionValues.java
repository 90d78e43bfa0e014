package org.yusuan.budget.validation.rules.performance;

import static org.yusuan.budget.validation.rules.performance.IndicatorFindings.badValue;

import java.math.BigDecimal;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.performance.IndicatorLevel1;
import org.yusuan.budget.performance.IndicatorLevel2;
import org.yusuan.budget.performance.IndicatorTarget;
import org.yusuan.budget.performance.SheetFacts;
import org.yusuan.budget.performance.TargetForm;
import org.yusuan.budget.performance.TargetOperator;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * P8 — 满意度指标值: a 满意度 value is a percentage 80 ≤ x ≤ 100 with ≥, = or no operator; a qualitative
 * value is noted, anything else is a WARNING.
 */
public final class SatisfactionValues extends BudgetRule {
  /**
   * Rule {@code P8}, 满意度指标值. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final SatisfactionValues RULE = new SatisfactionValues();

  // the problems' wordings, made once (most sheets note many qualitative values)
  private static final MessageArg QUALITATIVE = MessageArg.localized("为定性表述", "is qualitative");
  private static final MessageArg NO_LEVEL = MessageArg.localized("不是满意度水平", "is no satisfaction level");
  private static final MessageArg OUT_OF_RANGE = MessageArg.localized("应为 80%–100% 的下限或目标值",
      "should be a target or lower bound within 80–100%");

  private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private SatisfactionValues() {
    super(PerformanceDescriptors.of("P8", Severity.WARNING, "满意度指标值", "Satisfaction values",
            "A 满意度 value is a percentage 80 ≤ x ≤ 100 with ≥, = or no operator; a qualitative value (满意) is noted"
                + " (INFO); ≥100%, >100%, an upper bound, a value outside 80–100 or a value that is no satisfaction level"
                + " (全覆盖, a count) is a WARNING."),
        Inputs.projectSheets());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SheetFacts facts = b.sheetFacts();
    for (int k = 0; k < facts.indicatorCount(); k++) {
      if (facts.isType(k, IndicatorLevel2.SERVICE_SATISFACTION)
          || facts.isLevel1Type(k, IndicatorLevel1.SATISFACTION)) {
        satisfaction(ctx, facts, k);
      }
    }
  }

  /** P8 on the satisfaction indicator {@code k}. */
  private static void satisfaction(RuleContext ctx, SheetFacts facts, int k) {
    if (facts.is(k, SheetFacts.EMPTY)) {
      return;
    }
    IndicatorTarget t = facts.target(k);
    if (t.form() == TargetForm.QUALITATIVE) {
      badValue(ctx, facts, k, FindingKind.NOTE, Severity.INFO, QUALITATIVE);
      return;
    }
    BigDecimal x = t.isPercent() ? t.number().orElse(null) : null;
    if (x == null) {
      badValue(ctx, facts, k, FindingKind.IMPLAUSIBLE, ctx.severity(), NO_LEVEL);
      return;
    }
    TargetOperator op = facts.target(k).operator().orElse(null);
    boolean opOk = op == null || op == TargetOperator.AT_LEAST || op == TargetOperator.EQUAL
        || op == TargetOperator.APPROXIMATELY;
    boolean rangeOk = x.compareTo(EIGHTY) >= 0 && x.compareTo(HUNDRED) <= 0;
    boolean atLeast100 = op == TargetOperator.AT_LEAST && x.compareTo(HUNDRED) >= 0;
    if (!opOk || !rangeOk || atLeast100) {
      badValue(ctx, facts, k, FindingKind.IMPLAUSIBLE, ctx.severity(), OUT_OF_RANGE);
    }
  }
}
