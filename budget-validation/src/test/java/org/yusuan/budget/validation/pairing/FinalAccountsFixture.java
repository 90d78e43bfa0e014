package org.yusuan.budget.validation.pairing;

import static org.yusuan.budget.table.AmountColumn.BASIC;
import static org.yusuan.budget.table.AmountColumn.BUDGETED;
import static org.yusuan.budget.table.AmountColumn.FINAL;
import static org.yusuan.budget.table.AmountColumn.GENERAL_BUDGET;
import static org.yusuan.budget.table.AmountColumn.GOVERNMENT_FUND;
import static org.yusuan.budget.table.AmountColumn.PROJECT;
import static org.yusuan.budget.table.AmountColumn.STATE_CAPITAL;
import static org.yusuan.budget.table.AmountColumn.TOTAL;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.Seed003Model;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TableLayout;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.template.DocumentKind;
import org.yusuan.budget.template.ImmutableTableProfile;
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.template.TableSpec;

/**
 * A hand-built 决算 of 泽州县自然资源局 for 2025 whose 预算数 are seed-003's (the 预算, {@link
 * Seed003Model#budget()}): F4 with a 预算数 column, F5 with 预算数 beside the 决算 合计/基本/项目, F7 with
 * 预算数/决算数 and a 机关运行经费 row. Built in code with a FINAL_ACCOUNTS profile of its own.
 */
final class FinalAccountsFixture {
  private FinalAccountsFixture() {}

  static final TableSpec F4 = TableSpec.of(TableId.F4, "财政拨款收入支出决算总表", TableLayout.SUMMARY,
      List.of(BUDGETED, TOTAL, GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL), true);
  static final TableSpec F5 = TableSpec.of(TableId.F5, "一般公共预算财政拨款支出决算表", TableLayout.FUNCTION,
      List.of(BUDGETED, TOTAL, BASIC, PROJECT), true);
  /** F5 as a template without 预算数 prints it (PT's). */
  static final TableSpec F5_WITHOUT_BUDGETED = TableSpec.of(TableId.F5, "一般公共预算财政拨款支出决算表",
      TableLayout.FUNCTION, List.of(TOTAL, BASIC, PROJECT), true);
  static final TableSpec F7 = TableSpec.of(TableId.F7, "财政拨款“三公”经费支出决算表", TableLayout.THREE_PUBLIC,
      List.of(BUDGETED, FINAL), true);

  static TableProfile profile(TableSpec f5) {
    return ImmutableTableProfile.builder().name("test-final").kind(DocumentKind.FINAL_ACCOUNTS)
        .addTables(F4, f5, F7).build();
  }

  /** The 预算: seed-003. */
  static DepartmentBudget budget() {
    return Seed003Model.budget();
  }

  /** The consistent 决算. */
  static DepartmentBudget finalAccounts() {
    return builder().build();
  }

  /** A builder of the consistent 决算, to replace a table or the name. */
  static ImmutableDepartmentBudget.Builder builder() {
    return ImmutableDepartmentBudget.builder()
        .departmentName(Seed003Model.DEPARTMENT)
        .budgetYear(2025)
        .profile(profile(F5))
        .addSummaryTables(f4("13487.42"))
        .addFunctionTables(f5(f5Rows()))
        .addThreePublicTables(f7(threePublic("", "", "", "", "", "85.07")));
  }

  /** F4 with this 本年支出合计 预算数. */
  static SummaryTable f4(String budgeted) {
    return SummaryTable.builder(F4)
        .addIncomeRows(IncomeRow.of("一、一般公共预算财政拨款", "5400.00"),
            IncomeRow.of("二、政府性基金预算财政拨款", "7500.00"))
        .currentYearTotal(SummaryLine.of("本年收入合计", "12900.00", "本年支出合计",
            budgeted, "13386.87", "5886.87", "7500.00", ""))
        .build();
  }

  /** Seed-003's 表五 as F5 rows: 预算数 = 表五 合计; 决算 合计 a little below, all 基本 but 2200199. */
  static List<FunctionRow> f5Rows() {
    String[][] t5 = {
        {"208", "社会保障和就业支出", "667.92"}, {"20805", "行政事业单位养老支出", "667.92"},
        {"2080501", "行政单位离退休", "118.60"}, {"2080505", "机关事业单位基本养老保险缴费支出", "366.21"},
        {"2080506", "机关事业单位职业年金缴费支出", "183.11"}, {"210", "卫生健康支出", "227.32"},
        {"21007", "计划生育事务", "1.98"}, {"2100799", "其他计划生育事务支出", "1.98"},
        {"21011", "行政事业单位医疗", "225.34"}, {"2101101", "行政单位医疗", "217.44"},
        {"2101199", "其他行政事业单位医疗支出", "7.90"}, {"220", "自然资源海洋气象等支出", "4222.91"},
        {"22001", "自然资源事务", "4222.91"}, {"2200101", "行政运行", "2672.43"},
        {"2200199", "其他自然资源事务支出", "1550.47"}, {"221", "住房保障支出", "319.23"},
        {"22102", "住房改革支出", "319.23"}, {"2210201", "住房公积金", "319.23"},
        {"222", "粮油物资储备支出", "63.50"}, {"22201", "粮油物资事务", "63.50"}, {"2220101", "行政运行", "63.50"}};
    List<FunctionRow> rows = new ArrayList<>();
    for (String[] r : t5) {
      boolean project = r[0].startsWith("220");
      rows.add(FunctionRow.of(r[0], r[1], r[2], r[2], project ? "" : r[2], project ? r[2] : ""));
    }
    return rows;
  }

  static FunctionTable f5(List<FunctionRow> rows) {
    return FunctionTable.builder(F5).total(TotalRow.of("合计", "5500.87", "5500.87", "3950.40", "1550.47"))
        .rows(rows).build();
  }

  /** F7 with these 预算数: 出国, 接待, 车辆, ①购置, ②运行, 机关运行经费; 合计 = 出国 + 接待 + 车辆 as printed. */
  static ThreePublicTable f7(List<ThreePublicRow> rows) {
    return ThreePublicTable.builder(F7).rows(rows).total(TotalRow.of("合计", "", "")).build();
  }

  static List<ThreePublicRow> threePublic(String overseas, String reception, String vehicles, String purchase,
      String operation, String operatingCosts) {
    return List.of(
        ThreePublicRow.of("因公出国（境）费", overseas, ""),
        ThreePublicRow.of("公务接待费", reception, ""),
        ThreePublicRow.of("公务用车购置及运行费", vehicles, ""),
        ThreePublicRow.of("①公务用车购置费", purchase, ""),
        ThreePublicRow.of("②公务用车运行维护费", operation, ""),
        ThreePublicRow.of("机关运行经费", operatingCosts, "80.00"));
  }
}
