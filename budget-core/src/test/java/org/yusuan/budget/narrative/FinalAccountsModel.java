package org.yusuan.budget.narrative;

import static org.yusuan.budget.narrative.ClaimSubject.*;
import static org.yusuan.budget.table.AmountColumn.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.classification.DepartmentEconomicCode;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.*;
import org.yusuan.budget.template.DocumentKind;
import org.yusuan.budget.template.ImmutableTableProfile;
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.template.TableSpec;

/**
 * A small 部门决算 built by hand, consistent in every figure (a shared test fixture): F1, F3, F4, F5, F6,
 * F7 with data, F8 and F9 declared 本表无数据, and {@link #claims() a narrative} that states what the
 * tables hold (shares, changes, completion rates, 政府采购 and 车辆 consistent among themselves).
 */
public final class FinalAccountsModel {
  private FinalAccountsModel() {}

  static final List<AmountColumn> F3_COLUMNS = List.of(TOTAL, BASIC, PROJECT, REMIT_TO_SUPERIOR,
      OPERATING_EXPENSE, AFFILIATE_SUBSIDY);
  static final List<AmountColumn> FUND_COLUMNS = List.of(OPENING_BALANCE, CURRENT_INCOME, TOTAL, BASIC,
      PROJECT, CLOSING_BALANCE);

  /** The template: a 决算 profile built in code. */
  public static final TableProfile PROFILE = ImmutableTableProfile.builder().name("final-accounts-model")
      .kind(DocumentKind.FINAL_ACCOUNTS).addNarrativeSections("决算情况说明")
      .addTables(TableSpec.of(TableId.F1, "收入支出决算总表", TableLayout.SUMMARY, List.of(TOTAL), true),
          TableSpec.of(TableId.F3, "支出决算表", TableLayout.FUNCTION, F3_COLUMNS, true),
          TableSpec.of(TableId.F4, "财政拨款收入支出决算总表", TableLayout.SUMMARY,
              List.of(TOTAL, GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL), true),
          TableSpec.of(TableId.F5, "一般公共预算财政拨款支出决算表", TableLayout.FUNCTION,
              List.of(TOTAL, BASIC, PROJECT), true),
          TableSpec.of(TableId.F6, "一般公共预算财政拨款基本支出决算表", TableLayout.ECONOMIC, List.of(FINAL), true),
          TableSpec.of(TableId.F7, "财政拨款“三公”经费支出决算表", TableLayout.THREE_PUBLIC,
              List.of(BUDGETED, FINAL), true),
          TableSpec.of(TableId.F8, "政府性基金预算财政拨款收入支出决算表", TableLayout.FUNCTION, FUND_COLUMNS, true),
          TableSpec.of(TableId.F9, "国有资本经营预算财政拨款收入支出决算表", TableLayout.FUNCTION, FUND_COLUMNS, true))
      .build();

  /** code, name, 合计, 基本支出, 项目支出. */
  static final String[][] ROWS = {
      {"201", "一般公共服务支出", "1000.00", "800.00", "200.00"},
      {"20106", "财政事务", "1000.00", "800.00", "200.00"},
      {"2010601", "行政运行", "800.00", "800.00", ""},
      {"2010607", "信息化建设", "200.00", "", "200.00"},
      {"208", "社会保障和就业支出", "300.00", "300.00", ""},
      {"20805", "行政事业单位养老支出", "300.00", "300.00", ""},
      {"2080505", "机关事业单位基本养老保险缴费支出", "300.00", "300.00", ""}};

  /** The tables, without narrative. */
  public static DepartmentBudget tables() {
    return ImmutableDepartmentBudget.builder().departmentName("示例局").budgetYear(2024).profile(PROFILE)
        .addSummaryTables(f1(), f4()).addFunctionTables(function(TableId.F3, 6), function(TableId.F5, 3),
            empty(TableId.F8), empty(TableId.F9))
        .addEconomicTables(f6()).addThreePublicTables(f7()).build();
  }

  /** The tables with their consistent narrative. */
  public static DepartmentBudget budget() {
    return ImmutableDepartmentBudget.copyOf(tables()).withClaims(claims());
  }

