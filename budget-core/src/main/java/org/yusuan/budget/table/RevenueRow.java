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
  /** The code exactly as printed (a truncated code such as {@code 2101} stays as printed). */
  String printedCode();

  /** The code, when the printed code (whitespace removed) is a well-formed 收入分类 code. */
  Optional<RevenueCode> code();

  /** The name as printed beside the code (it may be truncated or a variant of the catalog name). */
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
   */
  static RevenueRow of(String printedCode, String printedName, List<AmountCell> cells) {
    return ImmutableRevenueRow.builder().printedCode(printedCode)
        .code(Structure.parsedCode(printedCode, RevenueCode::parse))
        .printedName(printedName).cells(cells).build();
  }

  /** As {@link #of(String, String, List)} with the cells printed as {@code cells} (blank = empty). */
  static RevenueRow of(String printedCode, String printedName, String... cells) {
    return of(printedCode, printedName, AmountCell.parseAll(cells));
  }

  /** Checks that the code, when present, is the printed code. */
  @Value.Check
  default void check() {
    Structure.printedCode(describe(), code(), printedCode());
  }
}
