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
 * J21 — 决算说明 总计与本年收支 = F1: the narrative's 收入支出总计 is F1's 总计, its 本年收入合计 and
 * 本年支出合计 (also printed as 收入总计 / 支出总计 apart) F1's 本年收入合计 / 本年支出合计; its 基本支出,
 * 项目支出 and each 类 the 合计 row and 类 rows of F3 when F3 is printed (else the 类 rows of F1).
 */
public final class FinalTotalClaims extends BudgetRule {
  /**
   * Rule {@code J21}, 决算说明 收支总计 = 收入支出决算总表. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FinalTotalClaims RULE = new FinalTotalClaims();

  private FinalTotalClaims() {
    super(describe("J21", "决算说明 收支总计 = 收入支出决算总表", "Final narrative totals against F1",
            "Narrative 收入支出总计 = F1 总计; 本年收入合计 = F1 本年收入合计; 本年支出合计 = F1 本年支出合计; 基本支出 /"
                + " 项目支出 = F3 合计 row; each 类 = its F3 类 row (F1 类 row when F3 is absent). WARNING.",
            Severity.WARNING),
        claims("收支总计 or 本年收支", on(FINAL_GRAND_TOTAL, FINAL_INCOME, FINAL_EXPENDITURE, FINAL_BASIC,
            FINAL_PROJECT, FINAL_EXPENDITURE_BY_CLASS)),
        Inputs.table(TableId.F1, SummaryTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable f1 = b.tablesById().summaryTable(TableId.F1).orElseThrow();
    f1.grandTotal().ifPresent(g -> each(ctx, b, FINAL_GRAND_TOTAL, cell(g.incomeAmount()), "F1 总计"));
    f1.currentYearTotal().ifPresent(t -> {
      each(ctx, b, FINAL_INCOME, cell(t.incomeAmount()), "F1 本年收入合计");
      if (!t.cells().isEmpty()) {
        each(ctx, b, FINAL_EXPENDITURE, cell(t.cells().get(0)), "F1 本年支出合计");
      }
    });
    Optional<FunctionTable> f3 = table(b, TableId.F3, FunctionTable.class);
    f3.flatMap(FunctionTable::total).ifPresent(total -> {
      FunctionTable t = f3.get();
      each(ctx, b, FINAL_BASIC, Budgets.amount(t, total, AmountColumn.BASIC), "F3 合计 基本支出");
      each(ctx, b, FINAL_PROJECT, Budgets.amount(t, total, AmountColumn.PROJECT), "F3 合计 项目支出");
    });
    for (NarrativeClaim c : of(b, FINAL_EXPENDITURE_BY_CLASS, ClaimMeasure.AMOUNT)) {
      if (c.functionCode().isEmpty()) {
        continue;
      }
      Optional<WanYuan> row = f3.isPresent()
          ? f3.get().row(c.functionCode().get()).map(r -> Budgets.amount(f3.get(), r, AmountColumn.TOTAL))
          : f1.category(c.functionCode().get()).map(r -> Budgets.amount(r, 0));
      amount(ctx, c, row.orElse(WanYuan.ZERO), (f3.isPresent() ? "F3 " : "F1 ") + c.functionCode().get().value()
          + (row.isPresent() ? "" : "（表中无此类）"), 1);
    }
  }

  private static void each(RuleContext ctx, DepartmentBudget b, ClaimSubject s, WanYuan expected, String what) {
    for (NarrativeClaim c : of(b, s, ClaimMeasure.AMOUNT)) {
      amount(ctx, c, expected, what, 1);
    }
  }
}
