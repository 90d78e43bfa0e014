package org.yusuan.budget.validation.rules.finalnarrative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.Availability;
import org.yusuan.budget.validation.Discrepancy;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.RuleInput;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/**
 * What the 决算 narrative rules share (决算说明规则的共用部分): their descriptors, inputs, and the
 * comparison of a stated figure with another figure — an amount within the rule's tolerance for the
 * addends compared, a percentage recomputed HALF_UP to the printed decimals (one unit in the last
 * printed decimal is ROUNDING). Findings are located on the narrative ({@code N}, the claim's subject
 * and measure), quoting the sentence and its line.
 */
final class FinalNarrative {
  private FinalNarrative() {}

  static final Messages AMOUNT_DIFFERS = Messages.named("FinalNarrative.AMOUNT_DIFFERS");
  static final Messages PERCENT_DIFFERS = Messages.named("FinalNarrative.PERCENT_DIFFERS");
  static final Messages STATED_BESIDE = Messages.named("FinalNarrative.STATED_BESIDE");

  private static final Availability NOT_FINAL = Availability.notApplicable("not a 部门决算");

  /** A descriptor of the family FINAL_ACCOUNTS. */
  static RuleDescriptor describe(String id, String titleZh, String titleEn, String statement,
      Severity severity) {
    return RuleDescriptor.builder().id(id).family(RuleFamily.FINAL_ACCOUNTS).titleZh(titleZh)
        .titleEn(titleEn).statement(statement).severity(severity).build();
  }

  /** A 部门决算 whose narrative states a claim {@code test} accepts ({@code what} in the catalog). */
  static RuleInput<DepartmentBudget> claims(String what, Predicate<NarrativeClaim> test) {
    Availability none = Availability.notApplicable("no " + what + " stated");
    return Inputs.input("决算 narrative claims: " + what, b -> !b.profile().kind().isFinalAccounts()
        ? NOT_FINAL : b.claims().stream().anyMatch(test) ? Availability.AVAILABLE : none);
  }

  /** A claim on one of {@code subjects}. */
  static Predicate<NarrativeClaim> on(ClaimSubject... subjects) {
    List<ClaimSubject> list = List.of(subjects);
    return c -> list.contains(c.subject());
  }

  /** The claims of {@code s} measured as {@code m}, in printed order. */
  static List<NarrativeClaim> of(DepartmentBudget b, ClaimSubject s, ClaimMeasure m) {
    List<NarrativeClaim> out = new ArrayList<>();
    for (NarrativeClaim c : b.claimsBySubject().on(s)) {
      if (c.measure() == m) {
        out.add(c);
      }
    }
    return out;
  }

  /** The first unqualified claim of {@code s} measured as {@code m}. */
  static Optional<NarrativeClaim> first(DepartmentBudget b, ClaimSubject s, ClaimMeasure m) {
    for (NarrativeClaim c : b.claimsBySubject().on(s)) {
      if (c.measure() == m && c.qualifier().isEmpty()) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The first unqualified amount stated of {@code s}. */
  static Optional<WanYuan> amount(DepartmentBudget b, ClaimSubject s) {
    return first(b, s, ClaimMeasure.AMOUNT).flatMap(NarrativeClaim::amount);
  }

  /** Table {@code id} of type {@code type} when printed with data (本表无数据 and absent: empty). */
  static <T extends BudgetTable> Optional<T> table(DepartmentBudget b, TableId id, Class<T> type) {
    return b.tablesById().get(id, type).filter(t -> !t.declaredEmpty() && t.rowsNotRead() == 0);
  }

  /** A printed cell's amount, a blank cell being zero. */
  static WanYuan cell(AmountCell c) {
    return c.amountOrZero();
  }

  /** {@code c}'s amount against {@code expected} (from {@code what}), {@code addends} compared. */
  static void amount(RuleContext ctx, NarrativeClaim c, WanYuan expected, String what, int addends) {
    WanYuan stated = c.amount().orElse(WanYuan.ZERO);
    long d = stated.minus(expected).fen();
    long allowed = ctx.tolerance().allowedFen(addends);
    Discrepancy k = Discrepancy.of(d, allowed);
    if (k == Discrepancy.NONE) {
      return;
    }
    Location loc = ClaimSupport.at(c);
    Quantity diff = Quantity.of(WanYuan.ofFen(d));
    ctx.report(ctx.finding(k.kind(), AMOUNT_DIFFERS, ctx.descriptor().title(), MessageArg.location(loc),
            MessageArg.amount(stated), MessageArg.text(what), MessageArg.amount(expected), MessageArg.of(diff),
            MessageArg.amount(WanYuan.ofFen(allowed)), source(c))
        .location(loc).actual(Quantity.of(stated)).expected(Quantity.of(expected)).difference(diff)
        .tolerance(Quantity.of(WanYuan.ofFen(allowed))));
  }

  /** {@code c}'s percentage against {@code part / whole × 100}; nothing when the whole is zero. */
  static void percent(RuleContext ctx, NarrativeClaim c, WanYuan part, WanYuan whole, String what) {
    if (c.number().isEmpty() || whole.isZero()) {
      return;
    }
    BigDecimal printed = c.number().get();
    int scale = Math.max(0, printed.scale());
    BigDecimal computed = part.toWanYuan().multiply(BigDecimal.valueOf(100))
        .divide(whole.toWanYuan(), scale, RoundingMode.HALF_UP);
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
    int units = printed.subtract(computed).abs().divide(unit, 0, RoundingMode.UP).intValue();
    if (units == 0) {
      return;
    }
    Discrepancy k = units == 1 ? Discrepancy.ROUNDING : Discrepancy.MISMATCH;
    Location loc = ClaimSupport.at(c);
    ctx.report(ctx.finding(k.kind(), PERCENT_DIFFERS, ctx.descriptor().title(), MessageArg.location(loc),
            MessageArg.of(Quantity.percent(printed)), MessageArg.text(what),
            MessageArg.of(Quantity.percent(computed)), source(c))
        .location(loc).actual(Quantity.percent(printed)).expected(Quantity.percent(computed))
        .difference(Quantity.percent(printed.subtract(computed))).tolerance(Quantity.percent(unit)));
  }

  /** The claim's sentence with its line, quoted in findings. */
  static MessageArg source(NarrativeClaim c) {
    return MessageArg.quote(c.sourceLine(), c.sourceText());
  }

  /** The 人员经费 and 公用经费 of F6: its class rows split by 301 / 303 and the rest. */
  static WanYuan[] split(EconomicTable f6) {
    WanYuan personnel = WanYuan.ZERO;
    WanYuan pub = WanYuan.ZERO;
    for (EconomicRow r : f6.classRows()) {
      WanYuan a = r.cells().isEmpty() ? WanYuan.ZERO : r.cells().get(0).amountOrZero();
      String code = r.departmentCode().map(c -> c.value()).orElse("");
      if (code.equals("301") || code.equals("303")) {
        personnel = personnel.plus(a);
      } else {
        pub = pub.plus(a);
      }
    }
    return new WanYuan[] {personnel, pub};
  }

}
