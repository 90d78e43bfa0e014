package org.yusuan.budget.validation.rules.structure;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.text.TextKey;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;

/** D2 — 各表部门名称一致: each table that prints a 部门名称 names the budget's department. */
public final class PrintedDepartment extends BudgetRule {
  /**
   * Rule {@code D2}, 各表部门名称一致. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final PrintedDepartment RULE = new PrintedDepartment();

  private static final Messages DEPARTMENT_DIFFERS = Messages.named("D2.DEPARTMENT_DIFFERS");

  private PrintedDepartment() {
    super(RuleDescriptor.builder().id("D2").family(RuleFamily.STRUCTURE).severity(Severity.WARNING)
        .titleZh("各表部门名称一致").titleEn("Tables name the department")
        .statement("Each table's printed 部门名称 (when printed) equals the department's name, compared by"
            + " the text key (spaces, width and quote variants aside).")
        .build());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    for (BudgetTable t : b.tables()) {
      // the one comparison key: spaces, width ((本级) and （本级）) and quote variants do not make
      // another name
      if (t.printedDepartment().isPresent()
          && !TextKey.keyEquals(t.printedDepartment().get(), b.departmentName())) {
        Location at = Location.table(t.id().value());
        ctx.report(ctx.finding(FindingKind.NAME_MISMATCH, DEPARTMENT_DIFFERS, ctx.descriptor().title(),
                MessageArg.table(t.id().value()), MessageArg.text(t.printedDepartment().get()),
                MessageArg.text(b.departmentName()))
            .location(at).actual(Quantity.text(t.printedDepartment().get()))
            .expected(Quantity.text(b.departmentName())));
      }
    }
  }
}
