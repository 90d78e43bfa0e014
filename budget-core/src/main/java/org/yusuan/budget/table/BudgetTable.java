package org.yusuan.budget.table;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What every disclosure table has: its {@link TableId}, what is printed above it, whether it is declared
 * empty, and its amount columns.
 */
public interface BudgetTable {
  /** {@return the table's identifier ({@code T1}…{@code T13} in the standard template)} */
  TableId id();

  /** {@return the printed title, e.g. {@code 2025年预算收支总表}; empty when not recorded} */
  Optional<String> printedTitle();

  /**
   * {@return the number the document prints for the table, as printed ({@code 表六}, {@code 6},
   * {@code 表6}); empty when it prints none} It is taken from the title line, its caption or the
   * table of contents.
   */
  Optional<String> printedNumber();

  /**
   * {@return the table as the document names it, for people: {@code 表6 部门政府性基金预算支出功能分类预算表};
   * empty when neither number nor title is printed} That is the printed number (with 表 added to a
   * bare number) and the printed title without its year; the number or the title alone when only
   * one is printed.
   */
  @JsonIgnore
  default Optional<String> printedLabel() {
    Optional<String> number = printedNumber().map(n -> n.startsWith("表") ? n : "表" + n);
    Optional<String> title = printedTitle().map(BudgetTable::titleWithoutYear);
    if (number.isPresent() && title.isPresent()) {
      return Optional.of(number.get() + " " + title.get());
    }
    return number.isPresent() ? number : title;
  }

  /** {@code 2024年部门收入预算总表} → {@code 部门收入预算总表}: the title's leading year set aside. */
  private static String titleWithoutYear(String title) {
    return title.replaceFirst("^\\s*\\d{4}\\s*年度?\\s*", "").strip();
  }

  /**
   * {@return the department printed as {@code 部门名称：…} above the table; empty when not printed
   * or not recorded}
   */
  Optional<String> printedDepartment();

  /**
   * {@return whether the table prints {@code 注：本表无数据}; false by default} A declared-empty table
   * may still hold its printed skeleton rows (their cells empty); validators check the declaration
   * against the other tables.
   */
  @Value.Default
  default boolean declaredEmpty() {
    return false;
  }

  /**
   * {@return how many rows with amounts the reader saw but could not read (page text that does not
   * show which cells are blank); 0 for a table read whole} Rules that need a partial table lack the
   * data.
   */
  @Value.Default
  default int rowsNotRead() {
    return 0;
  }

  /**
   * {@return how many rows the table holds as read, its total row included; 0 for a table whose
   * title was found but none of whose rows could be read} Rules then lack the data; see the read
   * report.
   */
  @JsonIgnore
  int rowCount();

  /** {@return the amount columns of the table's rows, in printed order; never empty} */
  List<AmountColumn> columns();

  /**
   * {@return {@link TablePresence#NO_DATA} when declared empty, else {@link TablePresence#PRESENT}}
   */
  @JsonIgnore
  default TablePresence presence() {
    return declaredEmpty() ? TablePresence.NO_DATA : TablePresence.PRESENT;
  }

  /**
   * {@return whether the table has {@code column}}
   *
   * @param column the column asked about
   */
  default boolean hasColumn(AmountColumn column) {
    return columns().contains(column);
  }

  /**
   * {@return the cell of {@code row} in {@code column}, with its printed precision}
   *
   * @param row a row of this table (its cells in this table's column order)
   * @param column the column to read
   * @throws IllegalArgumentException if this table has no such column
   */
  default AmountCell cell(AmountRow row, AmountColumn column) {
    int i = columns().indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException(
          "table " + id() + " has no column " + column + "; its columns are " + columns());
    }
    return row.cells().get(i);
  }
}
