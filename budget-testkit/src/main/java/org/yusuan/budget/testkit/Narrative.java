package org.yusuan.budget.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.ImmutableNarrativeClaim;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.UnitAmountTable;

/**
 * The narrative (情况说明) of a generated budget as typed claims, every figure computed from the
 * printed table cells: amounts as printed, percentages HALF_UP to two decimals, growth rates from a
 * stated change, as the published text states them.
 */
final class Narrative {
  private Narrative() {}

  static List<NarrativeClaim> claims(DepartmentBudget b, Plan.Story story, Catalog catalog) {
    List<NarrativeClaim> out = new ArrayList<>();
    int year = b.budgetYear();
    SummaryTable t1 = b.summaryTable(TableId.T1).orElseThrow();
    WanYuan grand = t1.grandTotal().orElseThrow().incomeAmount().amountOrZero();
    WanYuan current = t1.currentYearTotal().orElseThrow().incomeAmount().amountOrZero();
    WanYuan carry = t1.carryOver().orElseThrow().incomeAmount().amountOrZero();

    // 一 收支总体, with the change on last year.
    WanYuan change = share(grand, story.revenueChange());
    String s1 = year + "年收入总计" + grand + "万元，支出总计" + grand + "万元。与上年相比，收、支总计各"
        + (change.isNegative() ? "减少" : "增加") + change.abs() + "万元，" + (change.isNegative() ? "下降" : "增长")
        + rate(change, grand).abs() + "%。";
    out.add(amount(ClaimSubject.REVENUE_GRAND_TOTAL, grand, s1));
    out.add(amountOf(ClaimSubject.REVENUE_GRAND_TOTAL, ClaimMeasure.CHANGE, change, s1));
    out.add(number(ClaimSubject.REVENUE_GRAND_TOTAL, ClaimMeasure.GROWTH_RATE, rate(change, grand), s1));
    out.add(amount(ClaimSubject.EXPENDITURE_GRAND_TOTAL, grand, s1));

    // 二 收入: each source with its share of 收入总计.
    ClaimSubject[] sources = {ClaimSubject.REVENUE_GENERAL_BUDGET, ClaimSubject.REVENUE_GOVERNMENT_FUND,
        ClaimSubject.REVENUE_STATE_CAPITAL, ClaimSubject.REVENUE_SPECIAL_ACCOUNT, ClaimSubject.REVENUE_UNIT_FUNDS};
    String s2 = year + "年收入总计" + grand + "万元，其中：本年收入" + current + "万元。";
    out.add(amount(ClaimSubject.REVENUE_CURRENT_YEAR, current, s2));
    for (int i = 0; i < sources.length && i < t1.incomeRows().size(); i++) {
      IncomeRow r = t1.incomeRows().get(i);
      if (r.amount().isEmpty()) {
        continue;
      }
      WanYuan v = r.amount().amountOrZero();
      String s = sources[i].chineseName() + v + "万元，占" + percent(v, grand) + "%。";
      out.add(amount(sources[i], v, s));
      out.add(number(sources[i], ClaimMeasure.SHARE, percent(v, grand), s));
    }
    if (carry.isPositive()) {
      String s = "上年结转" + carry + "万元，占" + percent(carry, grand) + "%。";
      out.add(amount(ClaimSubject.REVENUE_CARRY_OVER, carry, s));
      out.add(number(ClaimSubject.REVENUE_CARRY_OVER, ClaimMeasure.SHARE, percent(carry, grand), s));
    }

    // 三 支出
    FunctionTable t3 = b.functionTable(TableId.T3).orElseThrow();
    WanYuan t3Total = cell(t3, t3.total().orElseThrow().cells(), AmountColumn.TOTAL);
    WanYuan basic = cell(t3, t3.total().orElseThrow().cells(), AmountColumn.BASIC);
    WanYuan project = cell(t3, t3.total().orElseThrow().cells(), AmountColumn.PROJECT);
    String s3 = "基本支出" + basic + "万元，占" + percent(basic, t3Total) + "%；项目支出" + project + "万元，占"
        + percent(project, t3Total) + "%。";
    out.add(amount(ClaimSubject.BASIC_EXPENDITURE, basic, s3));
    out.add(number(ClaimSubject.BASIC_EXPENDITURE, ClaimMeasure.SHARE, percent(basic, t3Total), s3));
    out.add(amount(ClaimSubject.PROJECT_EXPENDITURE, project, s3));
    out.add(number(ClaimSubject.PROJECT_EXPENDITURE, ClaimMeasure.SHARE, percent(project, t3Total), s3));

    // 四 财政拨款
    SummaryTable t4 = b.summaryTable(TableId.T4).orElseThrow();
    WanYuan fiscal = t4.grandTotal().orElseThrow().incomeAmount().amountOrZero();
    List<org.yusuan.budget.table.AmountCell> spent = t4.currentYearTotal().orElseThrow().cells();
    String s4 = "财政拨款收支总预算" + fiscal + "万元。";
    out.add(amount(ClaimSubject.FISCAL_GRAND_TOTAL, fiscal, s4));
    out.add(amount(ClaimSubject.FISCAL_GENERAL_BUDGET, cell(t4, spent, AmountColumn.GENERAL_BUDGET), s4));
    if (!cell(t4, spent, AmountColumn.GOVERNMENT_FUND).isZero()) {
      out.add(amount(ClaimSubject.FISCAL_GOVERNMENT_FUND, cell(t4, spent, AmountColumn.GOVERNMENT_FUND), s4));
    }
    if (!cell(t4, spent, AmountColumn.STATE_CAPITAL).isZero()) {
      out.add(amount(ClaimSubject.FISCAL_STATE_CAPITAL, cell(t4, spent, AmountColumn.STATE_CAPITAL), s4));
    }
    out.add(amount(ClaimSubject.FISCAL_CURRENT_YEAR,
        t4.currentYearTotal().orElseThrow().incomeAmount().amountOrZero(), s4));
    WanYuan fiscalCarry = t4.carryOver().orElseThrow().incomeAmount().amountOrZero();
    if (fiscalCarry.isPositive()) {
      out.add(amount(ClaimSubject.FISCAL_CARRY_OVER, fiscalCarry, s4));
    }
    for (CategoryRow r : t4.categoryRows()) {
      WanYuan v = cell(t4, r.cells(), AmountColumn.TOTAL);
      if (v.isPositive()) {
        String name = className(r.printedName());
        out.add(ImmutableNarrativeClaim.builder().subject(ClaimSubject.FISCAL_BY_CLASS)
            .measure(ClaimMeasure.AMOUNT).qualifier(name).functionCode(r.code()).amount(v)
            .sourceText(name + v + "万元。").build());
      }
    }

    // 五 一般公共预算
    FunctionTable t5 = b.functionTable(TableId.T5).orElseThrow();
    WanYuan t5Total = cell(t5, t5.total().orElseThrow().cells(), AmountColumn.TOTAL);
    WanYuan generalChange = share(t5Total, story.generalChange());
    String s5 = year + "年一般公共预算当年支出" + t5Total + "万元，比上年" + (generalChange.isNegative() ? "减少" : "增加")
        + generalChange.abs() + "万元，" + (generalChange.isNegative() ? "下降" : "增长")
        + rate(generalChange, t5Total).abs() + "%。";
    out.add(amount(ClaimSubject.GENERAL_BUDGET_EXPENDITURE, t5Total, s5));
    out.add(amountOf(ClaimSubject.GENERAL_BUDGET_EXPENDITURE, ClaimMeasure.CHANGE, generalChange, s5));
    out.add(number(ClaimSubject.GENERAL_BUDGET_EXPENDITURE, ClaimMeasure.GROWTH_RATE, rate(generalChange, t5Total),
        s5));
    for (FunctionRow r : t5.rows()) {
      if (r.code().isEmpty() || r.code().get().level() != CodeLevel.CLASS) {
        continue;
      }
      WanYuan v = cell(t5, r.cells(), AmountColumn.TOTAL);
      String s = r.printedName() + v + "万元，占" + percent(v, t5Total) + "%。";
      out.add(ImmutableNarrativeClaim.builder().subject(ClaimSubject.GENERAL_BUDGET_BY_CLASS)
          .measure(ClaimMeasure.AMOUNT).qualifier(r.printedName()).functionCode(r.code()).amount(v)
          .sourceText(s).build());
      out.add(ImmutableNarrativeClaim.builder().subject(ClaimSubject.GENERAL_BUDGET_BY_CLASS)
          .measure(ClaimMeasure.SHARE).qualifier(r.printedName()).functionCode(r.code()).number(percent(v, t5Total))
          .sourceText(s).build());
    }

    // 六 基本支出
    EconomicTable t6 = b.economicTable(TableId.T6).orElseThrow();
    List<AmountCell> t6Total = t6.total().orElseThrow().cells();
    WanYuan personnel = cell(t6, t6Total, AmountColumn.PERSONNEL);
    WanYuan pub = cell(t6, t6Total, AmountColumn.PUBLIC_EXPENSES);
    String s6 = year + "年一般公共预算基本支出" + cell(t6, t6Total, AmountColumn.TOTAL) + "万元。";
    out.add(amount(ClaimSubject.GENERAL_BUDGET_BASIC, cell(t6, t6Total, AmountColumn.TOTAL), s6));
    names(out, t6, ClaimSubject.PERSONNEL_EXPENSES, AmountColumn.PERSONNEL, personnel);
    names(out, t6, ClaimSubject.PUBLIC_EXPENSES, AmountColumn.PUBLIC_EXPENSES, pub);

    // 七 “三公”经费
    ThreePublicTable t10 = b.threePublicTable(TableId.T10).orElseThrow();
    if (t10.declaredEmpty()) {
      out.add(NarrativeClaim.ofNone(ClaimSubject.THREE_PUBLIC_TOTAL, "本部门无“三公”经费预算。"));
    } else {
      WanYuan total = cell(t10, t10.total().orElseThrow().cells(), AmountColumn.TOTAL);
      String s7 = year + "年“三公”经费预算" + total + "万元。";
      out.add(amount(ClaimSubject.THREE_PUBLIC_TOTAL, total, s7));
      ClaimSubject[] items = {ClaimSubject.THREE_PUBLIC_OVERSEAS_TRAVEL, ClaimSubject.THREE_PUBLIC_OFFICIAL_RECEPTION,
          ClaimSubject.THREE_PUBLIC_VEHICLES, ClaimSubject.THREE_PUBLIC_VEHICLE_PURCHASE,
          ClaimSubject.THREE_PUBLIC_VEHICLE_OPERATION};
      ThreePublicItem[] rows = ThreePublicItem.values();
      for (int i = 0; i < items.length; i++) {
        ThreePublicRow r = t10.row(rows[i]).orElseThrow();
        WanYuan v = cell(t10, r.cells(), AmountColumn.TOTAL);
        out.add(amount(items[i], v, items[i].chineseName() + v + "万元。"));
      }
    }

    // 八 机关运行经费
    UnitAmountTable t11 = b.unitAmountTable(TableId.T11).orElseThrow();
    WanYuan operating = cell(t11, t11.total().orElseThrow().cells(), AmountColumn.TOTAL);
    WanYuan operatingChange = share(operating, story.operatingChange());
    String s8 = year + "年机关运行经费" + operating + "万元，比上年" + (operatingChange.isNegative() ? "减少" : "增加")
        + operatingChange.abs() + "万元，" + (operatingChange.isNegative() ? "下降" : "增长")
        + rate(operatingChange, operating).abs() + "%。";
    out.add(amount(ClaimSubject.OPERATING_COSTS, operating, s8));
    out.add(amountOf(ClaimSubject.OPERATING_COSTS, ClaimMeasure.CHANGE, operatingChange, s8));
    out.add(number(ClaimSubject.OPERATING_COSTS, ClaimMeasure.GROWTH_RATE, rate(operatingChange, operating), s8));

    // 九 政府采购
    WanYuan goods = Assembler.printed(Assembler.yuan(story.goods()));
    WanYuan works = Assembler.printed(Assembler.yuan(story.works()));
    WanYuan services = Assembler.printed(Assembler.yuan(story.services()));
    WanYuan procurement = goods.plus(works).plus(services);
    String s9 = year + "年政府采购预算总额" + procurement + "万元，其中：货物" + goods + "万元，工程" + works + "万元，服务"
        + services + "万元。";
    out.add(amount(ClaimSubject.PROCUREMENT_TOTAL, procurement, s9));
    out.add(amount(ClaimSubject.PROCUREMENT_GOODS, goods, s9));
    out.add(amount(ClaimSubject.PROCUREMENT_WORKS, works, s9));
    out.add(amount(ClaimSubject.PROCUREMENT_SERVICES, services, s9));
    // 政府购买服务 is another measure than 政府采购 服务 (S8 notes a difference); stated equal here.
    out.add(amount(ClaimSubject.PURCHASED_SERVICES, services, year + "年政府购买服务预算" + services + "万元。"));

    // 十 绩效
    ProjectTable t12 = b.projectTable(TableId.T12).orElseThrow();
    WanYuan projects = cell(t12, t12.total().orElseThrow().cells(), AmountColumn.TOTAL);
    String s10 = "整体绩效目标涉及部门预算资金" + current + "万元，其中基本支出" + basic + "万元，项目支出" + projects
        + "万元；机关及下属预算单位" + b.units().size() + "个。";
    out.add(amount(ClaimSubject.OVERALL_TARGET_FUNDS, current, s10));
    out.add(amount(ClaimSubject.OVERALL_TARGET_BASIC, basic, s10));
    out.add(amount(ClaimSubject.OVERALL_TARGET_PROJECT, projects, s10));
    out.add(NarrativeClaim.ofCount(ClaimSubject.BUDGET_UNITS, b.units().size(), "个", s10));
    int n = t12.projectCount();
    String s11 = "纳入绩效目标管理的项目" + n + "个，共计金额" + projects + "万元，其中特定目标类项目" + n + "个，金额"
        + projects + "万元；公开项目绩效目标" + n + "个，涉及项目金额" + projects + "万元，占项目支出总额"
        + percent(projects, projects) + "%。";
    out.add(NarrativeClaim.ofCount(ClaimSubject.TARGETED_PROJECTS, n, "个", s11));
    out.add(amount(ClaimSubject.TARGETED_PROJECTS, projects, s11));
    out.add(NarrativeClaim.ofCount(ClaimSubject.TARGETED_OPERATING_PROJECTS, 0, "个", s11));
    out.add(amount(ClaimSubject.TARGETED_OPERATING_PROJECTS, WanYuan.ZERO, s11));
    out.add(NarrativeClaim.ofCount(ClaimSubject.TARGETED_SPECIFIC_PROJECTS, n, "个", s11));
    out.add(amount(ClaimSubject.TARGETED_SPECIFIC_PROJECTS, projects, s11));
    out.add(NarrativeClaim.ofCount(ClaimSubject.PUBLISHED_TARGETS, n, "个", s11));
    out.add(amount(ClaimSubject.PUBLISHED_TARGETS, projects, s11));
    out.add(number(ClaimSubject.PUBLISHED_TARGETS, ClaimMeasure.SHARE, percent(projects, projects), s11));

    // 十一 国有资产
    int vehicles = story.vehiclesLeaders() + story.vehiclesOther() + story.vehiclesSpare();
    String s12 = "截至" + (year - 1) + "年12月31日，公务用车编制" + (vehicles + 1) + "辆，实有" + vehicles + "辆，其中：机要通信用车"
        + story.vehiclesLeaders() + "辆，应急保障用车" + story.vehiclesOther() + "辆，其他用车" + story.vehiclesSpare()
        + "辆；单价50万元以上通用设备" + (story.devices50() + story.devices100()) + "台（套），单价100万元以上通用设备"
        + story.devices100() + "台（套）。";
    out.add(ImmutableNarrativeClaim.copyOf(NarrativeClaim.ofDate(ClaimSubject.ASSET_REFERENCE_DATE,
        java.time.LocalDate.of(year - 1, 12, 31), s12)).withPrintedValue("截至" + (year - 1) + "年12月31日"));
    out.add(NarrativeClaim.ofCount(ClaimSubject.VEHICLES_AUTHORIZED, vehicles + 1L, "辆", s12));
    out.add(NarrativeClaim.ofCount(ClaimSubject.VEHICLES_ACTUAL, vehicles, "辆", s12));
    String[] categories = {"机要通信用车", "应急保障用车", "其他用车"};
    int[] counts = {story.vehiclesLeaders(), story.vehiclesOther(), story.vehiclesSpare()};
    for (int i = 0; i < categories.length; i++) {
      out.add(ImmutableNarrativeClaim.builder().subject(ClaimSubject.VEHICLES_BY_CATEGORY).measure(ClaimMeasure.COUNT)
          .qualifier(categories[i]).count((long) counts[i]).unitWord("辆").sourceText(s12).build());
    }
    out.add(NarrativeClaim.ofCount(ClaimSubject.DEVICES_OVER_500K, story.devices50() + story.devices100(), "台（套）",
        s12));
    out.add(NarrativeClaim.ofCount(ClaimSubject.DEVICES_OVER_1M, story.devices100(), "台（套）", s12));
    return List.copyOf(out);
  }

