package org.yusuan.budget.validation.rules.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
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

/**
 * Paragraphs of the Shanghai 编制说明 as the reader gives them, built by hand: an item's amount, the
 * prior year's 执行数, the amount restated and the growth rate, each claim editable.
 */
public final class ItemStatements {
  /** The item of seed 003's 表五 used by the cases: 2210201 住房公积金 319.23. */
  public static final String QUALIFIER = "住房保障支出（类）住房改革支出（款）住房公积金（项）";
  /** The row of findings on that item. */
  public static final String ROW = "财政拨款支出（科目）·" + QUALIFIER;

  private ItemStatements() {}

  /**
   * The claims of {@code “住房保障支出（类）住房改革支出（款）住房公积金（项）”<amount>万元…。<Y−1>年当年预算执行数为
   * <prior>万元，<Y>年预算安排<restated>万元，比<Y−1>年预算执行数<增加|减少><|rate|>%。}.
   */
  public static List<NarrativeClaim> item(int year, String amount, String prior, String restated,
      ChangeDirection direction, String rate) {
    String s1 = "“" + QUALIFIER + "”" + amount + "万元，主要用于住房公积金。";
    String s2 = (year - 1) + "年当年预算执行数为" + prior + "万元，" + year + "年预算安排" + restated + "万元，比"
        + (year - 1) + "年预算执行数" + direction.chineseName() + new BigDecimal(rate).abs() + "%。";
    List<NarrativeClaim> out = new ArrayList<>();
    out.add(claim(ClaimMeasure.AMOUNT, s1).amount(WanYuan.parse(amount)).printedValue(amount + "万元")
        .build());
    out.add(claim(ClaimMeasure.PRIOR_AMOUNT, s2).amount(WanYuan.parse(prior)).year(year - 1)
        .basis(PriorYearBasis.EXECUTION).printedValue(prior + "万元").build());
    out.add(claim(ClaimMeasure.RESTATED_AMOUNT, s2).amount(WanYuan.parse(restated)).year(year)
        .printedValue(restated + "万元").build());
    out.add(claim(ClaimMeasure.GROWTH_RATE, s2).number(new BigDecimal(rate)).year(year - 1)
        .basis(PriorYearBasis.EXECUTION).direction(direction).printedValue(rate + "%").build());
    return out;
  }

  /** Seed 003's item, consistent: 319.23 against 300.00 executed in 2024 is 增加6.41%. */
  public static List<NarrativeClaim> good() {
    return item(2025, "319.23", "300.00", "319.23", ChangeDirection.INCREASE, "6.41");
  }

  private static ImmutableNarrativeClaim.Builder claim(ClaimMeasure m, String sentence) {
    return ImmutableNarrativeClaim.builder().subject(ClaimSubject.FISCAL_BY_ITEM).measure(m)
        .qualifier(QUALIFIER).functionCode(FunctionCode.parse("221"))
        .addFunctionNames("住房保障支出", "住房改革支出", "住房公积金").sourceText(sentence).sourceLine(500);
  }

  /** Adds {@code claims} after the budget's own. */
  public static UnaryOperator<DepartmentBudget> with(List<NarrativeClaim> claims) {
    return b -> {
      List<NarrativeClaim> all = new ArrayList<>(b.claims());
      all.addAll(claims);
      return ImmutableDepartmentBudget.copyOf(b).withClaims(all);
    };
  }

  /** Replaces the item's claims (those with its qualifier) by {@code claims}. */
  public static UnaryOperator<DepartmentBudget> replaced(List<NarrativeClaim> claims) {
    return b -> {
      List<NarrativeClaim> all = new ArrayList<>();
      for (NarrativeClaim c : b.claims()) {
        if (!c.qualifier().equals(java.util.Optional.of(QUALIFIER))) {
          all.add(c);
        }
      }
      all.addAll(claims);
      return ImmutableDepartmentBudget.copyOf(b).withClaims(all);
    };
  }

  /** A 财政拨款 类 claim naming 210 by its former name 医疗卫生与计划生育支出. */
  public static NarrativeClaim formerClassName() {
    return ImmutableNarrativeClaim.builder().subject(ClaimSubject.FISCAL_BY_CLASS)
        .measure(ClaimMeasure.AMOUNT).qualifier("医疗卫生与计划生育支出")
        .functionCode(FunctionCode.parse("210")).amount(WanYuan.parse("227.32"))
        .sourceText("医疗卫生与计划生育支出227.32万元").sourceLine(428).build();
  }
}
