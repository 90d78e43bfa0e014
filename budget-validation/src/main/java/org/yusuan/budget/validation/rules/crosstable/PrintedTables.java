package org.yusuan.budget.validation.rules.crosstable;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleInput;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * The input of a cross-table rule (表间规则输入): a table printed in its standard layout. Unlike
 * {@link Inputs#table}, a table declared 本表无数据 is available — it reads as zeros, so that money
 * elsewhere contradicts it — and every absent table gives the same note.
 */
final class PrintedTables {
  private PrintedTables() {}

  /** The note of every cross-table rule whose table is absent. */
  private static final String ABSENT = "a table of the rule is absent";

  /** Table {@code id} printed as a {@code layout} (本表无数据 included): NOT_APPLICABLE otherwise. */
  static RuleInput<DepartmentBudget> printed(TableId id, Class<? extends BudgetTable> layout) {
    return Inputs.printed(id, layout, ABSENT);
  }

}
