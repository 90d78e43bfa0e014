package org.yusuan.budget.validation.rules.narrative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.validation.Discrepancy;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/**
 * A claim's amount or percentage against the tables (说明数字与表格核对): amounts within the rule's
 * tolerance, percentages recomputed HALF_UP to the printed decimals, one unit in the last printed
 * decimal being ROUNDING.
 */
final class ClaimChecks {
  private ClaimChecks() {}

  static final Messages CLAIM_ROUNDING = Messages.named("ClaimChecks.CLAIM_ROUNDING");
  static final Messages CLAIM_MISMATCH = Messages.named("ClaimChecks.CLAIM_MISMATCH");

  /** The claim's printed text, with its line when known, quoted in findings. */
  static MessageArg source(NarrativeClaim c) {
    return MessageArg.quote(c.sourceLine(), c.sourceText());
  }

  /** Every AMOUNT claim on {@code subject} must equal {@code expected} within 0.01 (n = 1). */
  static void amounts(RuleContext ctx, DepartmentBudget b, ClaimSubject subject, WanYuan expected) {
    for (NarrativeClaim c : b.claimsBySubject().on(subject)) {
      if (c.measure() == ClaimMeasure.AMOUNT && c.qualifier().isEmpty()) {
        claimAmount(ctx, c, expected);
      }
    }
  }

  /** One amount claim against the table value. */
  static void claimAmount(RuleContext ctx, NarrativeClaim c, WanYuan expected) {
    WanYuan stated = c.amount().orElse(WanYuan.ZERO);
    long d = stated.minus(expected).fen();
    long allowed = ctx.tolerance().allowedFen(1);
    Discrepancy k = Discrepancy.of(d, allowed);
    if (k == Discrepancy.NONE) {
      return;
    }
    report(ctx, c, k, Quantity.of(stated), Quantity.of(expected), Quantity.of(WanYuan.ofFen(d)),
        Quantity.of(WanYuan.ofFen(allowed)));
  }

  private static void report(RuleContext ctx, NarrativeClaim c, Discrepancy k, Quantity stated, Quantity expected,
      Quantity diff, Quantity allowed) {
    Location loc = ClaimSupport.at(c);
    ctx.report(ctx.finding(k.kind(), k == Discrepancy.ROUNDING ? CLAIM_ROUNDING : CLAIM_MISMATCH,
            ctx.descriptor().title(), MessageArg.location(loc), MessageArg.of(stated), MessageArg.of(expected),
            MessageArg.of(diff), MessageArg.of(allowed), source(c))
        .location(loc).actual(stated).expected(expected).difference(diff).tolerance(allowed));
  }

  /**
   * A printed percentage against {@code part / base × 100}, rounded HALF_UP to the printed scale.
   * Equal: nothing; one unit in the last printed decimal: ROUNDING; else MISMATCH.
   */
  static void percent(RuleContext ctx, NarrativeClaim c, WanYuan part, WanYuan base) {
    if (c.number().isEmpty() || base.isZero()) {
      return;
    }
    BigDecimal printed = c.number().get();
    int scale = Math.max(0, printed.scale());
    BigDecimal computed = percent(part, base, scale);
    compareNumber(ctx, c, printed, computed, scale);
  }

  /**
   * {@code part / base × 100} rounded HALF_UP to {@code scale} decimals. Divided in fen, the same
   * quotient as in 万元 (a fixed-scale divide depends only on the values): no BigDecimal per amount
   * and its stripped copy.
   */
  static BigDecimal percent(WanYuan part, WanYuan base, int scale) {
    return hundredTimes(part.fen()).divide(BigDecimal.valueOf(base.fen()), scale, RoundingMode.HALF_UP);
  }

  /** {@code 100 × fen}, exact (a long when it fits). */
  private static BigDecimal hundredTimes(long fen) {
    long hi = Math.multiplyHigh(fen, 100);
    long lo = fen * 100;
    return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0) ? BigDecimal.valueOf(lo)
        : BigDecimal.valueOf(fen).multiply(BigDecimal.valueOf(100));
  }

  private static void compareNumber(RuleContext ctx, NarrativeClaim c, BigDecimal printed, BigDecimal computed,
      int scale) {
    BigDecimal diff = printed.subtract(computed);
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
    int units = diff.abs().divide(unit, 0, RoundingMode.UP).intValue();
    if (units == 0) {
      return;
    }
    Discrepancy k = units == 1 ? Discrepancy.ROUNDING : Discrepancy.MISMATCH;
    report(ctx, c, k, Quantity.percent(printed), Quantity.percent(computed), Quantity.percent(diff),
        Quantity.percent(unit));
  }

  /** Every unqualified SHARE claim on {@code subject} against {@code part / base × 100}. */
  static void shares(RuleContext ctx, DepartmentBudget b, ClaimSubject subject, WanYuan part, WanYuan base) {
    for (NarrativeClaim c : b.claimsBySubject().on(subject)) {
      if (c.measure() == ClaimMeasure.SHARE && c.qualifier().isEmpty()) {
        percent(ctx, c, part, base);
      }
    }
  }

  /** Growth claims: rate = Δ / prev × 100 with prev = current − Δ, for each sentence on {@code subject}. */
  static void growth(RuleContext ctx, DepartmentBudget b, ClaimSubject subject) {
    List<NarrativeClaim> claims = b.claimsBySubject().on(subject);
    for (NarrativeClaim rate : claims) {
      if (rate.measure() != ClaimMeasure.GROWTH_RATE || rate.number().isEmpty()) {
        continue;
      }
      NarrativeClaim change = null;
      NarrativeClaim current = null;
      for (NarrativeClaim c : claims) {
        if (c.sourceText().equals(rate.sourceText())) {
          if (c.measure() == ClaimMeasure.CHANGE) {
            change = c;
          } else if (c.measure() == ClaimMeasure.AMOUNT && current == null) {
            current = c;
          }
        }
      }
      if (change == null || current == null) {
        continue;
      }
      WanYuan delta = change.amount().get();
      WanYuan prev = current.amount().get().minus(delta);
      if (prev.isZero()) {
        continue;
      }
      int scale = Math.max(0, rate.number().get().scale());
      BigDecimal computed = percent(delta, prev, scale);
      compareNumber(ctx, rate, rate.number().get(), computed, scale);
    }
  }
}
