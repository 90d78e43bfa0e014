package org.yusuan.budget.validation.rules;

import org.yusuan.budget.validation.rules.support.RowKeys;
import org.yusuan.budget.validation.rules.support.TableAmounts;
import org.yusuan.budget.validation.rules.support.ClaimSupport;

import org.yusuan.budget.validation.rules.support.Budgets;

import static org.yusuan.budget.table.AmountColumn.BASIC;
import static org.yusuan.budget.table.AmountColumn.CARRY_OVER;
import static org.yusuan.budget.table.AmountColumn.CURRENT_YEAR;
import static org.yusuan.budget.table.AmountColumn.PERSONNEL;
import static org.yusuan.budget.table.AmountColumn.PROJECT;
import static org.yusuan.budget.table.AmountColumn.PUBLIC_EXPENSES;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.support.TableAmounts.income;
import static org.yusuan.budget.validation.rules.support.TableAmounts.lineIncome;
import static org.yusuan.budget.validation.rules.support.TableAmounts.total;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.SummaryRowIndex;
import org.yusuan.budget.table.EconomicRowIndex;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FundSource;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.UnitAmountTable;
import org.yusuan.budget.validation.Discrepancy;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.ImmutableFinding;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.Rule;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;

/**
 * Narrative claims against the tables (情况说明校验, N-rules). The tables are authoritative: a
 * disagreement is reported against the claim, located in table {@code N} with the claim's subject
 * as row and its measure as column. Percentages are recomputed from printed amounts, rounded
 * HALF_UP to the printed precision; one unit in the last printed decimal is ROUNDING (docs/domain/invariants.md
 * §1.4).
 */
public final class NarrativeRules {
  private NarrativeRules() {}

  static final String N = "N";

  static final Messages CLAIM_ROUNDING = Messages.of(
      "{0}：{1}写为 {2}，按表格应为 {3}，差 {4}，在四舍五入容差 {5} 以内（原文：{6}）",
      "{0}: {1} states {2}, the tables give {3}; the difference {4} is within the rounding tolerance {5} (text: {6})");
  static final Messages CLAIM_MISMATCH = Messages.of(
      "{0}：{1}写为 {2}，按表格应为 {3}，差 {4}，超出容差 {5}（原文：{6}）",
      "{0}: {1} states {2} but the tables give {3}; the difference {4} exceeds the tolerance {5} (text: {6})");
  static final Messages NONE_CONTRADICTED = Messages.of(
      "{0}：{1}称没有该项，但表格中为 {2}（原文：{3}）",
      "{0}: {1} says there is none, but the tables give {2} (text: {3})");
  static final Messages NAMES_DIFFER = Messages.of(
      "{0}：{1}列出的「{2}」与表六不符（{3}）", "{0}: the item \"{2}\" listed in {1} does not match Table 6 ({3})");

  static RuleDescriptor d(String id, String zh, String en, String statement) {
    return RuleDescriptor.builder().id(id).family(RuleFamily.NARRATIVE).titleZh(zh).titleEn(en)
        .statement(statement).build();
  }

  static Rule<DepartmentBudget> rule(RuleDescriptor d, BiConsumer<DepartmentBudget, RuleContext> check) {
    return Rule.of(d, (b, ctx) -> {
      if (b.claims().isEmpty()) {
        ctx.notApplicable("no narrative claims");
        return;
      }
      check.accept(b, ctx);
    });
  }



  static String source(NarrativeClaim c) {
    return c.sourceLine().isPresent() ? "L" + c.sourceLine().get() + " " + c.sourceText() : c.sourceText();
  }

  /** Every AMOUNT claim on {@code subject} must equal {@code expected} within 0.01 (n = 1). */
  static void amounts(RuleContext ctx, DepartmentBudget b, ClaimSubject subject, WanYuan expected) {
    for (NarrativeClaim c : b.claimsBySubject().on(subject)) {
      if (c.measure() == ClaimMeasure.AMOUNT && c.qualifier().isEmpty()) {
        claimAmount(ctx, c, expected);
      }
    }
  }

