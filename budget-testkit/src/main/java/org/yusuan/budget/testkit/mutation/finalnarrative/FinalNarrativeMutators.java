package org.yusuan.budget.testkit.mutation.finalnarrative;

import static org.yusuan.budget.narrative.ClaimSubject.*;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.mutation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.ImmutableNarrativeClaim;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.testkit.Mutation;
import org.yusuan.budget.testkit.mutation.MutatorRegistry;
import org.yusuan.budget.validation.Rule;
import org.yusuan.budget.validation.rules.finalnarrative.*;
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/**
 * Mutators of the 决算 narrative rules (J21–J35), on a 部门决算 whose narrative is consistent (e.g.
 * {@link org.yusuan.budget.testkit.FinalNarrativeClaims#with}): each changes one stated figure by
 * 1.00 (a count by 1) — or adds a “无…” statement — and names the claim the rule reports. A 预算, or a
 * 决算 whose narrative does not state the figure, gives no mutation.
 */
public final class FinalNarrativeMutators {
  private FinalNarrativeMutators() {}

  /**
   * Registers the mutator of every J-rule of the narrative.
   *
   * @param r the registry the mutators are added to
   */
  public static void register(MutatorRegistry r) {
    bump(r, FinalTotalClaims.RULE, FINAL_INCOME, ClaimMeasure.AMOUNT, null);
    bump(r, FinalShareClaims.RULE, FINAL_BASIC, ClaimMeasure.SHARE, null);
    bump(r, FinalGrowthRates.RULE, FINAL_GRAND_TOTAL, ClaimMeasure.GROWTH_RATE, null);
    bump(r, FinalFiscalTotals.RULE, FINAL_FISCAL_GRAND_TOTAL, ClaimMeasure.AMOUNT, null);
    bump(r, FinalGeneralBudgetClaims.RULE, FINAL_GENERAL_BUDGET_BY_CLASS, ClaimMeasure.AMOUNT, null);
    bump(r, FinalItemClaims.RULE, FINAL_FISCAL_BY_ITEM, ClaimMeasure.AMOUNT, null);
    bump(r, FinalCompletionRates.RULE, FINAL_GENERAL_BUDGET, ClaimMeasure.COMPLETION_RATE, null);
    bump(r, FinalBasicSplit.RULE, FINAL_PERSONNEL, ClaimMeasure.AMOUNT, FINAL_GENERAL_BUDGET_BASIC);
    bump(r, FinalBasicAgainstTables.RULE, FINAL_PERSONNEL, ClaimMeasure.AMOUNT, null);
    bump(r, FinalThreePublicClaims.RULE, FINAL_THREE_PUBLIC_TOTAL, ClaimMeasure.AMOUNT, null);
    bump(r, FinalOperatingCosts.RULE, FINAL_OPERATING_COSTS, ClaimMeasure.AMOUNT, null);
    bump(r, FinalProcurementTotal.RULE, FINAL_PROCUREMENT_GOODS, ClaimMeasure.AMOUNT, FINAL_PROCUREMENT_TOTAL);
    bump(r, FinalProcurementShares.RULE, FINAL_PROCUREMENT_SMALL_MICRO, ClaimMeasure.SHARE, null);
    bump(r, FinalVehicleCount.RULE, FINAL_VEHICLES, ClaimMeasure.COUNT, null);
    r.add(FinalStatedNone.RULE, FinalNarrativeMutators::noThreePublic);
  }

  /**
   * Changes the first claim of {@code s} measured {@code m}; the rule reports the claim itself, or the
   * first AMOUNT of {@code reportedOn} (a total whose parts were changed).
   */
  private static void bump(MutatorRegistry r, Rule<DepartmentBudget> rule, ClaimSubject s, ClaimMeasure m,
      ClaimSubject reportedOn) {
    r.add(rule, b -> {
      if (!b.profile().kind().isFinalAccounts()) {
        return Optional.empty();
      }
      Predicate<NarrativeClaim> target = c -> c.subject() == s && c.measure() == m;
      Optional<NarrativeClaim> at = reportedOn == null ? Optional.empty()
          : b.claims().stream().filter(c -> c.subject() == reportedOn && c.measure() == ClaimMeasure.AMOUNT)
              .findFirst();
      if (reportedOn != null && at.isEmpty()) {
        return Optional.empty();
      }
      List<NarrativeClaim> out = new ArrayList<>();
      NarrativeClaim changed = null;
      for (NarrativeClaim c : b.claims()) {
        if (changed == null && target.test(c)) {
          ImmutableNarrativeClaim copy = ImmutableNarrativeClaim.copyOf(c);
          c = c.amount().isPresent() ? copy.withAmount(c.amount().get().plus(WanYuan.of(1)))
              : c.count().isPresent() ? copy.withCount(c.count().get() + 1)
              : copy.withNumber(c.number().get().add(BigDecimal.ONE));
          changed = c;
        }
        out.add(c);
      }
      if (changed == null) {
        return Optional.empty();
      }
      NarrativeClaim reported = at.orElse(changed);
      return Optional.of(mutation(rule.id(), ImmutableDepartmentBudget.copyOf(b).withClaims(out), ClaimSupport.N,
          ClaimSupport.row(reported), ClaimSupport.measureName(reported.measure()),
          "决算说明 " + ClaimSupport.row(changed) + " " + ClaimSupport.measureName(changed.measure()) + " +1"));
    });
  }

  /** Adds 无“三公”经费财政拨款支出 to a 决算 whose F7 shows money. */
  private static Optional<Mutation> noThreePublic(DepartmentBudget b) {
    Optional<ThreePublicTable> f7 = b.tablesById().threePublicTable(TableId.F7);
    if (!b.profile().kind().isFinalAccounts() || f7.isEmpty() || f7.get().declaredEmpty()
        || f7.get().rows().stream().flatMap(row -> row.cells().stream()).allMatch(c -> c.amountOrZero().isZero())) {
      return Optional.empty();
    }
    NarrativeClaim none = ImmutableNarrativeClaim.builder().subject(FINAL_THREE_PUBLIC_TOTAL)
        .measure(ClaimMeasure.NONE).sourceText("本部门无“三公”经费财政拨款支出。").build();
    List<NarrativeClaim> out = new ArrayList<>(b.claims());
    out.add(none);
    return Optional.of(mutation(FinalStatedNone.RULE.id(), ImmutableDepartmentBudget.copyOf(b).withClaims(out),
        ClaimSupport.N, ClaimSupport.row(none), ClaimSupport.measureName(none.measure()),
        "决算说明 加“无“三公”经费”"));
  }
}
