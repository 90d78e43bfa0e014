package org.yusuan.budget.testkit;

import static org.yusuan.budget.narrative.ClaimSubject.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ChangeDirection;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.ImmutableNarrativeClaim;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.*;

/**
 * A 决算 narrative consistent with a 决算's tables (与决算表一致的情况说明): {@link #with} adds to a
 * 部门决算 the claims its 情况说明 would state — totals and 本年收支 of F1 with their shares and a change,
 * 基本 / 项目 of F3, 财政拨款总计 of F4, 一般公共预算 of F5 with its 类, 项, 年初预算 and 完成率, 人员 / 公用
 * 经费 of F6 and 机关运行经费, 三公 of F7, “无…” for an F8 / F9 without money, and a self-consistent 政府采购
 * and 车辆 paragraph — every figure exact or rounded HALF_UP as printed, so that no J rule reports it.
 */
public final class FinalNarrativeClaims {
  private FinalNarrativeClaims() {}

  private static final WanYuan CHANGE = WanYuan.of(1);

  /**
   * {@return {@code finalAccounts} with the claims of a consistent narrative added to its own}
   *
   * @param finalAccounts a consistent 部门决算, e.g. from {@link FinalAccountsArbitraries#finalAccounts()}
   */
  public static DepartmentBudget with(DepartmentBudget finalAccounts) {
    List<NarrativeClaim> out = new ArrayList<>(finalAccounts.claims());
    out.addAll(claims(finalAccounts));
    return ImmutableDepartmentBudget.copyOf(finalAccounts).withClaims(out);
  }

  /**
   * {@return the claims of a consistent narrative of {@code b}'s tables, in the order a 情况说明 states
   * them} A table the 决算 lacks gives no claims.
   *
   * @param b a 部门决算
   */
  public static List<NarrativeClaim> claims(DepartmentBudget b) {
    List<NarrativeClaim> out = new ArrayList<>();
    TablesView t = new TablesView(b);
    t.f1.ifPresent(f1 -> totals(f1, out));
    WanYuan expenditure = t.f1.flatMap(SummaryTable::currentYearTotal).filter(l -> !l.cells().isEmpty())
        .map(l -> l.cells().get(0).amountOrZero()).orElse(WanYuan.ZERO);
    t.f3.flatMap(FunctionTable::total).ifPresent(total -> {
      String s = "其中：基本支出…，项目支出…。";
      part(out, FINAL_BASIC, null, cell(t.f3.get(), total, AmountColumn.BASIC), expenditure, s);
      part(out, FINAL_PROJECT, null, cell(t.f3.get(), total, AmountColumn.PROJECT), expenditure, s);
    });
    t.f4.flatMap(SummaryTable::grandTotal).ifPresent(g ->
        out.add(amount(FINAL_FISCAL_GRAND_TOTAL, ClaimMeasure.AMOUNT, g.incomeAmount().amountOrZero(), "财政拨款收入支出总计…。")));
    t.f5.ifPresent(f5 -> generalBudget(f5, expenditure, out));
    t.f6.ifPresent(f6 -> basic(f6, out));
    t.f7.ifPresent(f7 -> threePublic(f7, out));
    none(b, TableId.F8, FINAL_GOVERNMENT_FUND, out);
    none(b, TableId.F9, FINAL_STATE_CAPITAL, out);
    procurementAndVehicles(out);
    return out;
  }

  private static void totals(SummaryTable f1, List<NarrativeClaim> out) {
    f1.grandTotal().ifPresent(g -> changed(out, FINAL_GRAND_TOTAL, g.incomeAmount().amountOrZero(), "收入支出总计…。"));
    f1.currentYearTotal().ifPresent(l -> {
      WanYuan income = l.incomeAmount().amountOrZero();
      String s = "本年收入合计…，其中：…。";
      out.add(amount(FINAL_INCOME, ClaimMeasure.AMOUNT, income, s));
      for (IncomeRow r : f1.incomeRows()) {
        WanYuan a = r.amount().amountOrZero();
        if (a.signum() > 0) {
          part(out, FINAL_INCOME_SOURCE, r.printedLabel().replaceAll("^[一二三四五六七八九十]+、", ""), a, income, s);
        }
      }
      if (!l.cells().isEmpty()) {
        out.add(amount(FINAL_EXPENDITURE, ClaimMeasure.AMOUNT, l.cells().get(0).amountOrZero(), "本年支出合计…。"));
      }
    });
  }