  static SummaryTable f1() {
    return SummaryTable.builder(PROFILE.requireSpec(TableId.F1))
        .addIncomeRows(IncomeRow.of("一、一般公共预算财政拨款收入", "1,300.00"), IncomeRow.of("八、其他收入", "20.00"))
        .addCategoryRows(cat("一、一般公共服务支出", "201", "1,000.00"), cat("八、社会保障和就业支出", "208", "300.00"))
        .currentYearTotal(SummaryLine.of("本年收入合计", "1,320.00", "本年支出合计", "1,300.00"))
        .carryOver(SummaryLine.of("年初结转和结余", "50.00", "年末结转和结余", "70.00"))
        .grandTotal(SummaryLine.of("总计", "1,370.00", "总计", "1,370.00")).build();
  }

  static SummaryTable f4() {
    return SummaryTable.builder(PROFILE.requireSpec(TableId.F4))
        .addIncomeRows(IncomeRow.of("一、一般公共预算财政拨款", "1,300.00"), IncomeRow.of("二、政府性基金预算财政拨款", ""),
            IncomeRow.of("三、国有资本经营预算财政拨款", ""))
        .addCategoryRows(cat("一、一般公共服务支出", "201", "1,000.00", "1,000.00", "", ""),
            cat("八、社会保障和就业支出", "208", "300.00", "300.00", "", ""))
        .currentYearTotal(SummaryLine.of("本年收入合计", "1,300.00", "本年支出合计", "1,300.00", "1,300.00", "", ""))
        .carryOver(SummaryLine.of("年初财政拨款结转和结余", "10.00", "年末财政拨款结转和结余", "10.00", "10.00", "", ""))
        .grandTotal(SummaryLine.of("总计", "1,310.00", "总计", "1,310.00", "1,310.00", "", "")).build();
  }

  static CategoryRow cat(String name, String code, String... cells) {
    return CategoryRow.of(name, Optional.of(FunctionCode.parse(code)), cells);
  }

  static FunctionTable function(TableId id, int width) {
    ImmutableFunctionTable.Builder b = FunctionTable.builder(PROFILE.requireSpec(id));
    String[] total = {"1,300.00", "1,100.00", "200.00", "", "", ""};
    b.total(TotalRow.of("合计", java.util.Arrays.copyOf(total, width)));
    for (String[] r : ROWS) {
      String[] cells = new String[width];
      for (int i = 0; i < width; i++) {
        cells[i] = 2 + i < r.length ? r[2 + i] : "";
      }
      b.addRows(FunctionRow.of(r[0], r[1], cells));
    }
    return b.build();
  }

  static FunctionTable empty(TableId id) {
    return FunctionTable.builder(PROFILE.requireSpec(id)).declaredEmpty(true).build();
  }

  static EconomicRow econ(CodeLevel level, String code, String name, String amount) {
    return ImmutableEconomicRow.builder().level(level).departmentName(name)
        .departmentCode(DepartmentEconomicCode.parse(code)).cells(AmountCell.parseAll(amount)).build();
  }

  static EconomicTable f6() {
    CodeLevel c = CodeLevel.CLASS;
    CodeLevel s = CodeLevel.SECTION;
    return EconomicTable.builder(PROFILE.requireSpec(TableId.F6)).addRows(
        econ(c, "301", "工资福利支出", "900.00"), econ(s, "30101", "基本工资", "500.00"),
        econ(s, "30102", "津贴补贴", "400.00"), econ(c, "302", "商品和服务支出", "80.00"),
        econ(s, "30201", "办公费", "80.00"), econ(c, "303", "对个人和家庭的补助", "100.00"),
        econ(s, "30302", "退休费", "100.00"), econ(c, "310", "资本性支出", "20.00"),
        econ(s, "31002", "办公设备购置", "20.00")).build();
  }

  static ThreePublicRow item(String label, ThreePublicItem item, String budgeted, String fin) {
    return ImmutableThreePublicRow.builder().printedLabel(label).item(item)
        .cells(AmountCell.parseAll(budgeted, fin)).build();
  }