  /** One amount claim against the table value. */
  static void claimAmount(RuleContext ctx, NarrativeClaim c, WanYuan expected) {
    WanYuan stated = c.amount().orElse(WanYuan.ZERO);
    long d = stated.minus(expected).fen();
    long allowed = ctx.tolerance().allowedFen(1);
    Discrepancy k = Discrepancy.of(d, allowed);
    if (k == Discrepancy.NONE) {
      return;
    }
    report(ctx, c, k, Quantity.of(stated), Quantity.of(expected), Quantity.of(WanYuan.ofFen(d)),
        Quantity.of(WanYuan.ofFen(allowed)));
  }

  static void report(RuleContext ctx, NarrativeClaim c, Discrepancy k, Quantity stated, Quantity expected,
      Quantity diff, Quantity allowed) {
    Location loc = ClaimSupport.at(c);
    ctx.report(ctx.finding(k.kind(), k == Discrepancy.ROUNDING ? CLAIM_ROUNDING : CLAIM_MISMATCH,
            ctx.descriptor().title(), MessageArg.location(loc), MessageArg.of(stated), MessageArg.of(expected),
            MessageArg.of(diff), MessageArg.of(allowed), MessageArg.text(source(c)))
        .location(loc).actual(stated).expected(expected).difference(diff).tolerance(allowed));
  }

  /**
   * A printed percentage against {@code part / base × 100}, rounded HALF_UP to the printed scale.
   * Equal: nothing; one unit in the last printed decimal: ROUNDING; else MISMATCH.
   */
  static void percent(RuleContext ctx, NarrativeClaim c, WanYuan part, WanYuan base) {
    if (c.number().isEmpty() || base.isZero()) {
      return;
    }
    BigDecimal printed = c.number().get();
    int scale = Math.max(0, printed.scale());
    BigDecimal computed = part.toWanYuan().multiply(BigDecimal.valueOf(100))
        .divide(base.toWanYuan(), scale, RoundingMode.HALF_UP);
    compareNumber(ctx, c, printed, computed, scale);
  }

  static void compareNumber(RuleContext ctx, NarrativeClaim c, BigDecimal printed, BigDecimal computed, int scale) {
    BigDecimal diff = printed.subtract(computed);
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
    int units = diff.abs().divide(unit, 0, RoundingMode.UP).intValue();
    if (units == 0) {
      return;
    }
    Discrepancy k = units == 1 ? Discrepancy.ROUNDING : Discrepancy.MISMATCH;
    report(ctx, c, k, Quantity.percent(printed), Quantity.percent(computed), Quantity.percent(diff),
        Quantity.percent(unit));
  }

  /** Growth claims: rate = Δ / prev × 100 with prev = current − Δ, for each sentence on {@code subject}. */
  static void growth(RuleContext ctx, DepartmentBudget b, ClaimSubject subject) {
    List<NarrativeClaim> claims = b.claimsBySubject().on(subject);
    for (NarrativeClaim rate : claims) {
      if (rate.measure() != ClaimMeasure.GROWTH_RATE || rate.number().isEmpty()) {
        continue;
      }
      NarrativeClaim change = null;
      NarrativeClaim current = null;
      for (NarrativeClaim c : claims) {
        if (c.sourceText().equals(rate.sourceText())) {
          if (c.measure() == ClaimMeasure.CHANGE) {
            change = c;
          } else if (c.measure() == ClaimMeasure.AMOUNT && current == null) {
            current = c;
          }
        }
      }
      if (change == null || current == null) {
        continue;
      }
      WanYuan delta = change.amount().get();
      WanYuan prev = current.amount().get().minus(delta);
      if (prev.isZero()) {
        continue;
      }
      int scale = Math.max(0, rate.number().get().scale());
      BigDecimal computed = delta.toWanYuan().multiply(BigDecimal.valueOf(100))
          .divide(prev.toWanYuan(), scale, RoundingMode.HALF_UP);
      compareNumber(ctx, rate, rate.number().get(), computed, scale);
    }
  }

