package org.yusuan.budget.table;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A row of 表十 “三公”经费: the printed label, the item it names and the amounts. */
@Value.Immutable
@JsonSerialize(as = ImmutableThreePublicRow.class)
@JsonDeserialize(as = ImmutableThreePublicRow.class)
public interface ThreePublicRow extends AmountRow {
  /** {@return the label as printed ({@code ①公务用车购置费})} */
  String printedLabel();

  /** {@return the item the label names; empty for a label the reader did not recognise} */
  Optional<ThreePublicItem> item();

  @Override
  List<AmountCell> cells();

  @JsonIgnore
  @Override
  default String describe() {
    return "\"" + printedLabel() + "\"";
  }

  /**
   * A row; the item is {@link ThreePublicItem#ofLabel(String) read from the label}.
   *
   * @param printedLabel the label as printed ({@code ②公务用车运行维护费})
   * @param cells the cells' texts in 万元, in column order; blank for an empty cell
   * @return the row, its item empty when the label names none
   * @throws org.yusuan.budget.money.MoneyFormatException if a cell's text is not an amount
   */
  static ThreePublicRow of(String printedLabel, String... cells) {
    return ImmutableThreePublicRow.builder().printedLabel(printedLabel)
        .item(ThreePublicItem.ofLabel(printedLabel)).cells(AmountCell.parseAll(cells)).build();
  }
}
