package org.yusuan.budget.money;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit in which Chinese budget documents print money: 元 (yuan), 万元 (ten thousand yuan) and 亿元
 * (one hundred million yuan). Conversions are exact; each unit is a whole number of fen (分).
 */
public enum MoneyUnit {
  /** 元, one yuan = 100 fen. Performance sheets (绩效目标表) often print amounts in 元. */
  YUAN("元", 100L, "yuan"),
  /** 万元, ten thousand yuan = 1,000,000 fen. The unit of every standard disclosure table. */
  WAN_YUAN("万元", 1_000_000L, "wan yuan"),
  /** 亿元, one hundred million yuan = 10,000,000,000 fen. Used in narrative text. */
  YI_YUAN("亿元", 10_000_000_000L, "yi yuan");

  // ofSymbol's answers, made once: validators ask it of every money-valued indicator
  private static final Optional<MoneyUnit> SOME_YUAN = Optional.of(YUAN);
  private static final Optional<MoneyUnit> SOME_WAN_YUAN = Optional.of(WAN_YUAN);
  private static final Optional<MoneyUnit> SOME_YI_YUAN = Optional.of(YI_YUAN);

  private final String symbol;
  private final long fenPerUnit;
  private final int fenScale;
  private final String englishName;

  MoneyUnit(String symbol, long fenPerUnit, String englishName) {
    this.symbol = symbol;
    this.fenPerUnit = fenPerUnit;
    this.fenScale = Long.toString(fenPerUnit).length() - 1;
    this.englishName = englishName;
  }

  /** {@return the printed symbol, e.g. {@code 万元}} Also what {@link #toString()} returns. */
  public String symbol() {
    return symbol;
  }

  /** {@return the unit's English name, e.g. {@code wan yuan}} Lower case, for English reports. */
  public String englishName() {
    return englishName;
  }

  /** {@return how many fen one of this unit is: 100, 1,000,000 or 10,000,000,000} */
  public long fenPerUnit() {
    return fenPerUnit;
  }

  /**
   * {@return how many decimals of this unit one fen is: 2 for 元, 6 for 万元, 10 for 亿元} An amount
   * in this unit with more significant decimals than this is finer than a fen and is rejected.
   */
  public int fenScale() {
    return fenScale;
  }

  /**
   * The unit printed as {@code symbol}: {@code 元}, {@code 万元} or {@code 万}, {@code 亿元} or
   * {@code 亿}. Absent for any other text.
   *
   * @param symbol the unit as printed, without surrounding white space; exact match, so {@code 单位：万元}
   *     or {@code 万 元} is absent
   * @return the unit, or empty if {@code symbol} is none of the five forms
   */
  public static Optional<MoneyUnit> ofSymbol(String symbol) {
    Objects.requireNonNull(symbol, "symbol");
    switch (symbol) {
      case "元":
        return SOME_YUAN;
      case "万元":
      case "万":
        return SOME_WAN_YUAN;
      case "亿元":
      case "亿":
        return SOME_YI_YUAN;
      default:
        return Optional.empty();
    }
  }

  /**
   * Converts {@code amount} of this unit into {@code target}, exactly: {@code
   * WAN_YUAN.convert(new BigDecimal("1.5"), YUAN)} is {@code 15000.00}. Nothing is rounded.
   *
   * @param amount the amount in this unit, any scale, of either sign
   * @param target the unit to convert to
   * @return the amount in {@code target}, with the fewest decimals that keep it exact but at least
   *     two, as {@link WanYuan#to(MoneyUnit)}
   * @throws ArithmeticException if {@code amount} is finer than a fen, or beyond the range of
   *     {@link WanYuan}
   */
  public BigDecimal convert(BigDecimal amount, MoneyUnit target) {
    return WanYuan.of(amount, this).to(target);
  }

  @Override
  public String toString() {
    return symbol;
  }
}
