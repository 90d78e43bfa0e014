package org.yusuan.budget.validation.rules;

import static org.yusuan.budget.narrative.ClaimSubject.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.FinalAccountsModel;
import org.yusuan.budget.narrative.ImmutableNarrativeClaim;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.validation.rules.StandardRulesTest.Case;

/**
 * Cases of the 决算 narrative rules (J21…J35): the consistent hand-built 决算 {@link FinalAccountsModel}
 * passes, and the same model with one stated figure changed fails at that figure.
 */
final class FinalNarrativeCases {
  private FinalNarrativeCases() {}

  static final UnaryOperator<DepartmentBudget> FINAL = b -> FinalAccountsModel.budget();

  /** The first claim of {@code s}, {@code m} (and {@code qualifier} when given) with a new value. */
  static UnaryOperator<DepartmentBudget> set(ClaimSubject s, ClaimMeasure m, String qualifier, String value) {
    return b -> {
      List<NarrativeClaim> out = new ArrayList<>();
      boolean done = false;
      for (NarrativeClaim c : b.claims()) {
        if (!done && c.subject() == s && c.measure() == m
            && (qualifier == null || c.qualifier().equals(java.util.Optional.of(qualifier)))) {
          ImmutableNarrativeClaim copy = ImmutableNarrativeClaim.copyOf(c);
          c = c.amount().isPresent() ? copy.withAmount(WanYuan.parse(value))
              : c.count().isPresent() ? copy.withCount(Long.parseLong(value)) : copy.withNumber(new BigDecimal(value));
          done = true;
        }
        out.add(c);
      }
      if (!done) {
        throw new IllegalArgumentException("no claim " + s + " " + m + " " + qualifier);
      }
      return ImmutableDepartmentBudget.copyOf(b).withClaims(out);
    };
  }

  static UnaryOperator<DepartmentBudget> add(NarrativeClaim c) {
    return b -> ImmutableDepartmentBudget.copyOf(b).withClaims(
        Stream.concat(b.claims().stream(), Stream.of(c)).toList());
  }

  static Case c(String rule, UnaryOperator<DepartmentBudget> broken, ClaimSubject s, String qualifier) {
    String row = qualifier == null ? s.chineseName() : s.chineseName() + "·" + qualifier;
    return new Case(rule, FINAL, broken, "N", row, false);
  }

  static Stream<Case> cases() {
    String item = "一般公共服务支出/财政事务/行政运行";
    return Stream.of(
        c("J21", set(FINAL_INCOME, ClaimMeasure.AMOUNT, null, "1330.00"), FINAL_INCOME, null),
        c("J22", set(FINAL_GENERAL_BUDGET_BY_CLASS, ClaimMeasure.SHARE, "一般公共服务支出", "77.92"),
            FINAL_GENERAL_BUDGET_BY_CLASS, "一般公共服务支出"),
        c("J23", set(FINAL_GRAND_TOTAL, ClaimMeasure.GROWTH_RATE, null, "-3.14"), FINAL_GRAND_TOTAL, null),
        c("J24", set(FINAL_FISCAL_GRAND_TOTAL, ClaimMeasure.AMOUNT, null, "0.30"), FINAL_FISCAL_GRAND_TOTAL, null),
        c("J25", set(FINAL_GENERAL_BUDGET_BY_CLASS, ClaimMeasure.AMOUNT, "社会保障和就业支出", "310.00"),
            FINAL_GENERAL_BUDGET_BY_CLASS, "社会保障和就业支出"),
        c("J26", set(FINAL_FISCAL_BY_ITEM, ClaimMeasure.AMOUNT, item, "810.00"), FINAL_FISCAL_BY_ITEM, item),
        c("J27", set(FINAL_GENERAL_BUDGET, ClaimMeasure.COMPLETION_RATE, null, "98.30"), FINAL_GENERAL_BUDGET, null),
        c("J28", set(FINAL_PERSONNEL, ClaimMeasure.AMOUNT, null, "1010.00"), FINAL_GENERAL_BUDGET_BASIC, null),
        c("J29", set(FINAL_PUBLIC, ClaimMeasure.AMOUNT, null, "90.00"), FINAL_PUBLIC, null),
        c("J30", set(FINAL_THREE_PUBLIC_RECEPTION, ClaimMeasure.AMOUNT, null, "0.80"), FINAL_THREE_PUBLIC_RECEPTION,
            null),
        c("J31", set(FINAL_OPERATING_COSTS, ClaimMeasure.AMOUNT, null, "120.00"), FINAL_OPERATING_COSTS, null),
        c("J32", set(FINAL_PROCUREMENT_GOODS, ClaimMeasure.AMOUNT, null, "12.00"), FINAL_PROCUREMENT_TOTAL, null),
        c("J33", set(FINAL_PROCUREMENT_SMALL_MICRO, ClaimMeasure.SHARE, null, "60.02"),
            FINAL_PROCUREMENT_SMALL_MICRO, null),
        c("J34", set(FINAL_VEHICLES, ClaimMeasure.COUNT, null, "3"), FINAL_VEHICLES, null),
        c("J35", add(FinalAccountsModel.none(FINAL_THREE_PUBLIC_TOTAL, "本部门无“三公”经费财政拨款支出。", 120)),
            FINAL_THREE_PUBLIC_TOTAL, null));
  }
}
