package org.yusuan.budget.validation.pairing;

import static org.yusuan.budget.table.AmountColumn.BUDGETED;
import static org.yusuan.budget.table.AmountColumn.TOTAL;

import java.util.Optional;
import org.yusuan.budget.table.AmountCell;
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
import org.yusuan.budget.validation.rules.Inputs;

/**
 * JB4 — 决算一般公共预算年初预算数 = 预算表五: where the 决算's 一般公共预算财政拨款支出决算表 (F5) prints a
 * 预算数 column, it is the 预算's 一般公共预算支出表 (T5 合计) per code and in total.
 */
public final class GeneralBudgetBudgeted extends PairRule {
  /**
   * Rule {@code JB4}, 决算一般公共预算年初预算数 = 预算表五. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.pairing.BudgetPairing}.
   */
  public static final GeneralBudgetBudgeted RULE = new GeneralBudgetBudgeted();

  private GeneralBudgetBudgeted() {
    super(RuleDescriptor.builder().id("JB4").family(RuleFamily.FINAL_ACCOUNTS)
            .titleZh("决算一般公共预算年初预算数 = 预算表五").titleEn("Final accounts' general budget 预算数 = budget Table 5")
            .statement("决算 F5 预算数 = 预算 表五 合计 for the 合计 row and per code (a code printed in one table"
                + " only is compared with 0 where the other prints codes of its level); a 表五 code with money"
                + " whose level F5 prints, but not it, is reported missing.")
            .build(),
        PairInputs.SAME_YEAR,
        PairInputs.finalAccounts(Inputs.table(TableId.F5, FunctionTable.class)),
        PairInputs.finalAccounts(Inputs.column(TableId.F5, BUDGETED)),
        PairInputs.budget(Inputs.printed(TableId.T5, FunctionTable.class)),
        PairInputs.budget(Inputs.column(TableId.T5, TOTAL)));
  }

  @Override
  public void check(BudgetPair pair, RuleContext ctx) {
    FunctionTable f5t = pair.finalAccounts().tablesById().functionTable(TableId.F5).orElseThrow();
    FunctionTable t5t = pair.budget().tablesById().functionTable(TableId.T5).orElseThrow();
    FunctionRowIndex f5 = f5t.rowIndex();
    FunctionRowIndex t5 = t5t.rowIndex();
    Optional<AmountCell> ft = PairSupport.totalCell(f5t, f5t.total(), BUDGETED);
    Optional<AmountCell> bt = PairSupport.totalCell(t5t, t5t.total(), TOTAL);
    if (ft.isPresent() && bt.isPresent()) {
      PairSupport.compare(ctx, "F5", f5.totalLabel(), BUDGETED, ft.get(), "T5", t5.totalLabel(), TOTAL, bt.get());
    }
    for (int i = 0; i < f5.size(); i++) {
      String code = f5.codeText(i);
      int j = t5.indexOf(code);
      if (j >= 0) {
        PairSupport.compare(ctx, "F5", code, BUDGETED, f5.cell(i, BUDGETED), "T5", code, TOTAL, t5.cell(j, TOTAL));
      } else if (!f5.amount(i, BUDGETED).isZero() && levelComparable(t5t, t5, f5.code(i))) {
        PairSupport.compare(ctx, "F5", code, BUDGETED, f5.cell(i, BUDGETED), "T5", code, TOTAL, AmountCell.empty());
      }
    }
    for (int j = 0; j < t5.size(); j++) {
      String code = t5.codeText(j);
      if (!t5.amount(j, TOTAL).isZero() && f5.indexOf(code) < 0 && PairSupport.printsLevel(f5, t5.code(j).length())) {
        ctx.report(ctx.finding(FindingKind.MISSING, PairMessages.BUDGETED_MISSING, ctx.descriptor().title(),
                MessageArg.location(Location.table("F5")), MessageArg.text(code), MessageArg.amount(t5.amount(j, TOTAL)))
            .location(Location.row("F5", code))
            .expected(Quantity.of(t5.amount(j, TOTAL)))
            .actual(Quantity.text("(none)")));
      }
    }
  }

  /** Whether a code missing from T5 means "budgeted nothing": T5 is declared empty or prints codes of its level. */
  private static boolean levelComparable(FunctionTable t5t, FunctionRowIndex t5, String code) {
    return t5t.declaredEmpty() || !code.isEmpty() && PairSupport.printsLevel(t5, code.length());
  }
}
