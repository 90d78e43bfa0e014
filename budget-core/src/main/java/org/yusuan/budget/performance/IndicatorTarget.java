package org.yusuan.budget.performance;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.money.WanYuan;

/**
 * A 指标值 (indicator target value) as printed, with what could be read from it.
 *
 * <p>{@link #parse} reads every form of docs/domain/performance-sheets.md §5.2: qualitative words ({@code 及时}),
 * numbers with operator and unit ({@code ≥18个}, {@code ≤3.5%}, {@code 约1250个}, {@code 85%以上},
 * {@code 900多亩}), compound units ({@code 5000元/人/月}, {@code ≈167.24万元/每平米}), dates and
 * periods ({@code 2025年6月前}, {@code 2024年12月至2025年3月}, {@code 每月}, {@code 全年}), formulas,
 * mixed text and sentences. It never throws on a string, always keeps the raw text, and reports what
 * is wrong as {@link #diagnostics()}.
 */
@Value.Immutable
// is* helpers are not JSON properties: only the attributes are written and accepted.
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonSerialize(as = ImmutableIndicatorTarget.class)
@JsonDeserialize(as = ImmutableIndicatorTarget.class)
public abstract class IndicatorTarget {
  /** The text exactly as printed (empty for an empty cell). */
  public abstract String raw();

  /** The form of the value. */
  public abstract TargetForm form();

  /** The comparison, if one was printed (symbol or word). */
  public abstract Optional<TargetOperator> operator();

  /** The number, thousands separators removed; for a formula, its printed result. */
  public abstract Optional<BigDecimal> number();

  /** The upper end of a numeric range ({@code 90%-95%}). */
  public abstract Optional<BigDecimal> upperNumber();

  /** The unit as printed, white space removed: {@code 个}, {@code %}, {@code 元/人/月}, {@code 套（台）}. */
  public abstract Optional<String> unit();

  /** The date or period, for {@link TargetForm#PERIOD}. */
  public abstract Optional<TargetPeriod> period();

  /**
   * The words: the qualitative word or sentence, the words around a number ({@link
   * TargetForm#MIXED}), or the calculation of a formula.
   */
  public abstract Optional<String> text();

  /** What is wrong with the value; empty when nothing is. */
  public abstract List<TargetDiagnostic> diagnostics();

  /** Whether the unit is a percentage ({@code %} or the word {@code 百分比}). */
  public boolean isPercent() {
    return unit().map(u -> u.equals("%") || u.equals("百分比")).orElse(false);
  }

  /** Whether the unit is compound ({@code 元/人/月}). */
  public boolean hasCompoundUnit() {
    return unit().map(IndicatorUnits::isCompound).orElse(false);
  }

  /** Whether the unit is in the unit catalogue; false when there is no unit. */
  public boolean hasKnownUnit() {
    return unit().map(IndicatorUnits::isKnown).orElse(false);
  }

  /** The money unit, when the unit is exactly 元, 万元 or 亿元 (a cost target). */
  public Optional<MoneyUnit> moneyUnit() {
    return unit().filter(u -> u.endsWith("元")).flatMap(MoneyUnit::ofSymbol);
  }

  /**
   * The number as an amount of money, when the unit is 元, 万元 or 亿元 and the number is exact to the
   * fen and in range; empty otherwise.
   */
  public Optional<WanYuan> amount() {
    if (!number().isPresent() || !moneyUnit().isPresent()) {
      return Optional.empty();
    }
    try {
      return Optional.of(WanYuan.of(number().get(), moneyUnit().get()));
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** Whether the value carries nothing: empty or a placeholder. */
  public boolean isEmpty() {
    return form() == TargetForm.EMPTY || form() == TargetForm.PLACEHOLDER;
  }

  /** Whether the value has the given diagnostic. */
  public boolean has(TargetDiagnostic diagnostic) {
    return diagnostics().contains(diagnostic);
  }

  /**
   * Reads a printed 指标值. Never throws for a non-null string; the raw text is kept as given.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static IndicatorTarget parse(String text) {
    Objects.requireNonNull(text, "text");
    return new TargetParser(text).parse();
  }
}
