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
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Budgets;
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/**
 * J34 — 决算说明 车辆总数 = Σ分类: the vehicles the narrative says the department has ({@code 共有车辆N辆})
 * are the sum of the categories it lists ({@code 其中：主要领导干部用车0辆、…}).
 */
public final class FinalVehicleCount extends BudgetRule {
  /**
   * Rule {@code J34}, 决算说明 车辆总数 = Σ分类. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FinalVehicleCount RULE = new FinalVehicleCount();

  private static final Messages COUNT_DIFFERS = Messages.named("FinalVehicleCount.COUNT_DIFFERS");

  private FinalVehicleCount() {
    super(describe("J34", "决算说明 车辆总数 = Σ分类", "Final narrative vehicles = Σ categories",
            "Narrative 共有车辆 N辆 = Σ of the categories listed (部级领导干部用车, 主要领导干部用车, 机要通信用车, …).",
            Severity.ERROR),
        claims("车辆 with categories", c -> c.subject() == FINAL_VEHICLES_BY_CATEGORY));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    long sum = 0;
    for (NarrativeClaim c : of(b, FINAL_VEHICLES_BY_CATEGORY, ClaimMeasure.COUNT)) {
      sum += c.count().orElse(0L);
    }
    for (NarrativeClaim c : of(b, FINAL_VEHICLES, ClaimMeasure.COUNT)) {
      long stated = c.count().orElse(0L);
      if (stated != sum) {
        Location loc = ClaimSupport.at(c);
        ctx.report(ctx.finding(FindingKind.MISMATCH, COUNT_DIFFERS, ctx.descriptor().title(),
                MessageArg.location(loc), MessageArg.count(stated), MessageArg.count(sum), source(c))
            .location(loc).actual(Quantity.count(stated)).expected(Quantity.count(sum)));
      }
    }
  }
}
