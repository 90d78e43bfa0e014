package org.yusuan.budget.validation.rules.narrative;

import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimStatement;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/**
 * N15 — 说明 本年金额的重述: where a paragraph states the budget year's amount a second time
 * ({@code “…（项）”350.35万元…。2023年当年预算执行数为348.52万元，2024年预算安排352.67万元}), the two
 * are one number.
 */
public final class RestatedAmounts extends BudgetRule {
  /**
   * Rule {@code N15}, 说明 本年金额重述一致. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final RestatedAmounts RULE = new RestatedAmounts();

  private static final Messages RESTATED_DIFFERS = Messages.named("N15.RESTATED_DIFFERS");

  private RestatedAmounts() {
    super(RuleDescriptor.builder().id("N15").family(RuleFamily.NARRATIVE)
            .titleZh("说明 本年金额重述一致").titleEn("Narrative restated amounts")
            .statement("In one statement (a paragraph per 支出功能分类 item of the 编制说明): the budget year's"
                + " amount restated (YYYY年预算安排 X万元) = the amount stated first. Two prints of one number:"
                + " any difference is an ERROR.")
            .build(),
        NarrativeInputs.claims(), NarrativeInputs.anyClaim("restated amounts (本年预算安排…万元)",
            "no amount restated", c -> c.measure() == ClaimMeasure.RESTATED_AMOUNT));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    for (ClaimStatement s : Statements.of(b)) {
      Optional<NarrativeClaim> stated = s.first(ClaimMeasure.AMOUNT);
      if (stated.isEmpty()) {
        continue;
      }
      WanYuan first = stated.get().amount().get();
      for (int i = 0; i < s.size(); i++) {
        NarrativeClaim c = s.get(i);
        if (c.measure() != ClaimMeasure.RESTATED_AMOUNT || c.amount().get().equals(first)) {
          continue;
        }
        WanYuan again = c.amount().get();
        Location loc = ClaimSupport.at(c);
        ctx.report(ctx.finding(FindingKind.MISMATCH, RESTATED_DIFFERS, ctx.descriptor().title(),
                MessageArg.location(loc), MessageArg.of(Quantity.of(first)),
                MessageArg.of(Quantity.of(again)), MessageArg.of(Quantity.of(again.minus(first))),
                ClaimChecks.source(c))
            .location(loc).actual(Quantity.of(again)).expected(Quantity.of(first))
            .difference(Quantity.of(again.minus(first))));
      }
    }
  }
}
