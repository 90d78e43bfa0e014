package org.yusuan.budget.table;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An income line on the left of 表一 / 表四 ({@code 一、一般公共预算 | 5500.87}), or one of 表四's
 * 上年财政拨款结转 lines by fund: the printed label, the source it names and the one amount.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIncomeRow.class)
@JsonDeserialize(as = ImmutableIncomeRow.class)
public interface IncomeRow {
  /** {@return the label as printed, ordinal included ({@code 一、一般公共预算})} */
  String printedLabel();

  /**
   * {@return the source of funds (收入来源) the label names; empty when it names none, e.g. for
   * {@code 上年结转}}
   */
  Optional<FundSource> source();

  /** {@return the printed amount in 万元; the empty cell when nothing is printed} */
  AmountCell amount();

  /**
   * An income row; the source is {@link FundSource#ofLabel(String) read from the label}.
   *
   * @param printedLabel the label as printed, ordinal included ({@code 二、政府性基金预算})
   * @param amount the printed amount, the empty cell when nothing is printed
   * @return the row, its source empty when the label names none
   */
  static IncomeRow of(String printedLabel, AmountCell amount) {
    return ImmutableIncomeRow.builder().printedLabel(printedLabel)
        .source(FundSource.ofLabel(printedLabel)).amount(amount).build();
  }

  /**
   * As {@link #of(String, AmountCell)} with the amount printed as {@code amount}.
   *
   * @param printedLabel the label as printed, ordinal included ({@code 二、政府性基金预算})
   * @param amount the amount's printed text in 万元, as {@link AmountCell#parse(CharSequence)} reads
   *     it; blank for the empty cell
   * @return the row, its source empty when the label names none
   * @throws org.yusuan.budget.money.MoneyFormatException if {@code amount} is not an amount
   */
  static IncomeRow of(String printedLabel, String amount) {
    return of(printedLabel, AmountCell.parse(amount));
  }
}
