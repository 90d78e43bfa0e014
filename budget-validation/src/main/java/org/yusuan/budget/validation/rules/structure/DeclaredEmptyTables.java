package org.yusuan.budget.validation.rules.structure;

import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.BudgetTable;
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
 * D4 — 空表不应有数: a table that declares itself empty ({@code 注：本表无数据}, {@code 故本表为空表}) prints
 * no amount other than zero. The note and the amounts contradict each other; which one is wrong the
 * other tables tell (the cross-table rules), this rule reports that they disagree.
 */
public final class DeclaredEmptyTables extends BudgetRule {
  /**
   * Rule {@code D4}, 空表不应有数. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final DeclaredEmptyTables RULE = new DeclaredEmptyTables();

  private static final Messages PRINTS_AMOUNTS = Messages.named("D4.PRINTS_AMOUNTS");

  private DeclaredEmptyTables() {
    super(RuleDescriptor.builder().id("D4").family(RuleFamily.STRUCTURE).severity(Severity.ERROR)
        .titleZh("空表不应有数").titleEn("Tables declared empty print no amounts")
        .statement("A table with 注：本表无数据 (or 本表为空表) prints no amount other than zero.")
        .build());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    for (BudgetTable t : b.tables()) {
      if (!t.declaredEmpty()) {
        continue;
      }
      Optional<WanYuan> printed = firstNonZero(t);
      if (printed.isPresent()) {
        Location at = Location.table(t.id().value());
        ctx.report(ctx.finding(FindingKind.MISMATCH, PRINTS_AMOUNTS, ctx.descriptor().title(),
                MessageArg.table(t.id().value()), MessageArg.amount(printed.get()))
            .location(at).actual(Quantity.of(printed.get())).expected(Quantity.of(WanYuan.ZERO)));
      }
    }
  }

  /** The first amount other than zero the table prints: its total, else the first row's. */
  private static Optional<WanYuan> firstNonZero(BudgetTable t) {
    for (AmountCell c : TableCells.cells(t)) {
      if (!c.amountOrZero().isZero()) {
        return c.amount();
      }
    }
    return Optional.empty();
  }
}
