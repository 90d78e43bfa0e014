package org.yusuan.budget.validation.rules.finalnarrative;

import static org.yusuan.budget.narrative.ClaimSubject.*;
import static org.yusuan.budget.validation.rules.finalnarrative.FinalNarrative.*;

import java.util.List;
import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.*;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Budgets;

/**
 * J24 — 决算说明 财政拨款 = F4 / F10: the narrative's 财政拨款收入支出总计 is F4's 总计; its 财政拨款支出
 * (总计) F4's 本年支出合计 (合计 column) or, without F4, the 合计 row of the university's F10; its 财政拨款
 * 基本支出 / 项目支出 F10's 合计 row.
 */
public final class FinalFiscalTotals extends BudgetRule {
  /**
   * Rule {@code J24}, 决算说明 财政拨款总计 = 财政拨款收支决算总表. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FinalFiscalTotals RULE = new FinalFiscalTotals();

  private FinalFiscalTotals() {
    super(describe("J24", "决算说明 财政拨款总计 = 财政拨款收支决算总表", "Final narrative fiscal totals",
            "Narrative 财政拨款收入支出总计 = F4 总计; 财政拨款支出 = F4 本年支出合计 (合计) or F10 合计; 财政拨款"
                + " 基本支出 / 项目支出 = F10 合计 row. WARNING.", Severity.WARNING),
        claims("财政拨款 totals", on(FINAL_FISCAL_GRAND_TOTAL, FINAL_FISCAL_EXPENDITURE, FINAL_FISCAL_BASIC,
            FINAL_FISCAL_PROJECT)),
        Inputs.input("F4 or F10 with data", b -> table(b, TableId.F4, SummaryTable.class).isPresent()
            || table(b, TableId.F10, FunctionTable.class).isPresent()
            ? org.yusuan.budget.validation.Availability.AVAILABLE
            : org.yusuan.budget.validation.Availability.notApplicable("neither F4 nor F10 printed with data")));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    Optional<SummaryTable> f4 = table(b, TableId.F4, SummaryTable.class);
    Optional<FunctionTable> f10 = table(b, TableId.F10, FunctionTable.class);
    f4.flatMap(SummaryTable::grandTotal).ifPresent(g ->
        each(ctx, b, FINAL_FISCAL_GRAND_TOTAL, cell(g.incomeAmount()), "F4 总计"));
    Optional<WanYuan> spent = f4.flatMap(SummaryTable::currentYearTotal).filter(t -> !t.cells().isEmpty())
        .map(t -> cell(t.cells().get(0)));
    if (spent.isPresent()) {
      each(ctx, b, FINAL_FISCAL_EXPENDITURE, spent.get(), "F4 本年支出合计");
    }
    f10.flatMap(FunctionTable::total).ifPresent(total -> {
      FunctionTable t = f10.get();
      if (spent.isEmpty()) {
        each(ctx, b, FINAL_FISCAL_EXPENDITURE, Budgets.amount(t, total, AmountColumn.TOTAL), "F10 合计");
      }
      each(ctx, b, FINAL_FISCAL_BASIC, Budgets.amount(t, total, AmountColumn.BASIC), "F10 合计 基本支出");
      each(ctx, b, FINAL_FISCAL_PROJECT, Budgets.amount(t, total, AmountColumn.PROJECT), "F10 合计 项目支出");
    });
  }

  private static void each(RuleContext ctx, DepartmentBudget b, ClaimSubject s, WanYuan expected, String what) {
    for (NarrativeClaim c : of(b, s, ClaimMeasure.AMOUNT)) {
      amount(ctx, c, expected, what, 1);
    }
  }
}
