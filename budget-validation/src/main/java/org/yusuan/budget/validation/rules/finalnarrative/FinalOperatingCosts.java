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
 * J31 — 决算说明 机关运行经费 = F6 公用经费合计: for a 行政单位 or 参公 department the 机关运行经费 is the
 * 公用经费 of its 一般公共预算财政拨款基本支出 (名词解释: 基本支出中的日常公用经费支出), i.e. F6's classes other
 * than 301 and 303. A department with 事业单位 may state less: WARNING.
 */
public final class FinalOperatingCosts extends BudgetRule {
  /**
   * Rule {@code J31}, 决算说明 机关运行经费 = 公用经费合计. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FinalOperatingCosts RULE = new FinalOperatingCosts();

  private FinalOperatingCosts() {
    super(describe("J31", "决算说明 机关运行经费 = 公用经费合计", "Final narrative operating costs against F6",
            "Narrative 机关运行经费 = F6 公用经费 (classes other than 301, 303) for an administrative department."
                + " WARNING.", Severity.WARNING),
        claims("机关运行经费", c -> c.subject() == FINAL_OPERATING_COSTS && c.measure() == ClaimMeasure.AMOUNT),
        Inputs.table(TableId.F6, EconomicTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    EconomicTable f6 = b.tablesById().economicTable(TableId.F6).orElseThrow();
    WanYuan pub = split(f6)[1];
    for (NarrativeClaim c : of(b, FINAL_OPERATING_COSTS, ClaimMeasure.AMOUNT)) {
      amount(ctx, c, pub, "F6 公用经费（302 + 310 …）", 1);
    }
  }
}
