package org.yusuan.budget.validation.rules.structure;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.template.TableSpec;
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

/**
 * D1 — 必需的表齐全: every table the budget's profile requires is printed (本表无数据 counts). Reads
 * the whole document: an absent table is what it reports, not a reason not to run.
 */
public final class RequiredTables extends BudgetRule {
  /**
   * Rule {@code D1}, 必需的表齐全. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final RequiredTables RULE = new RequiredTables();

  private static final Messages TABLE_MISSING = Messages.named("D1.TABLE_MISSING");

  private RequiredTables() {
    super(RuleDescriptor.builder().id("D1").family(RuleFamily.STRUCTURE).severity(Severity.ERROR)
        .titleZh("必需的表齐全").titleEn("Required tables present")
        .statement("Every table the budget's profile marks as required is present (printed, possibly as 本表无数据).")
        .build());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    for (TableSpec spec : b.profile().tables()) {
      if (spec.required() && b.tablesById().get(spec.id()).isEmpty()) {
        Location at = Location.table(spec.id().value());
        ctx.report(ctx.finding(FindingKind.MISSING, TABLE_MISSING, ctx.descriptor().title(),
                MessageArg.table(spec.id().value()), MessageArg.text(spec.titleKeyword()))
            .location(at).expected(Quantity.text(spec.id().value())));
      }
    }
  }
}