  private static void generalBudget(FunctionTable f5, WanYuan expenditure, List<NarrativeClaim> out) {
    if (f5.declaredEmpty() || f5.total().isEmpty()) {
      return;
    }
    WanYuan all = cell(f5, f5.total().get(), AmountColumn.TOTAL);
    String s = "一般公共预算财政拨款支出…，占本年支出合计的…。";
    part(out, FINAL_GENERAL_BUDGET, null, all, expenditure, s);
    String c = "一般公共预算财政拨款支出年初预算为…，支出决算为…，完成年初预算的…。";
    WanYuan budgeted = all.plus(WanYuan.of(10));
    out.add(amount(FINAL_GENERAL_BUDGET, ClaimMeasure.BUDGETED_AMOUNT, budgeted, c));
    out.add(amount(FINAL_GENERAL_BUDGET, ClaimMeasure.AMOUNT, all, c));
    out.add(number(FINAL_GENERAL_BUDGET, ClaimMeasure.COMPLETION_RATE, percent(all, budgeted), c));
    for (FunctionRow r : f5.rows()) {
      Optional<FunctionCode> code = r.code();
      WanYuan a = cell(f5, r, AmountColumn.TOTAL);
      if (code.isEmpty() || a.signum() <= 0) {
        continue;
      }
      String name = r.printedName().strip();
      if (code.get().value().length() == 3) {
        NarrativeClaim amount = ImmutableNarrativeClaim.copyOf(amount(FINAL_GENERAL_BUDGET_BY_CLASS,
            ClaimMeasure.AMOUNT, a, "主要用于：" + name + "（类）…。")).withQualifier(name).withFunctionCode(code.get());
        out.add(amount);
        if (all.signum() > 0) {
          out.add(ImmutableNarrativeClaim.copyOf(number(FINAL_GENERAL_BUDGET_BY_CLASS, ClaimMeasure.SHARE,
              percent(a, all), amount.sourceText())).withQualifier(name).withFunctionCode(code.get()));
        }
      } else if (code.get().value().length() == 7) {
        out.add(ImmutableNarrativeClaim.copyOf(amount(FINAL_FISCAL_BY_ITEM, ClaimMeasure.AMOUNT, a,
            name + "（" + code.get().value() + "），决算数为…。")).withQualifier(name).withFunctionCode(code.get())
            .withFunctionNames(name));
      }
    }
  }

  private static void basic(EconomicTable f6, List<NarrativeClaim> out) {
    if (f6.declaredEmpty()) {
      return;
    }
    WanYuan personnel = WanYuan.ZERO;
    WanYuan pub = WanYuan.ZERO;
    for (EconomicRow r : f6.classRows()) {
      WanYuan a = r.cells().isEmpty() ? WanYuan.ZERO : r.cells().get(0).amountOrZero();
      String code = r.departmentCode().map(c -> c.value()).orElse("");
      if (code.equals("301") || code.equals("303")) {
        personnel = personnel.plus(a);
      } else {
        pub = pub.plus(a);
      }
    }
    String s = "一般公共预算财政拨款基本支出…。其中：人员经费…；公用经费…。";
    out.add(amount(FINAL_GENERAL_BUDGET_BASIC, ClaimMeasure.AMOUNT, personnel.plus(pub), s));
    out.add(amount(FINAL_PERSONNEL, ClaimMeasure.AMOUNT, personnel, s));
    out.add(amount(FINAL_PUBLIC, ClaimMeasure.AMOUNT, pub, s));
    changed(out, FINAL_OPERATING_COSTS, pub, "机关运行经费支出…，比上年增加…，增长…。");
  }

  private static void threePublic(ThreePublicTable f7, List<NarrativeClaim> out) {
    int fin = f7.columns().indexOf(AmountColumn.FINAL);
    int bud = f7.columns().indexOf(AmountColumn.BUDGETED);
    if (f7.declaredEmpty() || fin < 0 || bud < 0 || f7.total().isEmpty()) {
      return;
    }
    WanYuan total = f7.total().get().cells().get(fin).amountOrZero();
    WanYuan budgeted = f7.total().get().cells().get(bud).amountOrZero();
    String s = "“三公”经费财政拨款支出年初预算为…，支出决算为…，完成预算的…。";
    out.add(amount(FINAL_THREE_PUBLIC_TOTAL, ClaimMeasure.BUDGETED_AMOUNT, budgeted, s));
    out.add(amount(FINAL_THREE_PUBLIC_TOTAL, ClaimMeasure.AMOUNT, total, s));
    if (budgeted.signum() > 0) {
      out.add(number(FINAL_THREE_PUBLIC_TOTAL, ClaimMeasure.COMPLETION_RATE, percent(total, budgeted), s));
    }
    f7.row(ThreePublicItem.OFFICIAL_RECEPTION).ifPresent(r -> out.add(amount(FINAL_THREE_PUBLIC_RECEPTION,
        ClaimMeasure.AMOUNT, r.cells().get(fin).amountOrZero(), "公务接待费支出决算为…。")));
  }

  private static void none(DepartmentBudget b, TableId id, ClaimSubject s, List<NarrativeClaim> out) {
    Optional<BudgetTable> t = b.tablesById().get(id);
    if (t.isPresent() && t.get().declaredEmpty()) {
      out.add(ImmutableNarrativeClaim.builder().subject(s).measure(ClaimMeasure.NONE)
          .sourceText("本部门无" + s.chineseName() + "收入和支出。").build());
    }
  }