  static void shares(RuleContext ctx, DepartmentBudget b, ClaimSubject subject, WanYuan part, WanYuan base) {
    for (NarrativeClaim c : b.claimsBySubject().on(subject)) {
      if (c.measure() == ClaimMeasure.SHARE && c.qualifier().isEmpty()) {
        percent(ctx, c, part, base);
      }
    }
  }

  static final Rule<DepartmentBudget> N1 = rule(
      d("N1", "说明一 收支总额与增减", "Narrative §1 totals and change",
          "预算收入/支出总计 = 表一 收入总计 / 支出总计; 本年收入 = 本年收入合计; 上年结转 = 上年结转;"
              + " the growth rate = Δ / (total − Δ) × 100, HALF_UP to the printed decimals."),
      (b, ctx) -> {
        SummaryTable t1 = b.tablesById().summaryTable(TableId.T1).orElse(null);
        if (t1 == null) {
          ctx.notApplicable("T1 absent");
          return;
        }
        SummaryRowIndex f = t1.rowIndex();
        amounts(ctx, b, ClaimSubject.REVENUE_GRAND_TOTAL, f.grandTotalIncome());
        amounts(ctx, b, ClaimSubject.REVENUE_CURRENT_YEAR, f.currentYearIncome());
        amounts(ctx, b, ClaimSubject.REVENUE_CARRY_OVER, f.carryOverIncome());
        amounts(ctx, b, ClaimSubject.EXPENDITURE_GRAND_TOTAL, f.grandTotalExpenditure(TOTAL));
        amounts(ctx, b, ClaimSubject.EXPENDITURE_CURRENT_YEAR, f.currentYearExpenditure(CURRENT_YEAR));
        amounts(ctx, b, ClaimSubject.EXPENDITURE_CARRY_OVER, f.currentYearExpenditure(CARRY_OVER));
        growth(ctx, b, ClaimSubject.REVENUE_GRAND_TOTAL);
        growth(ctx, b, ClaimSubject.EXPENDITURE_GRAND_TOTAL);
      });

  static final ClaimSubject[] REVENUE_SOURCES = {
    ClaimSubject.REVENUE_GENERAL_BUDGET, ClaimSubject.REVENUE_GOVERNMENT_FUND, ClaimSubject.REVENUE_STATE_CAPITAL,
    ClaimSubject.REVENUE_SPECIAL_ACCOUNT, ClaimSubject.REVENUE_UNIT_FUNDS
  };
  static final FundSource[] FUNDS = {
    FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND, FundSource.STATE_CAPITAL, FundSource.SPECIAL_ACCOUNT,
    FundSource.UNIT_FUNDS
  };

  static final Rule<DepartmentBudget> N2 = rule(
      d("N2", "说明二 收入来源及占比", "Narrative §2 income sources and shares",
          "Each income source amount = 表一 income row (and 上年结转); 占 p% of 收入总计."),
      (b, ctx) -> {
        SummaryTable t1 = b.tablesById().summaryTable(TableId.T1).orElse(null);
        if (t1 == null) {
          ctx.notApplicable("T1 absent");
          return;
        }
        SummaryRowIndex f = t1.rowIndex();
        WanYuan base = f.grandTotalIncome();
        for (int i = 0; i < FUNDS.length; i++) {
          WanYuan v = income(t1, f.income(FUNDS[i]).orElse(null));
          amounts(ctx, b, REVENUE_SOURCES[i], v);
          shares(ctx, b, REVENUE_SOURCES[i], v, base);
        }
        shares(ctx, b, ClaimSubject.REVENUE_CARRY_OVER, f.carryOverIncome(), base);
      });

