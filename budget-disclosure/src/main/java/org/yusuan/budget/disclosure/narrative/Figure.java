package org.yusuan.budget.disclosure.narrative;

import java.math.BigDecimal;

/**
 * One number printed in a paragraph with its unit word (数字与单位): {@code 13,487.42万元}, {@code
 * 占40.79%} (the figure is {@code 40.79%}), {@code 3个}, {@code 3234.56平方米}; or the phrase {@code
 * 与上年预算数相同}, which states a change of zero without printing a number.
 */
final class Figure {
  /** What the unit word makes of the number. */
  enum Kind {
    /** Money: 元, 万元, 亿元. */
    MONEY,
    /** A percentage: %. */
    PERCENT,
    /** A count: 个, 辆, 台（套）, 家…. */
    COUNT,
    /** Another quantity with a unit: 平方米, 亩…. */
    QUANTITY,
    /** {@code 与上年…相同}: a change of zero. */
    SAME_AS_PRIOR,
    /** A number whose unit makes it approximate ({@code 260余万元}) or that carries no unit. */
    UNREADABLE
  }

  private final Kind kind;
  private final BigDecimal number;
  private final String digits;
  private final String unit;
  private final String printed;
  private final int start;
  private final int end;

  Figure(Kind kind, BigDecimal number, String digits, String unit, String printed, int start,
      int end) {
    this.kind = kind;
    this.number = number;
    this.digits = digits;
    this.unit = unit;
    this.printed = printed;
    this.start = start;
    this.end = end;
  }

  /** The kind the unit decides. */
  Kind kind() {
    return kind;
  }

  /** The number, scale as printed (separators removed); zero for {@link Kind#SAME_AS_PRIOR}. */
  BigDecimal number() {
    return number;
  }

  /** The digits as printed, separators included ({@code 13,487.42}). */
  String digits() {
    return digits;
  }

  /** The unit word as printed ({@code 万元}, {@code %}, {@code 台（套）}); empty if none. */
  String unit() {
    return unit;
  }

  /** The figure as printed: digits and unit. */
  String printed() {
    return printed;
  }

  /** Offset of the first character in the paragraph text. */
  int start() {
    return start;
  }

  /** Offset after the last character in the paragraph text. */
  int end() {
    return end;
  }

  @Override
  public String toString() {
    return kind + " " + printed + "@" + start;
  }
}
