package org.yusuan.budget.validation.rules;

import java.util.List;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.TableSpec;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.Rule;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;

/** Document structure rules (文档结构, D-rules). */
public final class StructureRules {
  private StructureRules() {}

  static final Messages TABLE_MISSING = Messages.of(
      "{0}：缺少必需的{1}（{2}）", "{0}: the required {1} ({2}) is missing");
  static final Messages DEPARTMENT_DIFFERS = Messages.of(
      "{0}：{1}印的部门名称「{2}」与部门「{3}」不同", "{0}: {1} prints the department \"{2}\", not \"{3}\"");
  static final Messages YEAR_DIFFERS = Messages.of(
      "{0}：{1}的标题「{2}」不含预算年度 {3}", "{0}: the title \"{2}\" of {1} lacks the budget year {3}");

  static RuleDescriptor d(String id, Severity severity, String zh, String en, String statement) {
    return RuleDescriptor.builder().id(id).family(RuleFamily.STRUCTURE).severity(severity).titleZh(zh)
        .titleEn(en).statement(statement).build();
  }

  static final Rule<DepartmentBudget> D1 = Rule.of(
      d("D1", Severity.ERROR, "必需的表齐全", "Required tables present",
          "Every table the budget's profile marks as required is present (printed, possibly as 本表无数据)."),
      (b, ctx) -> {
        for (TableSpec spec : b.profile().tables()) {
          if (spec.required() && b.tablesById().get(spec.id()).isEmpty()) {
            Location at = Location.table(spec.id().value());
            ctx.report(ctx.finding(FindingKind.MISSING, TABLE_MISSING, ctx.descriptor().title(),
                    MessageArg.table(spec.id().value()), MessageArg.text(spec.titleKeyword()))
                .location(at).expected(Quantity.text(spec.id().value())));
          }
        }
      });

  static final Rule<DepartmentBudget> D2 = Rule.of(
      d("D2", Severity.WARNING, "各表部门名称一致", "Tables name the department",
          "Each table's printed 部门名称 (when printed) equals the department's name, ignoring spaces."),
      (b, ctx) -> {
        String dept = b.departmentName().replace(" ", "");
        for (BudgetTable t : b.tables()) {
          if (t.printedDepartment().isPresent() && !t.printedDepartment().get().replace(" ", "").equals(dept)) {
            Location at = Location.table(t.id().value());
            ctx.report(ctx.finding(FindingKind.NAME_MISMATCH, DEPARTMENT_DIFFERS, ctx.descriptor().title(),
                    MessageArg.table(t.id().value()), MessageArg.text(t.printedDepartment().get()),
                    MessageArg.text(b.departmentName()))
                .location(at).actual(Quantity.text(t.printedDepartment().get()))
                .expected(Quantity.text(b.departmentName())));
          }
        }
      });

  static final Rule<DepartmentBudget> D3 = Rule.of(
      d("D3", Severity.WARNING, "标题年度一致", "Titles carry the budget year",
          "Each printed table title that starts with a 4-digit year names the budget year."),
      (b, ctx) -> {
        String year = Integer.toString(b.budgetYear());
        for (BudgetTable t : b.tables()) {
          if (t.printedTitle().isEmpty()) {
            continue;
          }
          String title = t.printedTitle().get();
          boolean startsWithYear = title.length() >= 4 && Character.isDigit(title.charAt(0))
              && Character.isDigit(title.charAt(3));
          if (startsWithYear && !title.startsWith(year)) {
            Location at = Location.table(t.id().value());
            ctx.report(ctx.finding(FindingKind.MISMATCH, YEAR_DIFFERS, ctx.descriptor().title(),
                    MessageArg.table(t.id().value()), MessageArg.text(title), MessageArg.text(year))
                .location(at).actual(Quantity.text(title.substring(0, 4))).expected(Quantity.text(year)));
          }
        }
      });

  /** All structure rules. */
  public static List<Rule<DepartmentBudget>> all() {
    return List.of(D1, D2, D3);
  }
}
