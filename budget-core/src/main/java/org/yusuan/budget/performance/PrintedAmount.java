package org.yusuan.budget.performance;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.text.WhiteSpace;

/**
 * An amount cell of a sheet as printed: the raw text, the number read from it and the unit it was
 * printed in (the cell's own unit, e.g. {@code 1000万元} in a 元 block, else the block's).
 *
 * <p>A blank cell has no number and stays distinct from {@code 0}. The number is the printed value,
 * never recomputed; {@link #amount()} converts it to {@link WanYuan} exactly (元 to the fen fits).
 */
@Value.Immutable
// is* helpers are not JSON properties: only the attributes are written and accepted.
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonSerialize(as = ImmutablePrintedAmount.class)
@JsonDeserialize(as = ImmutablePrintedAmount.class)
public abstract class PrintedAmount {
  /** {@return the cell text exactly as printed ({@code ""} for an empty cell)} */
  public abstract String raw();

  /**
   * {@return the unit the number is printed in: the cell's own ({@code 1000万元}), else its block's}
   */
  public abstract MoneyUnit unit();

  /**
   * {@return the printed number in {@link #unit()}, separators removed; empty when blank or
   * unreadable}
   */
  public abstract Optional<BigDecimal> number();

  /**
   * {@return whether the cell is empty: {@linkplain WhiteSpace white space} only, or a dash alone
   * ({@code -}, {@code —}), which layout tables print for nothing}
   */
  public boolean isBlank() {
    return WhiteSpace.isBlank(raw()) || isDash(raw().strip());
  }

  private static boolean isDash(String s) {
    if (s.isEmpty() || s.length() > 2) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {  // a loop: validators ask of every sheet amount
      char c = s.charAt(i);
      if (c != '-' && c != '—' && c != '－' && c != '–') {
        return false;
      }
    }
    return true;
  }

  /** {@return whether the cell has text that is not a number: kept as printed, to be reported} */
  public boolean isUnreadable() {
    return !number().isPresent() && !isBlank();
  }

  /**
   * {@return the amount in 万元, exact; empty when there is no number, or it is finer than a fen or
   * out of range (see {@link #isExact()})} Computed once per instance (validators read it many
   * times); not a JSON property and not part of equality, being a function of {@link #number()}
   * and {@link #unit()}.
   */
  @JsonIgnore
  @Value.Lazy
  public Optional<WanYuan> amount() {
    if (!number().isPresent()) {
      return Optional.empty();
    }
    try {
      return Optional.of(WanYuan.of(number().get(), unit()));
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  /**
   * {@return whether the number converts to {@link WanYuan} exactly (true for a cell without a
   * number)} False for a number finer than a fen (分) or out of range.
   */
  public boolean isExact() {
    return !number().isPresent() || amount().isPresent();
  }

  /**
   * An amount printed as {@code number} in {@code unit}; {@link #raw()} is its plain string.
   *
   * @param number the number as printed, in {@code unit}, scale kept ({@code 1.50} stays so)
   * @param unit the unit it is printed in (元, 万元 …)
   * @return the amount
   */
  public static PrintedAmount of(BigDecimal number, MoneyUnit unit) {
    return ImmutablePrintedAmount.builder().raw(number.toPlainString()).unit(unit).number(number)
        .build();
  }

  /**
   * An empty cell of a block printed in {@code unit}.
   *
   * @param unit the block's unit, which the empty cell keeps
   * @return the cell, with raw text {@code ""} and no number
   */
  public static PrintedAmount blank(MoneyUnit unit) {
    return ImmutablePrintedAmount.builder().raw("").unit(unit).build();
  }

  /**
   * Reads a printed cell of a block whose label gives {@code blockUnit} ({@code 项目资金(元)}): {@code
   * 3,000,000}, {@code 75000000}, {@code 0}, {@code 1,215,007.05}, or with its own unit {@code
   * 1000万元}, which wins over the block's. White space (cells wrap) and full-width digits are
   * ignored. Never throws: unreadable text is kept with no number.
   *
   * @param raw the cell text exactly as printed; kept as {@link #raw()}
   * @param blockUnit the unit the block's label declares, which a bare number is in
   * @return the amount; {@link #isBlank()} for a blank cell, {@link #isUnreadable()} for text that
   *     is not a number
   */
  public static PrintedAmount parse(String raw, MoneyUnit blockUnit) {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(blockUnit, "blockUnit");
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (WhiteSpace.isWhiteSpace(c)) {
        continue;
      }
      sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '，' ? ',' : c == '．' ? '.' : c);
    }
    ImmutablePrintedAmount.Builder b = ImmutablePrintedAmount.builder().raw(raw).unit(blockUnit);
    int end = AmountScan.numberEnd(sb);
    if (end >= 0) {
      b.number(new BigDecimal(sb.substring(0, end).replace(",", "")));
      if (end < sb.length()) {
        b.unit(MoneyUnit.ofSymbol(sb.substring(end)).orElse(blockUnit));
      }
    }
    return b.build();
  }
}