  private static void procurementAndVehicles(List<NarrativeClaim> out) {
    String s = "政府采购支出总额…，其中：货物…、工程…、服务…。授予中小企业合同金额…，其中：授予小微企业合同金额…。";
    out.add(amount(FINAL_PROCUREMENT_TOTAL, ClaimMeasure.AMOUNT, WanYuan.parse("50.00"), s));
    out.add(amount(FINAL_PROCUREMENT_GOODS, ClaimMeasure.AMOUNT, WanYuan.parse("10.00"), s));
    out.add(amount(FINAL_PROCUREMENT_WORKS, ClaimMeasure.AMOUNT, WanYuan.ZERO, s));
    out.add(amount(FINAL_PROCUREMENT_SERVICES, ClaimMeasure.AMOUNT, WanYuan.parse("40.00"), s));
    out.add(amount(FINAL_PROCUREMENT_SME, ClaimMeasure.AMOUNT, WanYuan.parse("40.00"), s));
    out.add(number(FINAL_PROCUREMENT_SME, ClaimMeasure.SHARE, new BigDecimal("80.00"), s));
    out.add(amount(FINAL_PROCUREMENT_SMALL_MICRO, ClaimMeasure.AMOUNT, WanYuan.parse("30.00"), s));
    out.add(number(FINAL_PROCUREMENT_SMALL_MICRO, ClaimMeasure.SHARE, new BigDecimal("75.00"), s));
    String v = "共有车辆2辆，其中：主要领导干部用车1辆、其他用车1辆。";
    out.add(count(FINAL_VEHICLES, null, 2, v));
    out.add(count(FINAL_VEHICLES_BY_CATEGORY, "主要领导干部用车", 1, v));
    out.add(count(FINAL_VEHICLES_BY_CATEGORY, "其他用车", 1, v));
  }

  /** An amount with a change of +1.00 on the prior year and its growth rate, in one sentence. */
  private static void changed(List<NarrativeClaim> out, ClaimSubject s, WanYuan amount, String text) {
    out.add(amount(s, ClaimMeasure.AMOUNT, amount, text));
    WanYuan prior = amount.minus(CHANGE);
    if (prior.signum() <= 0) {
      return;
    }
    out.add(ImmutableNarrativeClaim.copyOf(amount(s, ClaimMeasure.CHANGE, CHANGE, text))
        .withDirection(ChangeDirection.INCREASE));
    out.add(ImmutableNarrativeClaim.copyOf(number(s, ClaimMeasure.GROWTH_RATE, percent(CHANGE, prior), text))
        .withDirection(ChangeDirection.INCREASE));
  }

  /** A part's amount and, when the whole is not zero, its share. */
  private static void part(List<NarrativeClaim> out, ClaimSubject s, String qualifier, WanYuan a, WanYuan whole,
      String text) {
    out.add(ImmutableNarrativeClaim.copyOf(amount(s, ClaimMeasure.AMOUNT, a, text))
        .withQualifier(Optional.ofNullable(qualifier)));
    if (whole.signum() > 0) {
      out.add(ImmutableNarrativeClaim.copyOf(number(s, ClaimMeasure.SHARE, percent(a, whole), text))
          .withQualifier(Optional.ofNullable(qualifier)));
    }
  }

  private static BigDecimal percent(WanYuan part, WanYuan whole) {
    return part.toWanYuan().multiply(BigDecimal.valueOf(100)).divide(whole.toWanYuan(), 2, RoundingMode.HALF_UP);
  }

  private static WanYuan cell(BudgetTable t, AmountRow r, AmountColumn c) {
    int k = t.columns().indexOf(c);
    return k < 0 ? WanYuan.ZERO : r.cells().get(k).amountOrZero();
  }

  private static NarrativeClaim amount(ClaimSubject s, ClaimMeasure m, WanYuan a, String text) {
    return ImmutableNarrativeClaim.builder().subject(s).measure(m).amount(a).sourceText(text).build();
  }

  private static NarrativeClaim number(ClaimSubject s, ClaimMeasure m, BigDecimal n, String text) {
    return ImmutableNarrativeClaim.builder().subject(s).measure(m).number(n).sourceText(text).build();
  }

  private static NarrativeClaim count(ClaimSubject s, String qualifier, long n, String text) {
    return ImmutableNarrativeClaim.builder().subject(s).measure(ClaimMeasure.COUNT)
        .qualifier(Optional.ofNullable(qualifier)).count(n).unitWord("辆").sourceText(text).build();
  }

  /** The 决算 tables the narrative speaks of, each when printed. */
  private static final class TablesView {
    final Optional<SummaryTable> f1;
    final Optional<FunctionTable> f3;
    final Optional<SummaryTable> f4;
    final Optional<FunctionTable> f5;
    final Optional<EconomicTable> f6;
    final Optional<ThreePublicTable> f7;

    TablesView(DepartmentBudget b) {
      f1 = b.tablesById().get(TableId.F1, SummaryTable.class).filter(t -> !t.declaredEmpty());
      f3 = b.tablesById().get(TableId.F3, FunctionTable.class).filter(t -> !t.declaredEmpty());
      f4 = b.tablesById().get(TableId.F4, SummaryTable.class).filter(t -> !t.declaredEmpty());
      f5 = b.tablesById().get(TableId.F5, FunctionTable.class);
      f6 = b.tablesById().get(TableId.F6, EconomicTable.class);
      f7 = b.tablesById().get(TableId.F7, ThreePublicTable.class);
    }
  }
}
