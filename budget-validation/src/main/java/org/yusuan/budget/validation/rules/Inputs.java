package org.yusuan.budget.validation.rules;

import java.util.List;
import java.util.Objects;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.Availability;
import org.yusuan.budget.validation.RuleInput;

/**
 * The inputs a rule over a {@link DepartmentBudget} declares (规则输入): tables by id, their columns,
 * the performance sheets. The {@link org.yusuan.budget.validation.Validator}
 * checks them before the rule runs, so a rule never repeats the "table absent → not applicable"
 * preamble. A subject package may define further inputs beside its rules in the same way.
 */
public final class Inputs {
  private Inputs() {}

  /**
   * Table {@code id} printed in the layout {@code type} (e.g. {@code SummaryTable.class}), with data:
   * NOT_APPLICABLE when the document does not print it in that layout ({@code "T9 absent"} — a rule
   * reads a table by its typed shape, so a table of another layout is absent to it) or prints it as
   * 本表无数据 ({@code "T9 本表无数据"}); INSUFFICIENT_DATA when no row or not every row of it was read.
   *
   * @param id the table's concept id, e.g. {@link TableId#T1}
   * @param type the layout the rule reads it as
   * @return the input
   */
  public static RuleInput<DepartmentBudget> table(TableId id, Class<? extends BudgetTable> type) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Availability notPrinted = Availability.notApplicable(id + " absent");
    Availability noData = Availability.notApplicable(id + " 本表无数据");
    return input(name(id) + " with data", b -> {
      BudgetTable t = b.tablesById().get(id, type).orElse(null);
      if (t == null) {
        return notPrinted;
      }
      if (t.declaredEmpty()) {
        return noData;
      }
      return t.rowCount() == 0 || t.rowsNotRead() > 0 ? incomplete(t) : Availability.AVAILABLE;
    });
  }

  /**
   * Table {@code id} printed in the layout {@code type}, 本表无数据 included (its cells read as zeros, so
   * that money elsewhere contradicts it): NOT_APPLICABLE ({@code "T1 absent"}) when not printed so;
   * INSUFFICIENT_DATA when a table with data was not read in full.
   *
   * @param id the table's concept id
   * @param type the layout the rule reads it as
   * @return the input
   */
  public static RuleInput<DepartmentBudget> printed(TableId id, Class<? extends BudgetTable> type) {
    return printed(id, type, id + " absent");
  }

  /**
   * As {@link #printed(TableId, Class)}, with the rule's own reason when the table is absent.
   *
   * @param id the table's concept id
   * @param type the layout the rule reads it as
   * @param absent the note of the NOT_APPLICABLE outcome when the table is not printed in that layout
   * @return the input
   */
  public static RuleInput<DepartmentBudget> printed(TableId id, Class<? extends BudgetTable> type, String absent) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Availability notPrinted = Availability.notApplicable(absent);
    return input(name(id) + " printed, 本表无数据 as zeros", b -> {
      BudgetTable t = b.tablesById().get(id, type).orElse(null);
      if (t == null) {
        return notPrinted;
      }
      return (t.rowCount() == 0 || t.rowsNotRead() > 0) && !t.declaredEmpty() ? incomplete(t)
          : Availability.AVAILABLE;
    });
  }

  /**
   * A table whose title was found but whose rows were not all read: sums over it, and zeros for what
   * is missing, would be invented.
   */
  private static Availability incomplete(BudgetTable t) {
    return Availability.insufficientData(t.rowCount() == 0
        ? t.id() + " printed, but no row of it was read (see the read report)"
        : t.id() + " read in part: " + t.rowsNotRead() + " of its rows not read (see the read report)");
  }

  /**
   * The column {@code column} of table {@code id}. NOT_APPLICABLE when the document's template does
   * not print that column in the table ({@code "T2 of template shanghai-department prints no column
   * 一般公共预算"}: the rule was written for a shape this template does not have); INSUFFICIENT_DATA
   * when the template prints it but the table read lacks it ({@code "T1 has no column 合计"}).
   * Declare {@link #table(TableId, Class)} before it: an absent table is available here (the table
   * input decides).
   *
   * @param id the table's concept id
   * @param column the column the rule reads
   * @return the input
   */
  public static RuleInput<DepartmentBudget> column(TableId id, AmountColumn column) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(column, "column");
    Availability missing = Availability.insufficientData(id + " has no column " + column.chineseName());
    return input(id + " column " + column.chineseName(), b -> {
      BudgetTable t = b.tablesById().get(id).orElse(null);
      if (t == null || t.columns().contains(column)) {
        return Availability.AVAILABLE;
      }
      boolean templatePrintsIt = b.profile().spec(id).map(sp -> sp.columns().contains(column)).orElse(true);
      return templatePrintsIt ? missing : Availability.notApplicable(id + " of template "
          + b.profile().name() + " prints no column " + column.chineseName());
    });
  }

  /**
   * The columns the standard template's {@code id} has and a rule written for that shape reads: each
   * a {@link #column} input.
   *
   * @param id the table's concept id
   * @param columns the columns the rule reads
   * @return one input per column, in the order given
   */
  public static List<RuleInput<DepartmentBudget>> columns(TableId id, AmountColumn... columns) {
    List<RuleInput<DepartmentBudget>> inputs = new java.util.ArrayList<>(columns.length);
    for (AmountColumn c : columns) {
      inputs.add(column(id, c));
    }
    return inputs;
  }

  /**
   * The 政府经济分类 of the economic table {@code id}: NOT_APPLICABLE when no row prints one (templates
   * that print the 部门经济分类 alone, by code). An absent table is available here (the table input
   * decides).
   *
   * @param id the economic table's concept id, e.g. {@link TableId#T6}
   * @return the input
   */
  public static RuleInput<DepartmentBudget> governmentClassification(TableId id) {
    Availability none = Availability.notApplicable(id + " prints no 政府经济分类");
    return input(id + " 政府经济分类 printed", b -> b.tablesById().get(id, EconomicTable.class)
        .map(t -> t.rows().stream().anyMatch(r -> r.governmentName().isPresent())
            ? Availability.AVAILABLE : none)
        .orElse(Availability.AVAILABLE));
  }

  /** {@return the input "project performance sheets (项目绩效目标表)": NOT_APPLICABLE when there are none} */
  public static RuleInput<DepartmentBudget> projectSheets() {
    Availability none = Availability.notApplicable("no project performance sheets");
    return input("project performance sheets (项目绩效目标表)",
        b -> b.projectSheets().isEmpty() ? none : Availability.AVAILABLE);
  }

  /**
   * {@return the input "the department-wide sheet (部门整体支出绩效目标表)": NOT_APPLICABLE when there is
   * none}
   */
  public static RuleInput<DepartmentBudget> departmentSheet() {
    Availability none = Availability.notApplicable("no department-wide performance sheet");
    return input("the department-wide performance sheet (部门整体支出绩效目标表)",
        b -> b.departmentSheet().isPresent() ? Availability.AVAILABLE : none);
  }

  /**
   * An input from a description and a test; the test must not allocate when the input is there.
   *
   * @param description what the input is, for the catalog and {@code docs/rules.md}
   * @param test the availability of the input in a budget; return a shared {@link Availability}
   *     (pre-built, or {@link Availability#AVAILABLE})
   * @return the input
   */
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

  private static String name(TableId id) {
    return id + id.chineseNumber().map(n -> " (" + n + ")").orElse("");
  }
}