  static final Rule<DepartmentBudget> N3 = rule(
      d("N3", "说明三 基本支出与项目支出", "Narrative §3 basic and project expenditure",
          "基本支出 / 项目支出 = 表三 totals; 占% of 表三 合计."),
      (b, ctx) -> {
        FunctionTable t3 = b.tablesById().functionTable(TableId.T3).orElse(null);
        if (t3 == null) {
          ctx.notApplicable("T3 absent");
          return;
        }
        FunctionRowIndex f = t3.rowIndex();
        WanYuan base = f.total(TOTAL);
        amounts(ctx, b, ClaimSubject.BASIC_EXPENDITURE, f.total(BASIC));
        amounts(ctx, b, ClaimSubject.PROJECT_EXPENDITURE, f.total(PROJECT));
        shares(ctx, b, ClaimSubject.BASIC_EXPENDITURE, f.total(BASIC), base);
        shares(ctx, b, ClaimSubject.PROJECT_EXPENDITURE, f.total(PROJECT), base);
      });

  static final Rule<DepartmentBudget> N4 = rule(
      d("N4", "说明四 财政拨款收支", "Narrative §4 fiscal appropriations",
          "财政拨款收支总预算 = 表四 收入总计; 一般/基金/国资 拨款 = 表四 本年支出合计 fund columns (incl. 结转);"
              + " 当年拨款收入 = 本年收入合计; 上年结转收入 = 上年财政拨款结转; listed 类 amounts = 表四 类 小计."),
      (b, ctx) -> {
        SummaryTable t4 = b.tablesById().summaryTable(TableId.T4).orElse(null);
        if (t4 == null) {
          ctx.notApplicable("T4 absent");
          return;
        }
        SummaryRowIndex f = t4.rowIndex();
        amounts(ctx, b, ClaimSubject.FISCAL_GRAND_TOTAL, f.grandTotalIncome());
        amounts(ctx, b, ClaimSubject.FISCAL_GENERAL_BUDGET, f.currentYearExpenditure(AmountColumn.GENERAL_BUDGET));
        amounts(ctx, b, ClaimSubject.FISCAL_GOVERNMENT_FUND, f.currentYearExpenditure(AmountColumn.GOVERNMENT_FUND));
        amounts(ctx, b, ClaimSubject.FISCAL_STATE_CAPITAL, f.currentYearExpenditure(AmountColumn.STATE_CAPITAL));
        amounts(ctx, b, ClaimSubject.FISCAL_CURRENT_YEAR, f.currentYearIncome());
        amounts(ctx, b, ClaimSubject.FISCAL_CARRY_OVER, f.carryOverIncome());
        for (NarrativeClaim c : b.claimsBySubject().on(ClaimSubject.FISCAL_BY_CLASS)) {
          if (c.measure() == ClaimMeasure.AMOUNT && c.functionCode().isPresent()) {
            // The last 类 row of the code counts, as printed.
            int r = f.lastCategory(c.functionCode().get().value());
            claimAmount(ctx, c, r < 0 ? WanYuan.ZERO : f.amount(r, TOTAL));
          }
        }
      });

  static final Rule<DepartmentBudget> N5 = rule(
      d("N5", "说明五(一) 一般公共预算当年支出", "Narrative §5.1 general budget expenditure",
          "一般公共预算当年支出 = 表五 合计; the growth rate is recomputed from the stated change."),
      (b, ctx) -> {
        FunctionTable t5 = b.tablesById().functionTable(TableId.T5).orElse(null);
        if (t5 == null) {
          ctx.notApplicable("T5 absent");
          return;
        }
        amounts(ctx, b, ClaimSubject.GENERAL_BUDGET_EXPENDITURE, t5.rowIndex().total(TOTAL));
        growth(ctx, b, ClaimSubject.GENERAL_BUDGET_EXPENDITURE);
      });

