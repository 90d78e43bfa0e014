package org.yusuan.budget.testkit.mutation.narrative;

import static org.yusuan.budget.testkit.mutation.BudgetEdits.BUMP;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.mutation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.catalog.Entry;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ChangeDirection;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.ImmutableNarrativeClaim;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.narrative.PriorYearBasis;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.testkit.Mutation;
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/**
 * Mutators of the rules on the paragraphs of the Shanghai 编制说明 (N15–N20): a generated budget
 * has none, so each adds the paragraph of one 项 of its 表五, consistent with the table (amount, the
 * prior year's 执行数 1.00 lower, the amount restated, the growth rate), with one figure or word
 * broken.
 */
final class ItemMutators {
  private ItemMutators() {}

  /** The claims of a consistent paragraph, and the index of the claim a mutation edits. */
  private static final class Paragraph {
    final List<NarrativeClaim> claims;
    final DepartmentBudget budget;

    Paragraph(List<NarrativeClaim> claims, DepartmentBudget budget) {
      this.claims = claims;
      this.budget = budget;
    }

    /** The budget with the paragraph, claim {@code i} edited by {@code edit}. */
    Mutation broken(String rule, int i, UnaryOperator<ImmutableNarrativeClaim> edit, String what) {
      List<NarrativeClaim> mine = new ArrayList<>(claims);
      NarrativeClaim c = edit.apply(ImmutableNarrativeClaim.copyOf(mine.get(i)));
      mine.set(i, c);
      List<NarrativeClaim> all = new ArrayList<>(budget.claims());
      all.addAll(mine);
      return mutation(rule, ImmutableDepartmentBudget.copyOf(budget).withClaims(all), ClaimSupport.N,
          ClaimSupport.row(c), ClaimSupport.measureName(c.measure()), "编制说明 " + ClaimSupport.row(c)
              + " " + what);
    }
  }

  /** The paragraph of the first 项 of 表五 with an amount of at least 2.00, if any. */
  private static Optional<Paragraph> paragraph(DepartmentBudget b) {
    Optional<FunctionTable> t5 = b.tablesById().functionTable(TableId.T5);
    if (t5.isEmpty() || !t5.get().rowIndex().has(AmountColumn.TOTAL)) {
      return Optional.empty();
    }
    FunctionRowIndex f = t5.get().rowIndex();
    for (int i = 0; i < f.size(); i++) {
      WanYuan v = f.amount(i, AmountColumn.TOTAL);
      int kuan = f.parent(i);
      int klass = kuan < 0 ? -1 : f.parent(kuan);
      if (f.code(i).length() != 7 || klass < 0 || v.compareTo(WanYuan.of(2)) < 0) {
        continue;
      }
      List<String> names = List.of(f.row(klass).printedName(), f.row(kuan).printedName(),
          f.row(i).printedName());
      return Optional.of(new Paragraph(claims(b.budgetYear(), names, FunctionCode.parse(f.code(i)), v),
          b));
    }
    return Optional.empty();
  }

  private static List<NarrativeClaim> claims(int year, List<String> names, FunctionCode code,
      WanYuan amount) {
    String qualifier = names.get(0) + "（类）" + names.get(1) + "（款）" + names.get(2) + "（项）";
    WanYuan prior = amount.minus(BUMP);
    BigDecimal rate = amount.minus(prior).toWanYuan().multiply(BigDecimal.valueOf(100))
        .divide(prior.toWanYuan(), 2, RoundingMode.HALF_UP);
    String s1 = "“" + qualifier + "”" + amount + "万元。";
    String s2 = (year - 1) + "年当年预算执行数为" + prior + "万元，" + year + "年预算安排" + amount + "万元，比"
        + (year - 1) + "年预算执行数增加" + rate.toPlainString() + "%。";
    List<NarrativeClaim> out = new ArrayList<>();
    out.add(item(qualifier, names, code, ClaimMeasure.AMOUNT, s1).amount(amount)
        .printedValue(amount + "万元").build());
    out.add(item(qualifier, names, code, ClaimMeasure.PRIOR_AMOUNT, s2).amount(prior).year(year - 1)
        .basis(PriorYearBasis.EXECUTION).printedValue(prior + "万元").build());
    out.add(item(qualifier, names, code, ClaimMeasure.RESTATED_AMOUNT, s2).amount(amount).year(year)
        .printedValue(amount + "万元").build());
    out.add(item(qualifier, names, code, ClaimMeasure.GROWTH_RATE, s2).number(rate).year(year - 1)
        .basis(PriorYearBasis.EXECUTION).direction(ChangeDirection.INCREASE)
        .printedValue("增加" + rate.toPlainString() + "%").build());
    return out;
  }

