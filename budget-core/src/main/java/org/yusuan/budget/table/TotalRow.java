package org.yusuan.budget.table;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A printed total or group row: {@code 合计}, {@code 部门合计}, or the department / unit row of 表十二 and
 * 表十三, with its printed label and cells. A printed total is kept as printed, never recomputed.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTotalRow.class)
@JsonDeserialize(as = ImmutableTotalRow.class)
public interface TotalRow extends AmountRow {
  /** {@return the printed label ({@code 合计}, {@code 部门合计}, a department or unit name)} */
  String label();

  @Override
  List<AmountCell> cells();

  @JsonIgnore
  @Override
  default String describe() {
    return "\"" + label() + "\"";
  }

  /**
   * A total row with {@code label} and {@code cells}.
   *
   * @param label the label as printed ({@code 合计})
   * @param cells the row's cells in the table's column order
   * @return the row
   */
  static TotalRow of(String label, List<AmountCell> cells) {
    return ImmutableTotalRow.builder().label(label).cells(cells).build();
  }

  /**
   * A total row with {@code label} and the cells printed as {@code cells}.
   *
   * @param label the label as printed ({@code 合计})
   * @param cells the cells' texts in 万元, in column order; blank for an empty cell
   * @return the row
   * @throws org.yusuan.budget.money.MoneyFormatException if a cell's text is not an amount
   */
  static TotalRow of(String label, String... cells) {
    return of(label, AmountCell.parseAll(cells));
  }
}
