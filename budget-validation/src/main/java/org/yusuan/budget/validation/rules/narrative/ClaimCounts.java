package org.yusuan.budget.validation.rules.narrative;

import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/** A stated count (个数) that differs from the expected one, reported on the claim (说明个数不符). */
final class ClaimCounts {
  private ClaimCounts() {}

  static final Messages COUNT_MISMATCH = Messages.named("ClaimCounts.COUNT_MISMATCH");

  static void countFinding(RuleContext ctx, NarrativeClaim c, long stated, long expected, Severity severity) {
    Location loc = ClaimSupport.at(c);
    ctx.report(ctx.finding(FindingKind.MISMATCH, COUNT_MISMATCH, ctx.descriptor().title(), MessageArg.location(loc),
            MessageArg.count(stated), MessageArg.count(expected), ClaimChecks.source(c))
        .severity(severity).location(loc).actual(Quantity.count(stated)).expected(Quantity.count(expected))
        .difference(Quantity.count(stated - expected)));
  }
}
