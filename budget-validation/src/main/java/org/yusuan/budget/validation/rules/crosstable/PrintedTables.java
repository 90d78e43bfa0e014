package org.yusuan.budget.validation.rules.crosstable;

import java.util.Objects;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.Availability;
import org.yusuan.budget.validation.RuleInput;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * The input of a cross-table rule (表间规则输入): a table printed in its standard layout. Unlike
 * {@link Inputs#table}, a table declared 本表无数据 is available — it reads as zeros, so that money
 * elsewhere contradicts it — and every absent table gives the same note.
 */
final class PrintedTables {
  private PrintedTables() {}

  private static final Availability ABSENT = Availability.notApplicable("a table of the rule is absent");

  /** Table {@code id} printed as a {@code layout} (本表无数据 included): NOT_APPLICABLE otherwise. */
  static RuleInput<DepartmentBudget> printed(TableId id, Class<? extends BudgetTable> layout) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(layout, "layout");
    String name = id + id.chineseNumber().map(n -> " (" + n + ")").orElse("");
    return Inputs.input(name + " printed, 本表无数据 as zeros",
        b -> b.tablesById().get(id, layout).isPresent() ? Availability.AVAILABLE : ABSENT);
  }
}