  static final Rule<DepartmentBudget> N6 = rule(
      d("N6", "说明五(二) 一般公共预算分类", "Narrative §5.2 general budget by category",
          "Each 类 amount = 表五 类 合计; 占% of 表五 合计."),
      (b, ctx) -> {
        FunctionTable t5 = b.tablesById().functionTable(TableId.T5).orElse(null);
        if (t5 == null) {
          ctx.notApplicable("T5 absent");
          return;
        }
        FunctionRowIndex f = t5.rowIndex();
        WanYuan base = f.total(TOTAL);
        for (NarrativeClaim c : b.claimsBySubject().on(ClaimSubject.GENERAL_BUDGET_BY_CLASS)) {
          if (c.functionCode().isEmpty()) {
            continue;
          }
          int r = f.indexOf(c.functionCode().get().value());
          WanYuan v = r < 0 ? WanYuan.ZERO : f.amount(r, TOTAL);
          if (c.measure() == ClaimMeasure.AMOUNT) {
            claimAmount(ctx, c, v);
          } else if (c.measure() == ClaimMeasure.SHARE) {
            percent(ctx, c, v, base);
          }
        }
      });

  static final Rule<DepartmentBudget> N7 = rule(
      d("N7", "说明六 基本支出经济分类", "Narrative §6 basic expenditure by economic item",
          "基本支出 = 表六 合计; 人员经费 / 公用经费 = 表六 合计 columns; the listed item names = the 表六 款 with a"
              + " non-empty 人员 (公用) cell, order irrelevant (a difference in names is a WARNING)."),
      (b, ctx) -> {
        EconomicTable t6 = b.tablesById().economicTable(TableId.T6).orElse(null);
        if (t6 == null) {
          ctx.notApplicable("T6 absent");
          return;
        }
        EconomicRowIndex f = t6.rowIndex();
        amounts(ctx, b, ClaimSubject.GENERAL_BUDGET_BASIC, f.total(TOTAL));
        amounts(ctx, b, ClaimSubject.PERSONNEL_EXPENSES, f.total(PERSONNEL));
        amounts(ctx, b, ClaimSubject.PUBLIC_EXPENSES, f.total(PUBLIC_EXPENSES));
        names(ctx, b, f, ClaimSubject.PERSONNEL_EXPENSES, PERSONNEL);
        names(ctx, b, f, ClaimSubject.PUBLIC_EXPENSES, PUBLIC_EXPENSES);
      });

