package org.yusuan.budget.narrative;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.money.WanYuan;

/**
 * One figure stated in the narrative: its {@link ClaimSubject subject}, its {@link ClaimMeasure
 * measure}, the stated value (in the one field the measure names) and the sentence it came from.
 *
 * <p>Example: {@code 预算收入总计13,487.42万元…比上年减少16703.12万元，下降55.33%} gives three claims on
 * {@link ClaimSubject#REVENUE_GRAND_TOTAL}: AMOUNT 13487.42, CHANGE −16703.12, GROWTH_RATE −55.33.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNarrativeClaim.class)
@JsonDeserialize(as = ImmutableNarrativeClaim.class)
public interface NarrativeClaim {
  /** {@return what the figure speaks of} */
  ClaimSubject subject();

  /** {@return how it is stated, which decides the value field} */
  ClaimMeasure measure();

  /**
   * {@return what narrows a family subject: the 类 name, the item, the vehicle category…, as
   * printed} Empty for a subject that is one figure ({@link ClaimSubject#REVENUE_GRAND_TOTAL}).
   */
  Optional<String> qualifier();

  /**
   * {@return the 类 code of a {@code *_BY_CLASS} claim, when the reader could assign it; for {@link
   * ClaimSubject#FISCAL_BY_ITEM} the code of the deepest of its {@link #functionNames()} the
   * catalog knows (the 类 at least), the levels below it being found in the tables by name}
   */
  Optional<FunctionCode> functionCode();

  /**
   * {@return the 支出功能分类 names of a {@link ClaimSubject#FISCAL_BY_ITEM} claim as printed, outermost
   * first ({@code 一般公共服务支出（类）统计信息事务（款）专项普查活动（项）} gives 一般公共服务支出, 统计信息事务, 专项普查活动); empty for other
   * claims}
   */
  List<String> functionNames();

  /**
   * {@return the amount for {@link ClaimMeasure#AMOUNT}, {@link ClaimMeasure#PRIOR_AMOUNT}, {@link
   * ClaimMeasure#RESTATED_AMOUNT}, {@link ClaimMeasure#CHANGE}, {@link
   * ClaimMeasure#BUDGETED_AMOUNT}}
   */
  Optional<WanYuan> amount();

  /**
   * {@return the number for {@link ClaimMeasure#SHARE} and {@link ClaimMeasure#GROWTH_RATE}
   * (percent, scale as printed: {@code 0}, {@code 3.61}, {@code 100.00}) and {@link
   * ClaimMeasure#QUANTITY}}
   */
  Optional<BigDecimal> number();

  /** {@return the count for {@link ClaimMeasure#COUNT}} */
  Optional<Long> count();

  /** {@return the date for {@link ClaimMeasure#DATE}} */
  Optional<LocalDate> date();

  /** {@return the names for {@link ClaimMeasure#NAMES}, in printed order} */
  List<String> names();

  /**
   * {@return the year printed with the figure: the year of the amount ({@code 2024年预算安排25.77万元}:
   * 2024; {@code 2023年当年预算执行数为60.13万元}: 2023) or of what a change compares with ({@code
   * 比2023年预算执行数减少57.14%}: 2023); empty when the text names no year ({@code 比上年})}
   */
  Optional<Integer> year();

  /**
   * {@return whether the prior year's figure of a {@link ClaimMeasure#PRIOR_AMOUNT}, {@link
   * ClaimMeasure#CHANGE} or {@link ClaimMeasure#GROWTH_RATE} claim is its 预算数 or its 执行数, when
   * the text says}
   */
  Optional<PriorYearBasis> basis();

  /**
   * {@return the direction word printed with a {@link ClaimMeasure#CHANGE} or {@link
   * ClaimMeasure#GROWTH_RATE} ({@code 增加}, {@code 下降}, {@code 持平}…): the sign of the value comes
   * from it}
   */
  Optional<ChangeDirection> direction();

  /**
   * {@return the unit word of a count or quantity ({@code 个}, {@code 辆}, {@code 平方米}), as printed}
   */
  Optional<String> unitWord();

  /**
   * {@return the value as printed ({@code 13,487.42万元}, {@code 3950.4}); empty when not recorded}
   */
  Optional<String> printedValue();

  /** {@return the sentence (paragraph lines joined) the figure came from} */
  String sourceText();

  /** {@return the 1-based line of the source where the sentence starts, when known} */
  Optional<Integer> sourceLine();

  /**
   * {@return a claim of an amount ({@code measure} AMOUNT, PRIOR_AMOUNT, RESTATED_AMOUNT or
   * CHANGE)}
   *
   * @param subject what the figure speaks of
   * @param measure one of the amount measures named above, or {@link ClaimMeasure#BUDGETED_AMOUNT}
   * @param amount the amount in 万元; signed for a CHANGE ({@code 减少16703.12万元} is −16703.12)
   * @param sourceText the sentence the figure came from, paragraph lines joined
   * @throws IllegalStateException if {@code measure} takes no amount
   */
  static NarrativeClaim ofAmount(ClaimSubject subject, ClaimMeasure measure, WanYuan amount,
      String sourceText) {
    return ImmutableNarrativeClaim.builder().subject(subject).measure(measure).amount(amount)
        .sourceText(sourceText).build();
  }

  /**
   * {@return a claim of a percentage ({@code measure} SHARE or GROWTH_RATE) or a quantity}
   *
   * @param subject what the figure speaks of
   * @param measure {@link ClaimMeasure#SHARE}, {@link ClaimMeasure#GROWTH_RATE}, {@link
   *     ClaimMeasure#COMPLETION_RATE} or {@link ClaimMeasure#QUANTITY}
   * @param number the value, scale as printed; a percentage in percent ({@code 3.67} for 3.67%),
   *     signed for a growth rate
   * @param sourceText the sentence the figure came from, paragraph lines joined
   * @throws IllegalStateException if {@code measure} takes no number
   */
  static NarrativeClaim ofNumber(ClaimSubject subject, ClaimMeasure measure, BigDecimal number,
      String sourceText) {
    return ImmutableNarrativeClaim.builder().subject(subject).measure(measure).number(number)
        .sourceText(sourceText).build();
  }

  /**
   * {@return a claim of a date ({@code measure} DATE)}
   *
   * @param subject what the figure speaks of
   * @param date the date printed ({@code 截至2023年12月31日} is 2023-12-31)
   * @param sourceText the sentence the figure came from, paragraph lines joined
   */
  static NarrativeClaim ofDate(ClaimSubject subject, LocalDate date, String sourceText) {
    return ImmutableNarrativeClaim.builder().subject(subject).measure(ClaimMeasure.DATE).date(date)
        .sourceText(sourceText).build();
  }

  /**
   * {@return a claim of a count}
   *
   * @param subject what the figure speaks of
   * @param count the number stated, zero or more
   * @param unitWord the unit word as printed ({@code 个}, {@code 辆})
   * @param sourceText the sentence the figure came from, paragraph lines joined
   * @throws IllegalStateException if {@code count} is negative
   */
  static NarrativeClaim ofCount(ClaimSubject subject, long count, String unitWord,
      String sourceText) {
    return ImmutableNarrativeClaim.builder().subject(subject).measure(ClaimMeasure.COUNT)
        .count(count).unitWord(unitWord).sourceText(sourceText).build();
  }

  /**
   * {@return a claim that the subject does not exist ({@code 本部门无“三公”经费预算})}
   *
   * @param subject what the text says does not exist
   * @param sourceText the sentence saying so, paragraph lines joined
   */
  static NarrativeClaim ofNone(ClaimSubject subject, String sourceText) {
    return ImmutableNarrativeClaim.builder().subject(subject).measure(ClaimMeasure.NONE)
        .sourceText(sourceText).build();
  }

  /** Checks that exactly the value field of the measure is set. */
  @Value.Check
  default void check() {
    ClaimMeasure m = measure();
    boolean wantsAmount = m == ClaimMeasure.AMOUNT || m == ClaimMeasure.PRIOR_AMOUNT
        || m == ClaimMeasure.RESTATED_AMOUNT || m == ClaimMeasure.CHANGE
        || m == ClaimMeasure.BUDGETED_AMOUNT;
    boolean wantsNumber = m == ClaimMeasure.SHARE || m == ClaimMeasure.GROWTH_RATE
        || m == ClaimMeasure.QUANTITY || m == ClaimMeasure.COMPLETION_RATE;
    require(amount().isPresent() == wantsAmount, "amount");
    require(number().isPresent() == wantsNumber, "number");
    require(count().isPresent() == (m == ClaimMeasure.COUNT), "count");
    require(date().isPresent() == (m == ClaimMeasure.DATE), "date");
    require(!names().isEmpty() == (m == ClaimMeasure.NAMES), "names");
    boolean change = m == ClaimMeasure.CHANGE || m == ClaimMeasure.GROWTH_RATE;
    if (direction().isPresent() && !change
        || basis().isPresent() && !change && m != ClaimMeasure.PRIOR_AMOUNT) {
      throw new IllegalStateException("claim " + subject() + " " + m + ": a direction word is "
          + "stated only with a change or growth rate, a 预算数/执行数 basis only with those and a "
          + "prior amount (source: \"" + sourceText() + "\")");
    }
    if (count().isPresent() && count().get() < 0) {
      throw new IllegalStateException("claim " + subject() + " COUNT: negative count "
          + count().get() + " in \"" + sourceText() + "\"");
    }
  }

  private void require(boolean ok, String field) {
    if (!ok) {
      throw new IllegalStateException("claim " + subject() + " " + measure() + ": field '" + field
          + "' must be set exactly when the measure uses it (source: \"" + sourceText() + "\")");
    }
  }
}
