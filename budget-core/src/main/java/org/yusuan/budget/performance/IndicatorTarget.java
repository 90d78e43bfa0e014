package org.yusuan.budget.performance;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
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
  /** {@return the text exactly as printed (empty for an empty cell)} */
  public abstract String raw();

  /** {@return the form of the value: empty, placeholder, qualitative, quantity, period …} */
  public abstract TargetForm form();

  /**
   * {@return the comparison printed as a symbol or a word ({@code ≥}, {@code 不低于}); empty when none
   * is}
   */
  public final Optional<TargetOperator> operator() {
    return storedOperator();
  }

  /**
   * {@return the {@code operator} attribute as Immutables keeps it}: builders, {@code with*}, JSON,
   * equals and toString use it under the name {@code operator}; read it through {@link #operator()}, which
   * does not allocate (see {@link org.yusuan.budget.style.BudgetStyle}).
   */
  @JsonProperty("operator")
  abstract Optional<TargetOperator> getOperator();

  /** {@return {@link #getOperator()} made once, when the value is built} */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  Optional<TargetOperator> storedOperator() {
    return getOperator();
  }

  /**
   * {@return the number in {@link #unit()}, thousands separators removed, scale as printed; for a
   * formula, its printed result; empty when there is none}
   */
  public abstract Optional<BigDecimal> number();

  /**
   * {@return the upper end of a numeric range ({@code 95} of {@code 90%-95%}); empty unless a range
   * is printed}
   */
  public abstract Optional<BigDecimal> upperNumber();

  /**
   * {@return the unit as printed, white space removed: {@code 个}, {@code %}, {@code 元/人/月},
   * {@code 套（台）}; empty when none is printed}
   */
  public abstract Optional<String> unit();

  /** {@return the date or period, for {@link TargetForm#PERIOD}; empty for other forms} */
  public abstract Optional<TargetPeriod> period();

  /**
   * {@return the words: the qualitative word or sentence, the words around a number ({@link
   * TargetForm#MIXED}), or the calculation of a formula; empty for other forms}
   */
  public abstract Optional<String> text();

  /** {@return what is wrong with the value, in the order found; empty when nothing is} */
  public abstract List<TargetDiagnostic> diagnostics();

  /** {@return whether the unit is a percentage ({@code %} or the word {@code 百分比})} */
  public boolean isPercent() {
    // no lambda nor mapped Optional: validators ask it of every satisfaction value
    String u = unit().orElse(null);
    return u != null && (u.equals("%") || u.equals("百分比"));
  }

  /** {@return whether the unit is compound ({@code 元/人/月}); false when there is no unit} */
  public boolean hasCompoundUnit() {
    return unit().map(IndicatorUnits::isCompound).orElse(false);
  }

  /**
   * {@return whether the unit is in the unit catalogue ({@link IndicatorUnits}); false when there
   * is no unit}
   */
  public boolean hasKnownUnit() {
    return unit().map(IndicatorUnits::isKnown).orElse(false);
  }

  /**
   * {@return the money unit when the unit is exactly 元, 万元 or 亿元 (a cost target); empty otherwise}
   */
  public Optional<MoneyUnit> moneyUnit() {
    String u = unit().orElse(null);
    return u != null && u.endsWith("元") ? MoneyUnit.ofSymbol(u) : Optional.empty();
  }

  /**
   * {@return the number as an amount of money in 万元, when the unit is 元, 万元 or 亿元 and the
   * number is exact to the fen and in range; empty otherwise}
   */
  public Optional<WanYuan> amount() {
    BigDecimal n = number().orElse(null);
    if (n == null) {
      return Optional.empty();
    }
    Optional<MoneyUnit> unit = moneyUnit();
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(WanYuan.of(n, unit.get()));
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** {@return whether the value carries nothing: empty or a placeholder such as {@code /}} */
  public boolean isEmpty() {
    return form() == TargetForm.EMPTY || form() == TargetForm.PLACEHOLDER;
  }

  /**
   * {@return whether the value has {@code diagnostic}}
   *
   * @param diagnostic the problem asked about
   */
  public boolean has(TargetDiagnostic diagnostic) {
    return diagnostics().contains(diagnostic);
  }

  /**
   * Reads a printed 指标值. Never throws for a non-null string; the raw text is kept as given.
   *
   * @param text the cell text as printed, e.g. {@code ≥95%} or {@code 2025年6月前}
   * @return the value as read, with {@link #diagnostics()} for what is wrong with it
   * @throws NullPointerException if {@code text} is null
   */
  public static IndicatorTarget parse(String text) {
    Objects.requireNonNull(text, "text");
    return new TargetParser(text).parse();
  }
}