  static void names(List<NarrativeClaim> out, EconomicTable t6, ClaimSubject subject, AmountColumn column,
      WanYuan total) {
    List<String> names = new ArrayList<>();
    for (EconomicRow r : t6.rows()) {
      if (r.level() != CodeLevel.CLASS && !t6.cell(r, column).amountOrZero().isZero()) {
        names.add(r.departmentName());
      }
    }
    String s = subject.chineseName() + total + "万元，主要包括：" + String.join("、", names) + "。";
    out.add(amount(subject, total, s));
    if (!names.isEmpty()) {
      out.add(ImmutableNarrativeClaim.builder().subject(subject).measure(ClaimMeasure.NAMES).names(names)
          .sourceText(s).build());
    }
  }

  /** The 类 name of a 表一/表四 row without its ordinal ({@code 八、社会保障和就业支出}). */
  static String className(String printed) {
    int i = printed.indexOf('、');
    return i >= 0 ? printed.substring(i + 1) : printed;
  }

  static WanYuan cell(BudgetTable t, List<AmountCell> cells, AmountColumn column) {
    return cells.get(t.columns().indexOf(column)).amountOrZero();
  }

  /** {@code perMille}‰ of {@code base}, rounded to 0.01 万元 (a stated change of last year). */
  static WanYuan share(WanYuan base, long perMille) {
    long fen = Math.multiplyExact(base.fen(), perMille) / 1000;
    return Assembler.printed(WanYuan.ofFen(fen));
  }

