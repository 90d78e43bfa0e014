package org.yusuan.budget.validation.rules.table;

import java.util.Locale;
import java.util.Objects;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TableLayout;
import org.yusuan.budget.validation.Availability;
import org.yusuan.budget.validation.RuleInput;
import org.yusuan.budget.validation.rules.Inputs;

/** The inputs of the within-table rules (表内规则输入) beyond {@link Inputs}. */
final class TableInputs {
  private TableInputs() {}

  /**
   * The table {@code id} printed in {@code layout}, with data: NOT_APPLICABLE ({@code "T1 absent"})
   * when the document does not print it in that layout — a rule reads a table by its typed shape, so
   * a table of another template's layout is absent to it — and ({@code "T1 本表无数据"}) when declared
   * empty.
   */
  static RuleInput<DepartmentBudget> table(TableId id, TableLayout layout) {
    Objects.requireNonNull(id, "id");
    Class<? extends BudgetTable> type = layout.type();
    Availability notPrinted = Availability.notApplicable(id + " absent");
    Availability noData = Availability.notApplicable(id + " 本表无数据");
    String number = id.chineseNumber().map(n -> " (" + n + ")").orElse("");
    String shape = layout.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Inputs.input(id + number + " in the " + shape + " layout", b -> {
      BudgetTable t = b.tablesById().get(id, type).orElse(null);
      if (t == null) {
        return notPrinted;
      }
      return t.declaredEmpty() ? noData : Availability.AVAILABLE;
    });
  }
}