  static ThreePublicTable f7() {
    return ThreePublicTable.builder(PROFILE.requireSpec(TableId.F7)).total(TotalRow.of("合计", "3.00", "2.00"))
        .addRows(item("因公出国（境）费", ThreePublicItem.OVERSEAS_TRAVEL, "", ""),
            item("公务用车购置及运行费", ThreePublicItem.VEHICLES, "2.00", "1.50"),
            item("公务用车购置费", ThreePublicItem.VEHICLE_PURCHASE, "", ""),
            item("公务用车运行费", ThreePublicItem.VEHICLE_OPERATION, "2.00", "1.50"),
            item("公务接待费", ThreePublicItem.OFFICIAL_RECEPTION, "1.00", "0.50")).build();
  }

  // ------------------------------------------------------------------ the narrative


  /** The consistent narrative: one sentence per group, lines from L100. */
  public static List<NarrativeClaim> claims() {
    List<NarrativeClaim> out = new ArrayList<>();
    String s = "收入支出总计1370.00万元，减少30.00万元，下降2.14%。";
    out.add(amount(FINAL_GRAND_TOTAL, ClaimMeasure.AMOUNT, "1370.00", s, 100));
    out.add(change(FINAL_GRAND_TOTAL, "-30.00", s, 100));
    out.add(rate(FINAL_GRAND_TOTAL, "-2.14", s, 100));
    s = "本年收入合计1320.00万元，其中：财政拨款收入1300.00万元，占98.48%；其他收入20.00万元，占1.52%。";
    out.add(amount(FINAL_INCOME, ClaimMeasure.AMOUNT, "1320.00", s, 101));
    out.add(q(amount(FINAL_INCOME_SOURCE, ClaimMeasure.AMOUNT, "1300.00", s, 101), "财政拨款收入"));
    out.add(q(number(FINAL_INCOME_SOURCE, ClaimMeasure.SHARE, "98.48", s, 101), "财政拨款收入"));
    out.add(q(amount(FINAL_INCOME_SOURCE, ClaimMeasure.AMOUNT, "20.00", s, 101), "其他收入"));
    out.add(q(number(FINAL_INCOME_SOURCE, ClaimMeasure.SHARE, "1.52", s, 101), "其他收入"));
    s = "本年支出合计1300.00万元，其中：基本支出1100.00万元，占84.62%；项目支出200.00万元，占15.38%。";
    out.add(amount(FINAL_EXPENDITURE, ClaimMeasure.AMOUNT, "1300.00", s, 102));
    out.add(amount(FINAL_BASIC, ClaimMeasure.AMOUNT, "1100.00", s, 102));
    out.add(number(FINAL_BASIC, ClaimMeasure.SHARE, "84.62", s, 102));
    out.add(amount(FINAL_PROJECT, ClaimMeasure.AMOUNT, "200.00", s, 102));
    out.add(number(FINAL_PROJECT, ClaimMeasure.SHARE, "15.38", s, 102));
    out.add(amount(FINAL_FISCAL_GRAND_TOTAL, ClaimMeasure.AMOUNT, "1310.00", "财政拨款收入支出总计1310.00万元。", 103));
    s = "一般公共预算财政拨款支出1300.00万元，占本年支出合计的100.00%，增加100.00万元，增长8.33%。";
    out.add(amount(FINAL_GENERAL_BUDGET, ClaimMeasure.AMOUNT, "1300.00", s, 104));
    out.add(number(FINAL_GENERAL_BUDGET, ClaimMeasure.SHARE, "100.00", s, 104));
    out.add(change(FINAL_GENERAL_BUDGET, "100.00", s, 104));
    out.add(rate(FINAL_GENERAL_BUDGET, "8.33", s, 104));
    s = "主要用于：一般公共服务支出（类）1000.00万元，占76.92%；社会保障和就业支出（类）300.00万元，占23.08%。";
    out.add(cls(amount(FINAL_GENERAL_BUDGET_BY_CLASS, ClaimMeasure.AMOUNT, "1000.00", s, 105), "一般公共服务支出", "201"));
    out.add(cls(number(FINAL_GENERAL_BUDGET_BY_CLASS, ClaimMeasure.SHARE, "76.92", s, 105), "一般公共服务支出", "201"));
    out.add(cls(amount(FINAL_GENERAL_BUDGET_BY_CLASS, ClaimMeasure.AMOUNT, "300.00", s, 105), "社会保障和就业支出", "208"));
    out.add(cls(number(FINAL_GENERAL_BUDGET_BY_CLASS, ClaimMeasure.SHARE, "23.08", s, 105), "社会保障和就业支出", "208"));
    s = "一般公共预算财政拨款支出年初预算为1350.00万元，支出决算为1300.00万元，完成年初预算的96.30%。";
    out.add(amount(FINAL_GENERAL_BUDGET, ClaimMeasure.BUDGETED_AMOUNT, "1350.00", s, 106));
    out.add(amount(FINAL_GENERAL_BUDGET, ClaimMeasure.AMOUNT, "1300.00", s, 106));
    out.add(number(FINAL_GENERAL_BUDGET, ClaimMeasure.COMPLETION_RATE, "96.30", s, 106));
    s = "1、一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为820.00万元，支出决算为800.00万元。";
    out.add(item(amount(FINAL_FISCAL_BY_ITEM, ClaimMeasure.BUDGETED_AMOUNT, "820.00", s, 107), "201", "一般公共服务支出", "财政事务", "行政运行"));
    out.add(item(amount(FINAL_FISCAL_BY_ITEM, ClaimMeasure.AMOUNT, "800.00", s, 107), "201", "一般公共服务支出", "财政事务", "行政运行"));
    s = "2、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。支出决算为300.00万元。";
    out.add(item(amount(FINAL_FISCAL_BY_ITEM, ClaimMeasure.AMOUNT, "300.00", s, 108), "208", "社会保障和就业支出",
        "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出"));
    s = "一般公共预算财政拨款基本支出1100.00万元。其中：人员经费1000.00万元；公用经费100.00万元。";
    out.add(amount(FINAL_GENERAL_BUDGET_BASIC, ClaimMeasure.AMOUNT, "1100.00", s, 109));
    out.add(amount(FINAL_PERSONNEL, ClaimMeasure.AMOUNT, "1000.00", s, 109));
    out.add(amount(FINAL_PUBLIC, ClaimMeasure.AMOUNT, "100.00", s, 109));
    s = "“三公”经费财政拨款支出年初预算为3.00万元，支出决算为2.00万元，完成预算的66.67%，其中：公务用车购置及运行维护费支出决算为1.50万元；公务接待费支出决算为0.50万元。";
    out.add(amount(FINAL_THREE_PUBLIC_TOTAL, ClaimMeasure.BUDGETED_AMOUNT, "3.00", s, 110));
    out.add(amount(FINAL_THREE_PUBLIC_TOTAL, ClaimMeasure.AMOUNT, "2.00", s, 110));
    out.add(number(FINAL_THREE_PUBLIC_TOTAL, ClaimMeasure.COMPLETION_RATE, "66.67", s, 110));
    out.add(amount(FINAL_THREE_PUBLIC_VEHICLES, ClaimMeasure.AMOUNT, "1.50", s, 110));
    out.add(amount(FINAL_THREE_PUBLIC_RECEPTION, ClaimMeasure.AMOUNT, "0.50", s, 110));
    out.add(none(FINAL_GOVERNMENT_FUND, "本部门无政府性基金预算财政拨款收入和支出。", 111));
    out.add(none(FINAL_STATE_CAPITAL, "本部门无国有资本经营预算财政拨款收入和支出。", 112));
    s = "机关运行经费支出100.00万元，比2023年度增加5.00万元，增长5.26%。";
    out.add(amount(FINAL_OPERATING_COSTS, ClaimMeasure.AMOUNT, "100.00", s, 113));
    out.add(change(FINAL_OPERATING_COSTS, "5.00", s, 113));
    out.add(rate(FINAL_OPERATING_COSTS, "5.26", s, 113));
    s = "政府采购支出总额50.00万元，其中：货物10.00万元、工程0万元、服务40.00万元。授予中小企业合同金额40.00万元，占80.00%，其中：授予小微企业合同金额30.00万元，占75.00%。";
    out.add(amount(FINAL_PROCUREMENT_TOTAL, ClaimMeasure.AMOUNT, "50.00", s, 114));
    out.add(amount(FINAL_PROCUREMENT_GOODS, ClaimMeasure.AMOUNT, "10.00", s, 114));
    out.add(amount(FINAL_PROCUREMENT_WORKS, ClaimMeasure.AMOUNT, "0.00", s, 114));
    out.add(amount(FINAL_PROCUREMENT_SERVICES, ClaimMeasure.AMOUNT, "40.00", s, 114));
    out.add(amount(FINAL_PROCUREMENT_SME, ClaimMeasure.AMOUNT, "40.00", s, 114));
    out.add(number(FINAL_PROCUREMENT_SME, ClaimMeasure.SHARE, "80.00", s, 114));
    out.add(amount(FINAL_PROCUREMENT_SMALL_MICRO, ClaimMeasure.AMOUNT, "30.00", s, 114));
    out.add(number(FINAL_PROCUREMENT_SMALL_MICRO, ClaimMeasure.SHARE, "75.00", s, 114));
    s = "共有车辆2辆，其中：主要领导干部用车1辆、其他用车1辆。";
    out.add(count(FINAL_VEHICLES, null, 2, s, 115));
    out.add(count(FINAL_VEHICLES_BY_CATEGORY, "主要领导干部用车", 1, s, 115));
    out.add(count(FINAL_VEHICLES_BY_CATEGORY, "其他用车", 1, s, 115));
    return List.copyOf(out);
  }