  /** The growth rate Δ / (current − Δ) × 100, HALF_UP to two decimals, as the validators recompute it. */
  static BigDecimal rate(WanYuan change, WanYuan current) {
    WanYuan previous = current.minus(change);
    if (previous.isZero()) {
      return BigDecimal.ZERO.setScale(2);
    }
    return change.toWanYuan().multiply(BigDecimal.valueOf(100)).divide(previous.toWanYuan(), 2, RoundingMode.HALF_UP);
  }

  /** part / base × 100, HALF_UP to two decimals. */
  static BigDecimal percent(WanYuan part, WanYuan base) {
    if (base.isZero()) {
      return BigDecimal.ZERO.setScale(2);
    }
    return part.toWanYuan().multiply(BigDecimal.valueOf(100)).divide(base.toWanYuan(), 2, RoundingMode.HALF_UP);
  }

  static NarrativeClaim amount(ClaimSubject subject, WanYuan v, String source) {
    return NarrativeClaim.ofAmount(subject, ClaimMeasure.AMOUNT, v, source);
  }

  static NarrativeClaim amountOf(ClaimSubject subject, ClaimMeasure measure, WanYuan v, String source) {
    return NarrativeClaim.ofAmount(subject, measure, v, source);
  }

  static NarrativeClaim number(ClaimSubject subject, ClaimMeasure measure, BigDecimal v, String source) {
    return NarrativeClaim.ofNumber(subject, measure, v, source);
  }
}
