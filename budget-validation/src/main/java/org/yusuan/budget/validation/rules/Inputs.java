package org.yusuan.budget.validation.rules;

import java.util.Objects;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.Availability;
import org.yusuan.budget.validation.RuleInput;

/**
 * The inputs a rule over a {@link DepartmentBudget} declares (规则输入): tables by id, their columns,
 * the performance sheets, the narrative's claims. The {@link org.yusuan.budget.validation.Validator}
 * checks them before the rule runs, so a rule never repeats the "table absent → not applicable"
 * preamble. A subject package may define further inputs beside its rules in the same way.
 */
public final class Inputs {
  private Inputs() {}

  /**
   * The table {@code id} with data: NOT_APPLICABLE when the document does not print it ({@code "T9
   * absent"}) or prints it as 本表无数据 ({@code "T9 本表无数据"}).
   */
  public static RuleInput<DepartmentBudget> table(TableId id) {
    Objects.requireNonNull(id, "id");
    String absent = id + " absent";
    String empty = id + " 本表无数据";
    Availability notPrinted = Availability.notApplicable(absent);
    Availability noData = Availability.notApplicable(empty);
    return input(id + describe(id), b -> {
      BudgetTable t = b.tablesById().get(id).orElse(null);
      if (t == null) {
        return notPrinted;
      }
      return t.declaredEmpty() ? noData : Availability.AVAILABLE;
    });
  }

  /**
   * The column {@code column} of table {@code id}: INSUFFICIENT_DATA when the table lacks it ({@code
   * "T1 has no column 合计"}). Declare {@link #table(TableId)} before it: an absent table is
   * available here (the table input decides).
   */
  public static RuleInput<DepartmentBudget> column(TableId id, AmountColumn column) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(column, "column");
    Availability missing = Availability.insufficientData(id + " has no column " + column.chineseName());
    return input(id + " column " + column.chineseName(), b -> {
      BudgetTable t = b.tablesById().get(id).orElse(null);
      return t == null || t.columns().contains(column) ? Availability.AVAILABLE : missing;
    });
  }

  /**
   * The claims the narrative states of {@code subject}: NOT_APPLICABLE when it states none ({@code
   * "no claim of 三公经费合计"}).
   */
  public static RuleInput<DepartmentBudget> claims(ClaimSubject subject) {
    Objects.requireNonNull(subject, "subject");
    Availability none = Availability.notApplicable("no claim of " + subject.chineseName());
    return input("claims of " + subject.chineseName(), b -> {
      var claims = b.claims();
      for (int i = 0; i < claims.size(); i++) {
        if (claims.get(i).subject() == subject) {
          return Availability.AVAILABLE;
        }
      }
      return none;
    });
  }

  /** The project performance sheets (项目绩效目标表): NOT_APPLICABLE when there are none. */
  public static RuleInput<DepartmentBudget> projectSheets() {
    Availability none = Availability.notApplicable("no project performance sheets");
    return input("project performance sheets (项目绩效目标表)",
        b -> b.projectSheets().isEmpty() ? none : Availability.AVAILABLE);
  }

  /** The department performance sheet (部门整体绩效目标表): NOT_APPLICABLE when there is none. */
  public static RuleInput<DepartmentBudget> departmentSheet() {
    Availability none = Availability.notApplicable("no department performance sheet");
    return input("the department performance sheet (部门整体绩效目标表)",
        b -> b.departmentSheet().isPresent() ? Availability.AVAILABLE : none);
  }

  /** An input from a description and a test; the test must not allocate when the input is there. */
  public static RuleInput<DepartmentBudget> input(String description,
      java.util.function.Function<DepartmentBudget, Availability> test) {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(test, "test");
    return new RuleInput<>() {
      @Override
      public String description() {
        return description;
      }

      @Override
      public Availability availability(DepartmentBudget model) {
        return test.apply(model);
      }

      @Override
      public String toString() {
        return description;
      }
    };
  }

  private static String describe(TableId id) {
    return id.chineseNumber().map(n -> " (" + n + ")").orElse("");
  }
}