  private static ImmutableNarrativeClaim.Builder item(String qualifier, List<String> names,
      FunctionCode code, ClaimMeasure m, String sentence) {
    return ImmutableNarrativeClaim.builder().subject(ClaimSubject.FISCAL_BY_ITEM).measure(m)
        .qualifier(qualifier).functionCode(code).functionNames(names).sourceText(sentence);
  }

  /** N15: the amount restated 1.00 higher. */
  static Optional<Mutation> restated(DepartmentBudget b, String rule) {
    return paragraph(b).map(p -> p.broken(rule, 2, c -> c.withAmount(c.amount().get().plus(BUMP)),
        "本年预算安排 +1.00"));
  }

  /** N16: the growth rate one point higher. */
  static Optional<Mutation> rate(DepartmentBudget b, String rule) {
    return paragraph(b).map(p -> p.broken(rule, 3, c -> c.withNumber(c.number().get().add(BigDecimal.ONE)),
        "增减率 +1"));
  }

  /** N17: 增加 printed as 减少. */
  static Optional<Mutation> direction(DepartmentBudget b, String rule) {
    return paragraph(b).map(p -> p.broken(rule, 3, c -> c.withDirection(ChangeDirection.DECREASE)
        .withNumber(c.number().get().negate()), "增加 → 减少"));
  }

  /** N18: the prior year's 执行数 of two years before. */
  static Optional<Mutation> year(DepartmentBudget b, String rule) {
    return paragraph(b).map(p -> p.broken(rule, 1, c -> c.withYear(c.year().get() - 1),
        "上年执行数的年度 −1"));
  }

  /** N19: the item's amount 1.00 off its 表五 row (restated alike). */
  static Optional<Mutation> amount(DepartmentBudget b, String rule) {
    return paragraph(b).map(p -> {
      List<NarrativeClaim> shifted = new ArrayList<>(p.claims);
      shifted.set(2, ImmutableNarrativeClaim.copyOf(shifted.get(2))
          .withAmount(shifted.get(2).amount().get().plus(BUMP)));
      return new Paragraph(shifted, b).broken(rule, 0, c -> c.withAmount(c.amount().get().plus(BUMP)),
          "金额 +1.00");
    });
  }

  /**
   * N20: a 类 of 表五 that the embedded edition of the budget year knows by a former name too,
   * stated in the narrative by that name.
   */
  static Optional<Mutation> formerName(DepartmentBudget b, String rule) {
    Optional<FunctionTable> t5 = b.tablesById().functionTable(TableId.T5);
    if (t5.isEmpty()) {
      return Optional.empty();
    }
    Edition edition = Editions.nearestEmbedded(b.budgetYear());
    FunctionRowIndex f = t5.get().rowIndex();
    for (int i = 0; i < f.size(); i++) {
      Optional<Entry> e = f.code(i).length() == 3 ? edition.entry(f.code(i)) : Optional.empty();
      if (e.isEmpty() || e.get().aliases().isEmpty()) {
        continue;
      }
      NarrativeClaim c = ImmutableNarrativeClaim.builder().subject(ClaimSubject.FISCAL_BY_CLASS)
          .measure(ClaimMeasure.AMOUNT).qualifier(e.get().aliases().get(0))
          .functionCode(FunctionCode.parse(f.code(i))).amount(f.amount(i, AmountColumn.TOTAL))
          .sourceText(e.get().aliases().get(0) + f.amount(i, AmountColumn.TOTAL) + "万元").build();
      List<NarrativeClaim> all = new ArrayList<>(b.claims());
      all.add(c);
      return Optional.of(mutation(rule, ImmutableDepartmentBudget.copyOf(b).withClaims(all),
          ClaimSupport.N, ClaimSupport.row(c), ClaimSupport.measureName(c.measure()),
          "情况说明 类 " + f.code(i) + " 写作旧称 " + e.get().aliases().get(0)));
    }
    return Optional.empty();
  }
}
