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
 * J29 — 决算说明 人员经费 / 公用经费 = F6: 人员经费 is the sum of F6's classes 301 工资福利支出 and 303
 * 对个人和家庭的补助 (its 人员经费合计), 公用经费 the sum of its other classes (公用经费合计: 302, 310 …); the
 * 基本支出 stated is F5's 合计 基本支出 when F5 is printed, else the sum of F6's classes.
 */
public final class FinalBasicAgainstTables extends BudgetRule {
  /**
   * Rule {@code J29}, 决算说明 人员经费、公用经费 = 基本支出决算表. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FinalBasicAgainstTables RULE = new FinalBasicAgainstTables();

  private FinalBasicAgainstTables() {
    super(describe("J29", "决算说明 人员经费、公用经费 = 基本支出决算表", "Final narrative personnel and public against F6",
            "Narrative 人员经费 = F6 classes 301 + 303; 公用经费 = F6's other classes; 一般公共预算财政拨款基本支出 ="
                + " F5 合计 基本支出 (Σ F6 classes without F5). WARNING.", Severity.WARNING),
        claims("人员经费, 公用经费 or 基本支出", on(FINAL_PERSONNEL, FINAL_PUBLIC, FINAL_GENERAL_BUDGET_BASIC)),
        Inputs.table(TableId.F6, EconomicTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    EconomicTable f6 = b.tablesById().economicTable(TableId.F6).orElseThrow();
    WanYuan[] split = split(f6);
    for (NarrativeClaim c : of(b, FINAL_PERSONNEL, ClaimMeasure.AMOUNT)) {
      amount(ctx, c, split[0], "F6 301 + 303", 1);
    }
    for (NarrativeClaim c : of(b, FINAL_PUBLIC, ClaimMeasure.AMOUNT)) {
      amount(ctx, c, split[1], "F6 302 + 310 …", 1);
    }
    Optional<FunctionTable> f5 = table(b, TableId.F5, FunctionTable.class).filter(t -> t.total().isPresent());
    WanYuan basic = f5.map(t -> Budgets.amount(t, t.total().get(), AmountColumn.BASIC))
        .orElse(split[0].plus(split[1]));
    for (NarrativeClaim c : of(b, FINAL_GENERAL_BUDGET_BASIC, ClaimMeasure.AMOUNT)) {
      amount(ctx, c, basic, f5.isPresent() ? "F5 合计 基本支出" : "F6 Σ类", 1);
    }
  }
}
