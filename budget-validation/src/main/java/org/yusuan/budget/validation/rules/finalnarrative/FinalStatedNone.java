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
 * J35 — 决算说明 “无…”与表: a narrative that says there is no “三公”经费, 政府性基金 or 国有资本经营 money
 * (无“三公”经费财政拨款支出, 无政府性基金预算财政拨款收入和支出) agrees with F7 / F8 / F9 holding none (blank, 0 or
 * 本表无数据); and a 三公 决算数 above zero in the narrative needs an F7 that is not declared empty.
 */
public final class FinalStatedNone extends BudgetRule {
  /**
   * Rule {@code J35}, 决算说明 “无…”与表一致. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FinalStatedNone RULE = new FinalStatedNone();

  private static final Messages NONE_BUT_MONEY = Messages.named("FinalStatedNone.NONE_BUT_MONEY");
  private static final Messages MONEY_BUT_EMPTY = Messages.named("FinalStatedNone.MONEY_BUT_EMPTY");

  private FinalStatedNone() {
    super(describe("J35", "决算说明 “无…”与表一致", "Final narrative ‘none’ against the tables",
            "A NONE claim (无“三公”经费 / 无政府性基金 / 无国有资本经营 财政拨款) ⇒ F7 (its 决算数) / F8 / F9 hold no money; a 三公"
                + " 决算数 > 0 stated ⇒ F7 not declared empty. WARNING.", Severity.WARNING),
        claims("“无…” statements or 三公 amounts", c -> c.measure() == ClaimMeasure.NONE
            || c.subject() == FINAL_THREE_PUBLIC_TOTAL && c.measure() == ClaimMeasure.AMOUNT));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    none(ctx, b, FINAL_THREE_PUBLIC_TOTAL, TableId.F7);
    none(ctx, b, FINAL_GOVERNMENT_FUND, TableId.F8);
    none(ctx, b, FINAL_STATE_CAPITAL, TableId.F9);
    Optional<BudgetTable> f7 = b.tablesById().get(TableId.F7);
    if (f7.isPresent() && f7.get().declaredEmpty()) {
      for (NarrativeClaim c : of(b, FINAL_THREE_PUBLIC_TOTAL, ClaimMeasure.AMOUNT)) {
        if (c.amount().orElse(WanYuan.ZERO).signum() > 0) {
          Location loc = ClaimSupport.at(c);
          ctx.report(ctx.finding(FindingKind.MISMATCH, MONEY_BUT_EMPTY, ctx.descriptor().title(),
                  MessageArg.location(loc), MessageArg.text(c.subject().chineseName()),
                  MessageArg.amount(c.amount().get()), MessageArg.table("F7"), source(c))
              .location(loc).actual(Quantity.of(c.amount().get())).expected(Quantity.of(WanYuan.ZERO)));
        }
      }
    }
  }

  private static void none(RuleContext ctx, DepartmentBudget b, ClaimSubject s, TableId id) {
    List<NarrativeClaim> none = of(b, s, ClaimMeasure.NONE);
    Optional<BudgetTable> t = b.tablesById().get(id);
    if (none.isEmpty() || t.isEmpty() || t.get().declaredEmpty()) {
      return;
    }
    // “无…支出” speaks of the outcome: where the table prints 预算数 beside 决算数 (F7), only the
    // 决算数 counts — a budget that was not spent is no contradiction
    int only = t.get().columns().indexOf(AmountColumn.FINAL);
    WanYuan money = WanYuan.ZERO;
    for (AmountRow r : rows(t.get())) {
      for (int k = 0; k < r.cells().size(); k++) {
        if (only < 0 || k == only) {
          money = money.plus(r.cells().get(k).amountOrZero().abs());
        }
      }
    }
    if (money.isZero()) {
      return;
    }
    for (NarrativeClaim c : none) {
      Location loc = ClaimSupport.at(c);
      ctx.report(ctx.finding(FindingKind.MISMATCH, NONE_BUT_MONEY, ctx.descriptor().title(), MessageArg.location(loc),
              MessageArg.text(s.chineseName()), MessageArg.table(id.toString()), MessageArg.amount(money),
              source(c))
          .location(loc).actual(Quantity.text("无")).expected(Quantity.of(money)));
    }
  }

  /** The amount rows of a table, its total row excluded. */
  private static List<? extends AmountRow> rows(BudgetTable t) {
    if (t instanceof FunctionTable) {
      return ((FunctionTable) t).rows();
    }
    if (t instanceof ThreePublicTable) {
      return ((ThreePublicTable) t).rows();
    }
    return List.of();
  }
}