  /** A claim of an amount measure. */
  public static NarrativeClaim amount(ClaimSubject s, ClaimMeasure m, String amount, String text, int line) {
    return ImmutableNarrativeClaim.builder().subject(s).measure(m).amount(WanYuan.parse(amount))
        .sourceText(text).sourceLine(line).build();
  }

  static NarrativeClaim change(ClaimSubject s, String amount, String text, int line) {
    WanYuan a = WanYuan.parse(amount);
    return ImmutableNarrativeClaim.builder().subject(s).measure(ClaimMeasure.CHANGE).amount(a)
        .direction(ChangeDirection.ofSign(a.signum())).sourceText(text).sourceLine(line).build();
  }

  static NarrativeClaim rate(ClaimSubject s, String number, String text, int line) {
    BigDecimal n = new BigDecimal(number);
    return ImmutableNarrativeClaim.builder().subject(s).measure(ClaimMeasure.GROWTH_RATE).number(n)
        .direction(ChangeDirection.ofSign(n.signum())).sourceText(text).sourceLine(line).build();
  }

  /** A claim of a number measure (share, completion rate). */
  public static NarrativeClaim number(ClaimSubject s, ClaimMeasure m, String number, String text, int line) {
    return ImmutableNarrativeClaim.builder().subject(s).measure(m).number(new BigDecimal(number))
        .sourceText(text).sourceLine(line).build();
  }

  static NarrativeClaim count(ClaimSubject s, String qualifier, long n, String text, int line) {
    return ImmutableNarrativeClaim.builder().subject(s).measure(ClaimMeasure.COUNT).qualifier(Optional.ofNullable(qualifier))
        .count(n).unitWord("辆").sourceText(text).sourceLine(line).build();
  }

  /** A statement of none. */
  public static NarrativeClaim none(ClaimSubject s, String text, int line) {
    return ImmutableNarrativeClaim.builder().subject(s).measure(ClaimMeasure.NONE).sourceText(text).sourceLine(line).build();
  }

  static NarrativeClaim q(NarrativeClaim c, String qualifier) {
    return ImmutableNarrativeClaim.copyOf(c).withQualifier(qualifier);
  }

  static NarrativeClaim cls(NarrativeClaim c, String name, String code) {
    return ImmutableNarrativeClaim.copyOf(c).withQualifier(name).withFunctionCode(FunctionCode.parse(code));
  }

  static NarrativeClaim item(NarrativeClaim c, String code, String... names) {
    return ImmutableNarrativeClaim.copyOf(c).withQualifier(String.join("/", names))
        .withFunctionCode(FunctionCode.parse(code)).withFunctionNames(names);
  }
}
