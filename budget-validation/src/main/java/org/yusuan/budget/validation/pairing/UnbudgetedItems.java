package org.yusuan.budget.validation.pairing;

import static org.yusuan.budget.table.AmountColumn.FINAL;
import static org.yusuan.budget.table.AmountColumn.TOTAL;

import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * JB6 — 决算支出而预算未安排的项: every 项 (7-digit code) the 决算 spends under 一般公共预算 (F5 决算数, or
 * its 合计 where F5 prints no 决算数 column) that the 预算's 表五 does not budget (no row, or 0). Not an
 * error — money can be added during the year — but a reviewer notes it (INFO).
 */
public final class UnbudgetedItems extends PairRule {
  /**
   * Rule {@code JB6}, 决算支出而预算未安排的项. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.pairing.BudgetPairing}.
   */
  public static final UnbudgetedItems RULE = new UnbudgetedItems();

  /** A 项 code has 7 digits (类 3, 款 5). */
  private static final int ITEM_LENGTH = 7;

  private UnbudgetedItems() {
    super(RuleDescriptor.builder().id("JB6").family(RuleFamily.FINAL_ACCOUNTS).severity(Severity.INFO)
            .titleZh("决算支出而预算未安排的项").titleEn("Items spent but not budgeted")
            .statement("Every 项 with 一般公共预算 spending in 决算 F5 (决算数, else 合计) that 预算 表五 does not"
                + " budget (no row or 0 合计) is noted (INFO): money added during the year.")
            .build(),
        PairInputs.SAME_YEAR,
        PairInputs.finalAccounts(Inputs.table(TableId.F5, FunctionTable.class)),
        PairInputs.budget(Inputs.printed(TableId.T5, FunctionTable.class)),
        PairInputs.budget(Inputs.column(TableId.T5, TOTAL)));
  }

  @Override
  public void check(BudgetPair pair, RuleContext ctx) {
    FunctionTable f5t = pair.finalAccounts().tablesById().functionTable(TableId.F5).orElseThrow();
    FunctionRowIndex f5 = f5t.rowIndex();
    FunctionRowIndex t5 = pair.budget().tablesById().functionTable(TableId.T5).orElseThrow().rowIndex();
    AmountColumn spent = f5t.columns().contains(FINAL) ? FINAL : TOTAL;
    for (int i = 0; i < f5.size(); i++) {
      String code = f5.code(i);
      if (code.length() != ITEM_LENGTH || f5.amount(i, spent).isZero()) {
        continue;
      }
      int j = t5.indexOfCode(code);
      if (j >= 0 && !t5.amount(j, TOTAL).isZero()) {
        continue;
      }
      ctx.report(ctx.finding(FindingKind.NOTE, PairMessages.UNBUDGETED, ctx.descriptor().title(),
              MessageArg.location(Location.cell("F5", code, spent.chineseName())), MessageArg.text(code),
              MessageArg.text(f5.row(i).printedName()), MessageArg.amount(f5.amount(i, spent)))
          .location(Location.cell("F5", code, spent.chineseName()))
          .expected(Quantity.of(j >= 0 ? t5.amount(j, TOTAL) : WanYuan.ZERO))
          .actual(Quantity.of(f5.amount(i, spent))));
    }
  }
}
