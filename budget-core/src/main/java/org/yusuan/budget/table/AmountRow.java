package org.yusuan.budget.table;

import java.util.List;

/**
 * A printed row with amount cells, one per amount column of its table, in the table's column order.
 * Read a cell by column with {@link BudgetTable#cell(AmountRow, AmountColumn)}.
 */
public interface AmountRow {
  /** {@return the amount cells in the order of the table's {@link BudgetTable#columns()}} */
  List<AmountCell> cells();

  /**
   * {@return the printed label of the row (code and name, unit name, project name…), for messages}
   */
  String describe();
}