  static void names(RuleContext ctx, DepartmentBudget b, EconomicRowIndex t6, ClaimSubject subject, AmountColumn col) {
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
        stated.add(n.replace(" ", ""));
      }
      Location loc = ClaimSupport.at(c);
      for (String n : c.names()) {
        if (!table.contains(n.replace(" ", ""))) {
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
  static boolean sameNames(List<String> names, EconomicRowIndex t6, AmountColumn col) {
    String[] stated = new String[names.size()];
    for (int k = 0; k < stated.length; k++) {
      stated[k] = names.get(k).replace(" ", "");
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

  static ImmutableFinding.Builder nameFinding(RuleContext ctx, Location loc, String name, String why) {
    return ctx.finding(FindingKind.NAME_MISMATCH, NAMES_DIFFER, ctx.descriptor().title(), MessageArg.location(loc),
            MessageArg.text(name), MessageArg.localized(why.substring(0, why.indexOf(" / ")),
                why.substring(why.indexOf(" / ") + 3)))
        .severity(Severity.WARNING).location(loc).actual(Quantity.text(name));
  }

  static final ClaimSubject[] THREE_PUBLIC_SUBJECTS = {
    ClaimSubject.THREE_PUBLIC_OVERSEAS_TRAVEL, ClaimSubject.THREE_PUBLIC_OFFICIAL_RECEPTION,
    ClaimSubject.THREE_PUBLIC_VEHICLES, ClaimSubject.THREE_PUBLIC_VEHICLE_PURCHASE,
    ClaimSubject.THREE_PUBLIC_VEHICLE_OPERATION
  };

  static final Rule<DepartmentBudget> N8 = rule(
      d("N8", "说明七 “三公”经费", "Narrative §7 “three public” expenses",
          "The “三公” total and items = 表十; “本部门无“三公”经费预算” ⇔ 表十 is empty or zero."),
      (b, ctx) -> {
        ThreePublicTable t10 = b.tablesById().threePublicTable(TableId.T10).orElse(null);
        if (t10 == null) {
          ctx.notApplicable("T10 absent");
          return;
        }
        WanYuan tot = total(t10, t10.total(), TOTAL);
        amounts(ctx, b, ClaimSubject.THREE_PUBLIC_TOTAL, tot);
        ThreePublicItem[] items = ThreePublicItem.values();
        for (int i = 0; i < items.length; i++) {
          ThreePublicRow r = RowKeys.item(t10, items[i]);
          amounts(ctx, b, THREE_PUBLIC_SUBJECTS[i], r == null ? WanYuan.ZERO : Budgets.amount(t10, r, TOTAL));
        }
        none(ctx, b, ClaimSubject.THREE_PUBLIC_TOTAL, tot);
      });

  static void none(RuleContext ctx, DepartmentBudget b, ClaimSubject subject, WanYuan actual) {
    if (actual.isZero()) {
      return;
    }
    for (NarrativeClaim c : b.claimsBySubject().on(subject)) {
      if (c.measure() == ClaimMeasure.NONE) {
        Location loc = ClaimSupport.at(c);
        ctx.report(ctx.finding(FindingKind.MISMATCH, NONE_CONTRADICTED, ctx.descriptor().title(),
                MessageArg.location(loc), MessageArg.amount(actual), MessageArg.text(source(c)))
            .location(loc).expected(Quantity.of(actual)).actual(Quantity.of(WanYuan.ZERO)));
      }
    }
  }

  static final Rule<DepartmentBudget> N9 = rule(
      d("N9", "说明八 机关运行经费", "Narrative §8 operating costs",
          "机关运行经费 = 表十一 部门合计; the growth rate is recomputed; “本部门无机关运行经费” ⇔ 表十一 empty."),
      (b, ctx) -> {
        UnitAmountTable t11 = b.tablesById().unitAmountTable(TableId.T11).orElse(null);
        if (t11 == null) {
          ctx.notApplicable("T11 absent");
          return;
        }
        WanYuan tot = total(t11, t11.total(), TOTAL);
        amounts(ctx, b, ClaimSubject.OPERATING_COSTS, tot);
        growth(ctx, b, ClaimSubject.OPERATING_COSTS);
        none(ctx, b, ClaimSubject.OPERATING_COSTS, tot);
      });


  static final Rule<DepartmentBudget> N10 = rule(
      d("N10", "说明九 政府采购", "Narrative §9 government procurement",
          "政府采购预算总额 = 货物 + 工程 + 服务 (no table backs these figures in the standard template)."),
      (b, ctx) -> {
        NarrativeClaim total = ClaimSupport.first(ctx, b, ClaimSubject.PROCUREMENT_TOTAL, ClaimMeasure.AMOUNT);
        if (total == null) {
          ctx.notApplicable("no 政府采购 claim");
          return;
        }
        WanYuan sum = WanYuan.ZERO;
        for (ClaimSubject s : new ClaimSubject[] {ClaimSubject.PROCUREMENT_GOODS, ClaimSubject.PROCUREMENT_WORKS,
            ClaimSubject.PROCUREMENT_SERVICES}) {
          NarrativeClaim c = ClaimSupport.first(ctx, b, s, ClaimMeasure.AMOUNT);
          if (c != null) {
            sum = sum.plus(c.amount().get());
          }
        }
        claimAmount(ctx, total, sum);
      });

  static final Rule<DepartmentBudget> N11 = rule(
      d("N11", "说明十 整体绩效目标资金", "Narrative §10.1 department-wide target funds",
          "涉及部门预算资金 = 表一 本年收入合计; 其中基本支出 = 表三 基本支出; 项目支出 = 表十二 合计;"
              + " the stated 基本支出 + 项目支出 = the stated 涉及资金;"
              + " 机关及下属预算单位 N个 = the unit count the document declares first (概况), and at least the"
              + " units the tables list (WARNING)."),
      (b, ctx) -> {
        SummaryTable t1 = b.tablesById().summaryTable(TableId.T1).orElse(null);
        FunctionTable t3 = b.tablesById().functionTable(TableId.T3).orElse(null);
        ProjectTable t12 = b.tablesById().projectTable(TableId.T12).orElse(null);
        if (t1 != null) {
          amounts(ctx, b, ClaimSubject.OVERALL_TARGET_FUNDS, lineIncome(t1.currentYearTotal()));
        }
        if (t3 != null) {
          amounts(ctx, b, ClaimSubject.OVERALL_TARGET_BASIC, total(t3, BASIC));
        }
        if (t12 != null) {
          amounts(ctx, b, ClaimSubject.OVERALL_TARGET_PROJECT, total(t12, t12.total(), TOTAL));
        }
        // The sentence must also add up by itself: 基本支出 + 项目支出 = 涉及资金.
        NarrativeClaim x = ClaimSupport.first(ctx, b, ClaimSubject.OVERALL_TARGET_FUNDS, ClaimMeasure.AMOUNT);
        NarrativeClaim basic = ClaimSupport.first(ctx, b, ClaimSubject.OVERALL_TARGET_BASIC, ClaimMeasure.AMOUNT);
        NarrativeClaim project = ClaimSupport.first(ctx, b, ClaimSubject.OVERALL_TARGET_PROJECT, ClaimMeasure.AMOUNT);
        if (x != null && basic != null && project != null) {
          ctx.total(N, ClaimSupport.at(x).row().get(), ClaimSupport.measureName(ClaimMeasure.AMOUNT), x.amount().get())
              .plus(ClaimSupport.at(basic).row().get(), ClaimSupport.measureName(ClaimMeasure.AMOUNT), basic.amount().get())
              .plus(ClaimSupport.at(project).row().get(), ClaimSupport.measureName(ClaimMeasure.AMOUNT), project.amount().get())
              .verify();
        }
        // The tables list only the units with projects or 机关运行经费: a lower bound. A count below
        // it is wrong; above it, the count must agree with the one the document declares first (概况).
        long declared = b.claimsBySubject().declaredUnits().orElse(-1);
        int listed = b.units().size();
        for (NarrativeClaim c : b.claimsBySubject().on(ClaimSubject.BUDGET_UNITS)) {
          if (c.measure() == ClaimMeasure.COUNT) {
            long stated = c.count().get();
            if (stated < listed) {
              countFinding(ctx, c, stated, listed, Severity.WARNING);
            } else if (declared >= listed && stated != declared) {
              countFinding(ctx, c, stated, declared, Severity.WARNING);
            }
          }
        }
      });

  static final Messages COUNT_MISMATCH = Messages.of(
      "{0}：{1}写为 {2} 个，应为 {3} 个（原文：{4}）", "{0}: {1} states {2}, expected {3} (text: {4})");

  static void countFinding(RuleContext ctx, NarrativeClaim c, long stated, long expected, Severity severity) {
    Location loc = ClaimSupport.at(c);
    ctx.report(ctx.finding(FindingKind.MISMATCH, COUNT_MISMATCH, ctx.descriptor().title(), MessageArg.location(loc),
            MessageArg.count(stated), MessageArg.count(expected), MessageArg.text(source(c)))
        .severity(severity).location(loc).actual(Quantity.count(stated)).expected(Quantity.count(expected))
        .difference(Quantity.count(stated - expected)));
  }

  static final Rule<DepartmentBudget> N12 = rule(
      d("N12", "说明十 项目绩效目标", "Narrative §10.2 project performance targets",
          "纳入绩效目标管理的项目 N个 = the number of 表十二 projects, 共计金额 = 表十二 合计; 其他运转类 + 特定目标类 ="
              + " N and = 共计金额; 公开 … 占项目支出总额 p% = 涉及金额 / 表十二 合计."),
      (b, ctx) -> {
        ProjectTable t12 = b.tablesById().projectTable(TableId.T12).orElse(null);
        if (t12 == null) {
          ctx.notApplicable("T12 absent");
          return;
        }
        WanYuan tot = total(t12, t12.total(), TOTAL);
        NarrativeClaim n = ClaimSupport.first(ctx, b, ClaimSubject.TARGETED_PROJECTS, ClaimMeasure.COUNT);
        NarrativeClaim x = ClaimSupport.first(ctx, b, ClaimSubject.TARGETED_PROJECTS, ClaimMeasure.AMOUNT);
        if (n != null && n.count().get() != t12.projectCount()) {
          countFinding(ctx, n, n.count().get(), t12.projectCount(), ctx.severity());
        }
        if (x != null) {
          claimAmount(ctx, x, tot);
        }
        NarrativeClaim n1 = ClaimSupport.first(ctx, b, ClaimSubject.TARGETED_OPERATING_PROJECTS, ClaimMeasure.COUNT);
        NarrativeClaim n2 = ClaimSupport.first(ctx, b, ClaimSubject.TARGETED_SPECIFIC_PROJECTS, ClaimMeasure.COUNT);
        if (n != null && n1 != null && n2 != null && n1.count().get() + n2.count().get() != n.count().get()) {
          // Reported on the 特定目标类 count: the categories must add up to the stated total.
          countFinding(ctx, n2, n2.count().get(), n.count().get() - n1.count().get(), ctx.severity());
        }
        NarrativeClaim a1 = ClaimSupport.first(ctx, b, ClaimSubject.TARGETED_OPERATING_PROJECTS, ClaimMeasure.AMOUNT);
        NarrativeClaim a2 = ClaimSupport.first(ctx, b, ClaimSubject.TARGETED_SPECIFIC_PROJECTS, ClaimMeasure.AMOUNT);
        if (x != null && a1 != null && a2 != null) {
          claimAmount(ctx, a2, x.amount().get().minus(a1.amount().get()));
        }
        NarrativeClaim y = ClaimSupport.first(ctx, b, ClaimSubject.PUBLISHED_TARGETS, ClaimMeasure.AMOUNT);
        NarrativeClaim p = ClaimSupport.first(ctx, b, ClaimSubject.PUBLISHED_TARGETS, ClaimMeasure.SHARE);
        if (y != null && p != null) {
          percent(ctx, p, y.amount().get(), tot);
        }
      });

  static final Rule<DepartmentBudget> N13 = rule(
      d("N13", "说明十一 国有资产", "Narrative §11 state assets",
          "Vehicles: Σ of the categories = 实有; devices: count(≥100万元) ≤ count(≥50万元)."),
      (b, ctx) -> {
        NarrativeClaim actual = ClaimSupport.first(ctx, b, ClaimSubject.VEHICLES_ACTUAL, ClaimMeasure.COUNT);
        long sum = 0;
        boolean any = false;
        for (NarrativeClaim c : b.claimsBySubject().on(ClaimSubject.VEHICLES_BY_CATEGORY)) {
          if (c.measure() == ClaimMeasure.COUNT) {
            sum += c.count().get();
            any = true;
          }
        }
        if (actual != null && any && sum != actual.count().get()) {
          countFinding(ctx, actual, actual.count().get(), sum, ctx.severity());
        }
        NarrativeClaim d50 = ClaimSupport.first(ctx, b, ClaimSubject.DEVICES_OVER_500K, ClaimMeasure.COUNT);
        NarrativeClaim d100 = ClaimSupport.first(ctx, b, ClaimSubject.DEVICES_OVER_1M, ClaimMeasure.COUNT);
        if (d50 != null && d100 != null && d100.count().get() > d50.count().get()) {
          countFinding(ctx, d100, d100.count().get(), d50.count().get(), ctx.severity());
        }
        if (actual == null && d50 == null) {
          ctx.notApplicable("no 国有资产 claims");
        }
      });

  /** All narrative rules, in catalog order. */
  public static List<Rule<DepartmentBudget>> all() {
    return List.of(N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13);
  }
}
