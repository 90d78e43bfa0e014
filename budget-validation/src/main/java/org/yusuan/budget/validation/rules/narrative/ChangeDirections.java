package org.yusuan.budget.validation.rules.narrative;

import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ChangeDirection;
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
 * N17 — 说明 增减方向: the direction word of a change (增加, 减少, 持平 and their variants) agrees with
 * the amounts it compares, where the statement gives both years', and with the other direction words
 * of the statement. Only figures count: the wording of an explanation ({@code 主要原因是：…经费增加})
 * is no figure and is not read.
 */
public final class ChangeDirections extends BudgetRule {
  /**
   * Rule {@code N17}, 说明 增减方向与数字一致. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ChangeDirections RULE = new ChangeDirections();

  private static final Messages AGAINST_AMOUNTS = Messages.named("N17.AGAINST_AMOUNTS");
  private static final Messages AGAINST_WORDS = Messages.named("N17.AGAINST_WORDS");

  private ChangeDirections() {
    super(RuleDescriptor.builder().id("N17").family(RuleFamily.NARRATIVE)
            .titleZh("说明 增减方向与数字一致").titleEn("Narrative direction words agree with the figures")
            .statement("Each direction word of a change or growth rate (增加/增长…, 减少/下降…, 持平/相同) is the"
                + " sign of this year − the prior year where the statement gives both amounts (of the basis"
                + " compared with), and agrees with the statement's other direction words. Reasons (主要原因是…)"
                + " are not figures and are not checked.")
            .build(),
        NarrativeInputs.claims(), NarrativeInputs.anyClaim("changes with a direction word (增加/减少/持平)",
            "no change stated with a direction word", c -> c.direction().isPresent()));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    for (ClaimStatement s : Statements.of(b)) {
      NarrativeClaim earlier = null;
      for (int i = 0; i < s.size(); i++) {
        NarrativeClaim c = s.get(i);
        ChangeDirection said = c.direction().orElse(null);
        if (said == null) {
          continue;
        }
        Optional<WanYuan[]> amounts = Statements.compared(s, c);
        if (amounts.isPresent()) {
          WanYuan now = amounts.get()[0];
          WanYuan prior = amounts.get()[1];
          ChangeDirection is = ChangeDirection.ofSign(now.compareTo(prior));
          if (is != said) {
            Location loc = ClaimSupport.at(c);
            ctx.report(ctx.finding(FindingKind.MISMATCH, AGAINST_AMOUNTS, ctx.descriptor().title(),
                    MessageArg.location(loc), MessageArg.text(said.chineseName()),
                    MessageArg.of(Quantity.of(now)), MessageArg.of(Quantity.of(prior)),
                    MessageArg.text(is.chineseName()), ClaimChecks.source(c))
                .location(loc).actual(Quantity.text(said.chineseName()))
                .expected(Quantity.text(is.chineseName())));
          }
        } else if (earlier != null && earlier.direction().get() != said
            && earlier.basis().equals(c.basis())) {
          Location loc = ClaimSupport.at(c);
          ctx.report(ctx.finding(FindingKind.MISMATCH, AGAINST_WORDS, ctx.descriptor().title(),
                  MessageArg.location(loc), MessageArg.text(said.chineseName()),
                  MessageArg.text(earlier.direction().get().chineseName()),
                  ClaimChecks.source(c))
              .location(loc).actual(Quantity.text(said.chineseName()))
              .expected(Quantity.text(earlier.direction().get().chineseName())));
        }
        earlier = c;
      }
    }
  }
}
