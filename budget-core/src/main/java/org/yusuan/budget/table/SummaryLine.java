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
  /** {@return the income-side label as printed ({@code 本年收入合计})} */
  String incomeLabel();

  /** {@return the income-side amount in 万元; the empty cell when nothing is printed} */
  AmountCell incomeAmount();

  /** {@return the expenditure-side label as printed ({@code 本年支出合计})} */
  String expenditureLabel();

  /** {@return the expenditure-side cells, one per column of the table, in column order} */
  @Override
  List<AmountCell> cells();

  @JsonIgnore
  @Override
  default String describe() {
    return "\"" + incomeLabel() + " / " + expenditureLabel() + "\"";
  }

  /**
   * A footer line, its amounts given as printed text.
   *
   * @param incomeLabel the income-side label as printed ({@code 收入总计})
   * @param incomeAmount the income-side amount's text in 万元; blank for an empty cell
   * @param expenditureLabel the expenditure-side label as printed ({@code 支出总计})
   * @param cells the expenditure-side cells' texts in 万元, in column order; blank for an empty cell
   * @return the line
   * @throws org.yusuan.budget.money.MoneyFormatException if an amount's text is not an amount
   */
  static SummaryLine of(String incomeLabel, String incomeAmount, String expenditureLabel,
      String... cells) {
    return ImmutableSummaryLine.builder().incomeLabel(incomeLabel)
        .incomeAmount(AmountCell.parse(incomeAmount)).expenditureLabel(expenditureLabel)
        .cells(AmountCell.parseAll(cells)).build();
  }
}
