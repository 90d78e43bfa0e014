package org.yusuan.budget.table;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.budget.classification.RevenueCode;

/**
 * A 收入分类 row of 表七 and the revenue side of 表九: the printed code, the code when the printed text is
 * well formed, the printed name and the amounts, e.g. {@code 1030148 国有土地使用权出让收入}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRevenueRow.class)
@JsonDeserialize(as = ImmutableRevenueRow.class)
public interface RevenueRow extends AmountRow {
  /**
   * {@return the code exactly as printed, spaces included; a truncated code such as {@code 2101}
   * stays as printed, and blank when no code is printed}
   */
  String printedCode();

  /**
   * {@return the code, when the printed code (whitespace removed) is a well-formed 收入分类 code;
   * empty otherwise}
   */
  Optional<RevenueCode> code();

  /**
   * {@return the name as printed beside the code; it may be truncated or a variant of the catalog
   * name}
   */
  String printedName();

  @Override
  List<AmountCell> cells();

  @JsonIgnore
  @Override
  default String describe() {
    return printedCode() + " " + printedName();
  }

  /**
   * A row printing {@code printedCode}, {@code printedName} and {@code cells}; its {@link #code()} is
   * the printed code when that is well formed (whitespace removed), else empty.
   *
   * @param printedCode the code as printed ({@code 1030148}); kept as printed even when malformed
   * @param printedName the name as printed ({@code 国有土地使用权出让收入})
   * @param cells the row's cells in the table's column order
   * @return the row
   */
  static RevenueRow of(String printedCode, String printedName, List<AmountCell> cells) {
    return ImmutableRevenueRow.builder().printedCode(printedCode)
        .code(Structure.parsedCode(printedCode, RevenueCode::parse))
        .printedName(printedName).cells(cells).build();
  }

  /**
   * As {@link #of(String, String, List)} with the cells given as printed text.
   *
   * @param printedCode the code as printed ({@code 1030148}); kept as printed even when malformed
   * @param printedName the name as printed ({@code 国有土地使用权出让收入})
   * @param cells the cells' texts in 万元, in column order; blank for an empty cell
   * @return the row
   * @throws org.yusuan.budget.money.MoneyFormatException if a cell's text is not an amount
   */
  static RevenueRow of(String printedCode, String printedName, String... cells) {
    return of(printedCode, printedName, AmountCell.parseAll(cells));
  }

  /** Checks that the code, when present, is the printed code. */
  @Value.Check
  default void check() {
    Structure.printedCode(describe(), code(), printedCode());
  }
}
