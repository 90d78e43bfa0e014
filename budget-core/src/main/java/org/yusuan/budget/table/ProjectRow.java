package org.yusuan.budget.table;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A project row of 表十二 / 表十三: the project name as printed (no code is printed; names may repeat
 * for distinct projects and may carry stray spaces from line wrapping) and its amounts.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProjectRow.class)
@JsonDeserialize(as = ImmutableProjectRow.class)
public interface ProjectRow extends AmountRow {
  /**
   * {@return the project name as printed; it may repeat for distinct projects and carry stray
   * spaces from line wrapping}
   */
  String printedName();

  @Override
  List<AmountCell> cells();

  @JsonIgnore
  @Override
  default String describe() {
    return "\"" + printedName() + "\"";
  }

  /**
   * A project row, its cells given as printed text.
   *
   * @param printedName the project name as printed
   * @param cells the cells' texts in 万元, in column order; blank for an empty cell
   * @return the row
   * @throws org.yusuan.budget.money.MoneyFormatException if a cell's text is not an amount
   */
  static ProjectRow of(String printedName, String... cells) {
    return ImmutableProjectRow.builder().printedName(printedName)
        .cells(AmountCell.parseAll(cells)).build();
  }
}
