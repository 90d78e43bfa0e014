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
  /** The label as printed, ordinal included ({@code 一、一般公共预算}). */
  String printedLabel();

  /** The source of funds the label names; empty when it names none. */
  Optional<FundSource> source();

  /** The printed amount. */
  AmountCell amount();

  /** An income row; the source is {@link FundSource#ofLabel(String) read from the label}. */
  static IncomeRow of(String printedLabel, AmountCell amount) {
    return ImmutableIncomeRow.builder().printedLabel(printedLabel)
        .source(FundSource.ofLabel(printedLabel)).amount(amount).build();
  }

  /** As {@link #of(String, AmountCell)} with the amount printed as {@code amount} (blank = empty). */
  static IncomeRow of(String printedLabel, String amount) {
    return of(printedLabel, AmountCell.parse(amount));
  }
}
