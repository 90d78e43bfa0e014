package org.yusuan.budget.table;

/** Whether a document prints a table, and how. */
public enum TablePresence {
  /** The table is printed with its rows. */
  PRESENT,
  /**
   * The table is printed with {@code 注：本表无数据} (declared empty): a claim that all its amounts are
   * zero, which validators check against the other tables. Not the same as a table of zero rows.
   */
  NO_DATA,
  /** The document does not print the table at all. */
  ABSENT
}
