package org.yusuan.budget.table;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** A row of 表十一 机关运行经费: one budget unit (as printed) and its amounts. */
@Value.Immutable
@JsonSerialize(as = ImmutableUnitAmountRow.class)
@JsonDeserialize(as = ImmutableUnitAmountRow.class)
public interface UnitAmountRow extends AmountRow {
  /** {@return the unit name as printed} */
  String printedUnitName();

  @Override
  List<AmountCell> cells();

  @JsonIgnore
  @Override
  default String describe() {
    return "\"" + printedUnitName() + "\"";
  }

  /**
   * A unit's row, its cells given as printed text.
   *
   * @param printedUnitName the unit name as printed
   * @param cells the cells' texts in 万元, in column order; blank for an empty cell
   * @return the row
   * @throws org.yusuan.budget.money.MoneyFormatException if a cell's text is not an amount
   */
  static UnitAmountRow of(String printedUnitName, String... cells) {
    return ImmutableUnitAmountRow.builder().printedUnitName(printedUnitName)
        .cells(AmountCell.parseAll(cells)).build();
  }
}
