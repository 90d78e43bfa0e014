package org.yusuan.budget.validation.rules.narrative;

import static org.yusuan.budget.table.AmountColumn.PERSONNEL;
import static org.yusuan.budget.table.AmountColumn.PUBLIC_EXPENSES;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.narrative.ClaimChecks.amounts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.EconomicRowIndex;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.text.WhiteSpace;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.ImmutableFinding;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/**
 * N7 — 说明六 基本支出经济分类: the stated 基本支出, 人员经费 and 公用经费 are 表六's totals, and the listed
 * item names are the 表六 款 carrying money in that column (order irrelevant; a difference is a
 * WARNING).
 */
public final class BasicExpenditureItemClaims extends BudgetRule {
  /**
   * Rule {@code N7}, 说明六 基本支出经济分类. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final BasicExpenditureItemClaims RULE = new BasicExpenditureItemClaims();

  static final Messages NAMES_DIFFER = Messages.named("N7.NAMES_DIFFER");

  private BasicExpenditureItemClaims() {
    super(RuleDescriptor.builder().id("N7").family(RuleFamily.NARRATIVE)
            .titleZh("说明六 基本支出经济分类").titleEn("Narrative §6 basic expenditure by economic item")
            .statement("基本支出 = 表六 合计; 人员经费 / 公用经费 = 表六 合计 columns; the listed item names = the 表六 款 with"
                + " a non-empty 人员 (公用) cell, order irrelevant (a difference in names is a WARNING).")
            .build(),
        NarrativeInputs.claims(), Inputs.printed(TableId.T6, EconomicTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    EconomicRowIndex f = b.tablesById().economicTable(TableId.T6).orElseThrow().rowIndex();
    amounts(ctx, b, ClaimSubject.GENERAL_BUDGET_BASIC, f.total(TOTAL));
    amounts(ctx, b, ClaimSubject.PERSONNEL_EXPENSES, f.total(PERSONNEL));
    amounts(ctx, b, ClaimSubject.PUBLIC_EXPENSES, f.total(PUBLIC_EXPENSES));
    names(ctx, b, f, ClaimSubject.PERSONNEL_EXPENSES, PERSONNEL);
    names(ctx, b, f, ClaimSubject.PUBLIC_EXPENSES, PUBLIC_EXPENSES);
  }

  private static void names(RuleContext ctx, DepartmentBudget b, EconomicRowIndex t6, ClaimSubject subject,
      AmountColumn col) {
    for (NarrativeClaim c : b.claimsBySubject().on(subject)) {
      if (c.measure() != ClaimMeasure.NAMES || sameNames(c.names(), t6, col)) {
        continue;
      }
      Set<String> table = new HashSet<>();
      for (int i = 0; i < t6.size(); i++) {
        if (!t6.isClass(i) && !t6.amount(i, col).isZero()) {
          table.add(t6.compactName(i));
        }
      }
      Set<String> stated = new HashSet<>();
      for (String n : c.names()) {
        stated.add(WhiteSpace.removeAll(n));
      }
      Location loc = ClaimSupport.at(c);
      for (String n : c.names()) {
        if (!table.contains(WhiteSpace.removeAll(n))) {
          ctx.report(nameFinding(ctx, loc, n, "不在表六 / not in Table 6"));
        }
      }
      for (String n : table) {
        if (!stated.contains(n)) {
          ctx.report(nameFinding(ctx, loc, n, "表六有而未列出 / in Table 6 but not listed"));
        }
      }
    }
  }

  /**
   * Whether the stated names (spaces ignored) are exactly the 款 names with money in {@code col}:
   * the usual case, decided without building the sets the findings are reported from. The names'
   * hashes are cached, so most comparisons are of two ints.
   */
  private static boolean sameNames(List<String> names, EconomicRowIndex t6, AmountColumn col) {
    String[] stated = new String[names.size()];
    for (int k = 0; k < stated.length; k++) {
      stated[k] = WhiteSpace.removeAll(names.get(k));
    }
    for (String n : stated) {
      boolean found = false;
      for (int i = 0; i < t6.size() && !found; i++) {
        found = !t6.isClass(i) && same(t6.compactName(i), n) && !t6.amount(i, col).isZero();
      }
      if (!found) {
        return false;
      }
    }
    for (int i = 0; i < t6.size(); i++) {
      if (t6.isClass(i) || t6.amount(i, col).isZero()) {
        continue;
      }
      boolean found = false;
      for (int k = 0; k < stated.length && !found; k++) {
        found = same(t6.compactName(i), stated[k]);
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static boolean same(String a, String b) {
    return a.hashCode() == b.hashCode() && a.equals(b);
  }

  private static ImmutableFinding.Builder nameFinding(RuleContext ctx, Location loc, String name, String why) {
    return ctx.finding(FindingKind.NAME_MISMATCH, NAMES_DIFFER, ctx.descriptor().title(), MessageArg.location(loc),
            MessageArg.text(name), MessageArg.localized(why.substring(0, why.indexOf(" / ")),
                why.substring(why.indexOf(" / ") + 3)))
        .severity(Severity.WARNING).location(loc).actual(Quantity.text(name));
  }
}
