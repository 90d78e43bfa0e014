package org.yusuan.budget.validation.rules.structure;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;

/**
 * D5 — 空表应注明: a table that prints no amount at all (an empty grid: rows printed, every cell blank) says that it
 * is empty ({@code 本表无数据}, {@code 故本表为空表}). A table whose rows the reader could not place
 * (page text) is no empty grid; a declared-empty table is D4's.
 */
public final class UndeclaredEmptyTables extends BudgetRule {
  /**
   * Rule {@code D5}, 空表应注明. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final UndeclaredEmptyTables RULE = new UndeclaredEmptyTables();

  private static final Messages NOT_DECLARED = Messages.named("D5.NOT_DECLARED");

  private UndeclaredEmptyTables() {
    super(RuleDescriptor.builder().id("D5").family(RuleFamily.STRUCTURE).severity(Severity.WARNING)
        .titleZh("空表应注明").titleEn("Empty tables say so")
        .statement("A table read whole that prints rows whose every amount cell is blank (an empty grid) carries its note"
            + " 本表无数据 (or 本表为空表).")
        .build());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    for (BudgetTable t : b.tables()) {
      if (t.declaredEmpty() || t.rowsNotRead() > 0 || !TableCells.isBlankGrid(t)) {
        continue;
      }
      ctx.report(ctx.finding(FindingKind.MISSING, NOT_DECLARED, ctx.descriptor().title(),
              MessageArg.table(t.id().value()))
          .location(Location.table(t.id().value())));
    }
  }
}
