package org.yusuan.budget.table;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A footer line of 表一 / 表四 with both sides: {@code 本年收入合计 | x | 本年支出合计 | …},
 * {@code 上年结转 | x | 年终结转 | …}, {@code 收入总计 | x | 支出总计 | …}. The printed values are kept;
 * note that 本年支出合计 includes 上年结转.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSummaryLine.class)
@JsonDeserialize(as = ImmutableSummaryLine.class)
public interface SummaryLine extends AmountRow {
  /** The income-side label as printed ({@code 本年收入合计}). */
  String incomeLabel();

  /** The income-side amount. */
  AmountCell incomeAmount();

  /** The expenditure-side label as printed ({@code 本年支出合计}). */
  String expenditureLabel();

  /** The expenditure-side cells, one per column of the table. */
  @Override
  List<AmountCell> cells();

  @JsonIgnore
  @Override
  default String describe() {
    return "\"" + incomeLabel() + " / " + expenditureLabel() + "\"";
  }

  /** A footer line; cells printed as text (blank = empty). */
  static SummaryLine of(String incomeLabel, String incomeAmount, String expenditureLabel,
      String... cells) {
    return ImmutableSummaryLine.builder().incomeLabel(incomeLabel)
        .incomeAmount(AmountCell.parse(incomeAmount)).expenditureLabel(expenditureLabel)
        .cells(AmountCell.parseAll(cells)).build();
  }
}
