package org.yusuan.budget.table;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.budget.classification.FunctionCode;

/**
 * A 类 row on the expenditure side of 表一 / 表四 ({@code 八、社会保障和就业支出 | 667.92 | 667.92 | ·}).
 * The code is not printed there: {@link #code()} is the 类 code the reader assigned from the name (the
 * 30 类 names map to 201…234), empty when the name could not be mapped.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCategoryRow.class)
@JsonDeserialize(as = ImmutableCategoryRow.class)
public interface CategoryRow extends AmountRow {
  /** {@return the name as printed, ordinal and stray spaces included ({@code 二十二、国有资本经营 预算支出})} */
  String printedName();

  /**
   * {@return the 类 code (201…234) assigned from the name; empty when the name could not be mapped}
   */
  Optional<FunctionCode> code();

  @Override
  List<AmountCell> cells();

  @JsonIgnore
  @Override
  default String describe() {
    return "\"" + printedName() + "\"";
  }

  /**
   * A row printing {@code printedName} with 类 code {@code code} and {@code cells}.
   *
   * @param printedName the name as printed, ordinal included ({@code 八、社会保障和就业支出})
   * @param code the 类 code assigned from the name, empty when not known
   * @param cells the cells' texts in 万元, in column order; blank for an empty cell
   * @return the row
   * @throws IllegalStateException if {@code code} is not a 类 (3-digit) code
   * @throws org.yusuan.budget.money.MoneyFormatException if a cell's text is not an amount
   */
  static CategoryRow of(String printedName, Optional<FunctionCode> code, String... cells) {
    return ImmutableCategoryRow.builder().printedName(printedName).code(code)
        .cells(AmountCell.parseAll(cells)).build();
  }

  /** Checks that an assigned code is a 类 code. */
  @Value.Check
  default void check() {
    if (code().isPresent() && code().get().parent().isPresent()) {
      throw new IllegalStateException("row " + describe() + ": code " + code().get()
          + " is not a 类 (3-digit) code");
    }
  }
}
