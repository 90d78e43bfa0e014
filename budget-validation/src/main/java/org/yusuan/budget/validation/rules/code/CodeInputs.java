package org.yusuan.budget.validation.rules.code;

import java.util.Objects;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.Availability;
import org.yusuan.budget.validation.RuleInput;
import org.yusuan.budget.validation.rules.Inputs;

/** The inputs of the code rules (科目编码规则输入). */
final class CodeInputs {
  private CodeInputs() {}

  /**
   * Table {@code id} with data in its standard layout: NOT_APPLICABLE as {@link Inputs#table} says
   * ({@code "T6 absent"}, {@code "T6 本表无数据"}), a table printed in another layout counting as absent.
   */
  static RuleInput<DepartmentBudget> table(TableId id, Class<? extends BudgetTable> layout) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(layout, "layout");
    Availability absent = Availability.notApplicable(id + " absent");
    Availability noData = Availability.notApplicable(id + " 本表无数据");
    return Inputs.input(id + id.chineseNumber().map(n -> " (" + n + ")").orElse(""), b -> {
      BudgetTable t = b.tablesById().get(id, layout).orElse(null);
      if (t == null) {
        return absent;
      }
      return t.declaredEmpty() ? noData : Availability.AVAILABLE;
    });
  }
}
