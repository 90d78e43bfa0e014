package org.yusuan.budget.validation.rules.performance;

import static org.yusuan.budget.validation.rules.performance.SheetLocations.at;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.performance.IndicatorLevel1;
import org.yusuan.budget.performance.IndicatorLevel2;
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
import org.yusuan.budget.validation.rules.support.Checks;

/**
 * P7 — 绩效指标完整: over both halves of a sheet, 产出 with 数量, 质量, 时效 and 成本; 效益 with a valued
 * indicator; 满意度 with 服务对象满意度. One finding per sheet names what is missing.
 */
public final class IndicatorsComplete extends BudgetRule {
  /**
   * Rule {@code P7}, 绩效指标完整. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final IndicatorsComplete RULE = new IndicatorsComplete();

  private static final Messages INCOMPLETE = Messages.named("P7.INCOMPLETE");

  private static final IndicatorLevel2[] OUTPUT_TYPES = {
    IndicatorLevel2.QUANTITY, IndicatorLevel2.QUALITY, IndicatorLevel2.TIMELINESS, IndicatorLevel2.COST
  };

  /** OUTPUT_TYPES and 服务对象满意度 as a bit set over IndicatorLevel2's ordinals. */
  private static final long COMPLETE;

  static {
    long bits = 1L << IndicatorLevel2.SERVICE_SATISFACTION.ordinal();
    for (IndicatorLevel2 t : OUTPUT_TYPES) {
      bits |= 1L << t.ordinal();
    }
    COMPLETE = bits;
  }

  private IndicatorsComplete() {
    super(PerformanceDescriptors.of("P7", Severity.WARNING, "绩效指标完整", "Indicators complete",
            "Over both halves of a sheet: 产出 with 数量, 质量, 时效 and 成本; 效益 with at least one valued indicator (经济,"
                + " 社会, 生态 or 可持续影响); 满意度 with 服务对象满意度. One WARNING per sheet names what is missing."),
        Inputs.projectSheets());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SheetFacts facts = b.sheetFacts();
    for (SheetFacts.Sheet s : facts.sheets()) {
      // The types present, as a bit set over IndicatorLevel2's ordinals.
      long types = 0;
      boolean benefit = false;
      int count = s.to() - s.from();
      for (int k = s.from(); k < s.to(); k++) {
        IndicatorLevel2 t = facts.type(k).orElse(null);
        if (t != null) {
          types |= 1L << t.ordinal();
        }
        if (!benefit && facts.isLevel1Type(k, IndicatorLevel1.BENEFIT) && !facts.is(k, SheetFacts.EMPTY)) {
          benefit = true;
        }
      }
      if (count > 0 && benefit && (types & COMPLETE) == COMPLETE) {
        continue;
      }
      StringBuilder missing = new StringBuilder();
      if (count == 0) {
        missing.append("全部指标");
      } else {
        for (IndicatorLevel2 t : OUTPUT_TYPES) {
          if ((types & (1L << t.ordinal())) == 0) {
            Checks.append(missing, t.chineseName());
          }
        }
        if (!benefit) {
          Checks.append(missing, IndicatorLevel1.BENEFIT.chineseName());
        }
        if ((types & (1L << IndicatorLevel2.SERVICE_SATISFACTION.ordinal())) == 0) {
          Checks.append(missing, IndicatorLevel2.SERVICE_SATISFACTION.chineseName());
        }
      }
      if (missing.length() > 0) {
        Location loc = at(s.label(), "绩效指标");
        ctx.report(ctx.finding(FindingKind.MISSING, INCOMPLETE, ctx.descriptor().title(), MessageArg.location(loc),
            MessageArg.text(missing.toString())).location(loc).expected(Quantity.text(missing.toString())));
      }
    }
  }
}
