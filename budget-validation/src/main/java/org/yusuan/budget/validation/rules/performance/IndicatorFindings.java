package org.yusuan.budget.validation.rules.performance;

import org.yusuan.budget.performance.SheetFacts;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;

/** A finding on an indicator's value (指标值问题), as P8, P9 and P13 report it. */
final class IndicatorFindings {
  private IndicatorFindings() {}

  static final Messages BAD_VALUE = Messages.named("IndicatorFindings.BAD_VALUE");

  /** A finding on the value of indicator {@code k}, located in its sheet, half and name. */
  static void badValue(RuleContext ctx, SheetFacts facts, int k, FindingKind kind, Severity severity,
      String zh, String en) {
    badValue(ctx, facts, k, kind, severity, MessageArg.localized(zh, en));
  }

  /**
   * As {@link #badValue(RuleContext, SheetFacts, int, FindingKind, Severity, String, String)} with the
   * problem's wording made once (a rule's constant).
   */
  static void badValue(RuleContext ctx, SheetFacts facts, int k, FindingKind kind, Severity severity,
      MessageArg problem) {
    String raw = facts.target(k).raw();
    Location loc = SheetLocations.indicatorAt(facts, k);
    ctx.report(ctx.finding(kind, BAD_VALUE, ctx.descriptor().title(), MessageArg.location(loc),
            MessageArg.text(raw), problem)
        .severity(severity).location(loc).actual(Quantity.text(raw)));
  }
}
