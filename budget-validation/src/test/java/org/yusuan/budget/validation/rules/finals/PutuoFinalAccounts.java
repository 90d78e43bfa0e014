package org.yusuan.budget.validation.rules.finals;

import static org.yusuan.budget.table.AmountColumn.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.classification.DepartmentEconomicCode;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ImmutableEconomicRow;
import org.yusuan.budget.table.ImmutableThreePublicRow;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TableLayout;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.template.DocumentKind;
import org.yusuan.budget.template.ImmutableTableProfile;
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.template.TableSpec;

/**
 * The 2024 部门决算 of 上海市普陀区财政局 (PT in /work/tools/J-corpus-notes.md) as a model, from the
 * figures printed in its text: F1, F2, F3, F4, F5 and F7 exactly as printed (the 326.71 / 326.72 of 类 208
 * included), F8 and F9 declared 本表无数据. F6 keeps the printed class totals and the 301 / 303 款 amounts;
 * its 302 and 310 款 are reduced to two illustrative rows (the printed 12 款 of 302 add to 171.09, not 171.07).
 */
public final class PutuoFinalAccounts {
  private PutuoFinalAccounts() {}

  public static final List<AmountColumn> F1_COLUMNS = List.of(TOTAL);
  public static final List<AmountColumn> F2_COLUMNS = List.of(TOTAL, FISCAL_APPROPRIATION, SUPERIOR_SUBSIDY, BUSINESS_INCOME,
      OPERATING_INCOME, AFFILIATE_REMITTANCE, OTHER_INCOME);
  public static final List<AmountColumn> F3_COLUMNS = List.of(TOTAL, BASIC, PROJECT, REMIT_TO_SUPERIOR, OPERATING_EXPENSE,
      AFFILIATE_SUBSIDY);
  public static final List<AmountColumn> F4_COLUMNS = List.of(TOTAL, GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL);
  public static final List<AmountColumn> F5_COLUMNS = List.of(TOTAL, BASIC, PROJECT);
  public static final List<AmountColumn> F6_COLUMNS = List.of(FINAL);
  public static final List<AmountColumn> F7_COLUMNS = List.of(BUDGETED, FINAL);
  public static final List<AmountColumn> FUND_COLUMNS = List.of(OPENING_BALANCE, CURRENT_INCOME, TOTAL, BASIC, PROJECT,
      CLOSING_BALANCE);
  public static final List<AmountColumn> F10_COLUMNS = List.of(TOTAL, BASIC, PROJECT, CAPITAL_CONSTRUCTION);

  /** A 决算 template as a profile built in code (the reader's template JSON is written elsewhere). */
  public static final TableProfile PROFILE = ImmutableTableProfile.builder().name("final-accounts-test")
      .kind(DocumentKind.FINAL_ACCOUNTS)
      .addTables(spec(TableId.F1, "收入支出决算总表", TableLayout.SUMMARY, F1_COLUMNS, true),
          spec(TableId.F2, "收入决算表", TableLayout.FUNCTION, F2_COLUMNS, true),
          spec(TableId.F3, "支出决算表", TableLayout.FUNCTION, F3_COLUMNS, true),
          spec(TableId.F4, "财政拨款收入支出决算总表", TableLayout.SUMMARY, F4_COLUMNS, true),
          spec(TableId.F5, "一般公共预算财政拨款支出决算表", TableLayout.FUNCTION, F5_COLUMNS, true),
          spec(TableId.F6, "一般公共预算财政拨款基本支出决算表", TableLayout.ECONOMIC, F6_COLUMNS, true),
          spec(TableId.F7, "财政拨款“三公”经费支出决算表", TableLayout.THREE_PUBLIC, F7_COLUMNS, true),
          spec(TableId.F8, "政府性基金预算财政拨款收入支出决算表", TableLayout.FUNCTION, FUND_COLUMNS, true),
          spec(TableId.F9, "国有资本经营预算财政拨款收入支出决算表", TableLayout.FUNCTION, FUND_COLUMNS, true),
          spec(TableId.F10, "财政拨款支出决算表", TableLayout.FUNCTION, F10_COLUMNS, false))
      .build();

  public static TableSpec spec(TableId id, String title, TableLayout layout, List<AmountColumn> columns, boolean required) {
    return TableSpec.of(id, title, layout, columns, required);
  }

  public static CategoryRow cat(String name, String code, String... cells) {
    return CategoryRow.of(name, code == null ? Optional.empty() : Optional.of(FunctionCode.parse(code)), cells);
  }

  public static final String[][] F5_ROWS = {
      {"201", "一般公共服务支出", "2106.66", "1503.52", "603.14"},
      {"20106", "财政事务", "2106.66", "1503.52", "603.14"},
      {"2010601", "行政运行", "1511.89", "1503.52", "8.37"},
      {"2010602", "一般行政管理事务", "10.00", "", "10.00"},
      {"2010607", "信息化建设", "135.25", "", "135.25"},
      {"2010608", "财政委托业务支出", "449.52", "", "449.52"},
      {"208", "社会保障和就业支出", "326.72", "326.72", ""},
      {"20805", "行政事业单位养老支出", "326.72", "326.72", ""},
      {"2080501", "行政单位离退休", "84.65", "84.65", ""},
      {"2080505", "机关事业单位基本养老保险缴费支出", "160.75", "160.75", ""},
      {"2080506", "机关事业单位职业年金缴费支出", "80.38", "80.38", ""},
      {"2080599", "其他行政事业单位养老支出", "0.94", "0.94", ""},
      {"210", "卫生健康支出", "60.99", "60.99", ""},
      {"21011", "行政事业单位医疗", "60.99", "60.99", ""},
      {"2101101", "行政单位医疗", "60.99", "60.99", ""},
      {"221", "住房保障支出", "445.69", "445.69", ""},
      {"22102", "住房改革支出", "445.69", "445.69", ""},
      {"2210201", "住房公积金", "187.19", "187.19", ""},
      {"2210203", "购房补贴", "258.50", "258.50", ""}};

  /** 收入决算表: 合计, 财政拨款收入, (上级补助, 事业, 经营, 附属 blank), 其他收入. */
  public static final String[][] F2_ROWS = {
      {"201", "一般公共服务支出", "2112.86", "2106.66", "6.20"},
      {"20106", "财政事务", "2112.86", "2106.66", "6.20"},
      {"2010601", "行政运行", "1511.90", "1511.89", "0.01"},
      {"2010602", "一般行政管理事务", "16.19", "10.00", "6.19"},
      {"2010607", "信息化建设", "135.25", "135.25", ""},
      {"2010608", "财政委托业务支出", "449.52", "449.52", ""},
      {"208", "社会保障和就业支出", "326.72", "326.72", ""},
      {"20805", "行政事业单位养老支出", "326.72", "326.72", ""},
      {"2080501", "行政单位离退休", "84.65", "84.65", ""},
      {"2080505", "机关事业单位基本养老保险缴费支出", "160.75", "160.75", ""},
      {"2080506", "机关事业单位职业年金缴费支出", "80.38", "80.38", ""},
      {"2080599", "其他行政事业单位养老支出", "0.94", "0.94", ""},
      {"210", "卫生健康支出", "60.99", "60.99", ""},
      {"21011", "行政事业单位医疗", "60.99", "60.99", ""},
      {"2101101", "行政单位医疗", "60.99", "60.99", ""},
      {"221", "住房保障支出", "445.69", "445.69", ""},
      {"22102", "住房改革支出", "445.69", "445.69", ""},
      {"2210201", "住房公积金", "187.19", "187.19", ""},
      {"2210203", "购房补贴", "258.50", "258.50", ""}};

  public static SummaryTable f1() {
    return SummaryTable.builder(PROFILE.requireSpec(TableId.F1))
        .addIncomeRows(IncomeRow.of("一、一般公共预算财政拨款收入", "2,940.05"),
            IncomeRow.of("二、政府性基金预算财政拨款收入", ""), IncomeRow.of("三、国有资本经营预算财政拨款收入", ""),
            IncomeRow.of("四、上级补助收入", ""), IncomeRow.of("五、事业收入", ""), IncomeRow.of("六、经营收入", ""),
            IncomeRow.of("七、附属单位上缴收入", ""), IncomeRow.of("八、其他收入", "6.20"),
            IncomeRow.of("使用非财政拨款结余（含专用结余）", ""))
        .addCategoryRows(cat("一、一般公共服务支出", "201", "2,106.66"), cat("二、外交支出", "202", ""),
            cat("八、社会保障和就业支出", "208", "326.71"), cat("九、卫生健康支出", "210", "60.99"),
            cat("十九、住房保障支出", "221", "445.69"), cat("结余分配", null, ""))
        .currentYearTotal(SummaryLine.of("本年收入合计", "2,946.25", "本年支出合计", "2,940.05"))
        .carryOver(SummaryLine.of("年初结转和结余", "49.14", "年末结转和结余", "55.34"))
        .grandTotal(SummaryLine.of("总计", "2,995.39", "总计", "2,995.39"))
        .build();
  }

  public static SummaryTable f4() {
    return SummaryTable.builder(PROFILE.requireSpec(TableId.F4))
        .addIncomeRows(IncomeRow.of("一、一般公共预算财政拨款", "2,940.05"), IncomeRow.of("二、政府性基金预算财政拨款", ""),
            IncomeRow.of("三、国有资本经营预算财政拨款", ""))
        .addCategoryRows(cat("一、一般公共服务支出", "201", "2,106.66", "2,106.66", "", ""),
            cat("八、社会保障和就业支出", "208", "326.71", "326.71", "", ""),
            cat("九、卫生健康支出", "210", "60.99", "60.99", "", ""),
            cat("十九、住房保障支出", "221", "445.69", "445.69", "", ""))
        .currentYearTotal(SummaryLine.of("本年收入合计", "2,940.05", "本年支出合计", "2,940.05", "2,940.05", "", ""))
        .carryOver(SummaryLine.of("年初财政拨款结转和结余", "21.63", "年末财政拨款结转和结余", "21.63", "21.63", "", ""))
        .addCarryOverByFund(IncomeRow.of("一、一般公共预算财政拨款", "21.63"), IncomeRow.of("二、政府性基金预算财政拨款", ""),
            IncomeRow.of("三、国有资本经营预算财政拨款", ""))
        .grandTotal(SummaryLine.of("总计", "2,961.68", "总计", "2,961.68", "2,961.68", "", ""))
        .build();
  }

  public static FunctionTable function(TableId id, String[][] rows, int width, TotalRow total) {
    var b = FunctionTable.builder(PROFILE.requireSpec(id)).total(total);
    for (String[] r : rows) {
      String[] cells = new String[width];
      for (int i = 0; i < width; i++) {
        cells[i] = 2 + i < r.length ? r[2 + i] : "";
      }
      b.addRows(FunctionRow.of(r[0], r[1], cells));
    }
    return b.build();
  }

  /** F2 rows print 合计, 财政拨款 then 其他收入 last: spread them over the seven columns. */
  public static String[][] f2Rows() {
    String[][] out = new String[F2_ROWS.length][];
    for (int i = 0; i < F2_ROWS.length; i++) {
      String[] r = F2_ROWS[i];
      out[i] = new String[] {r[0], r[1], r[2], r[3], "", "", "", "", r[4]};
    }
    return out;
  }

  public static EconomicRow econ(CodeLevel level, String code, String name, String amount) {
    return ImmutableEconomicRow.builder().level(level).departmentName(name)
        .departmentCode(DepartmentEconomicCode.parse(code)).cells(AmountCell.parseAll(amount)).build();
  }

  public static EconomicTable f6() {
    CodeLevel c = CodeLevel.CLASS;
    CodeLevel s = CodeLevel.SECTION;
    return EconomicTable.builder(PROFILE.requireSpec(TableId.F6)).addRows(
        econ(c, "301", "工资福利支出", "2,082.85"), econ(s, "30101", "基本工资", "262.33"),
        econ(s, "30102", "津贴补贴", "1,238.58"), econ(s, "30108", "机关事业单位基本养老保险缴费", "160.75"),
        econ(s, "30109", "职业年金缴费", "80.38"), econ(s, "30110", "职工基本医疗保险缴费", "60.99"),
        econ(s, "30112", "其他社会保障缴费", "1.61"), econ(s, "30113", "住房公积金", "187.19"),
        econ(s, "30199", "其他工资福利支出", "91.03"),
        econ(c, "302", "商品和服务支出", "171.07"), econ(s, "30201", "办公费", "50.00"),
        econ(s, "30217", "公务接待费", ""), econ(s, "30299", "其他商品和服务支出", "121.07"),
        econ(c, "303", "对个人和家庭的补助", "69.41"), econ(s, "30302", "退休费", "69.10"),
        econ(s, "30309", "奖励金", "0.31"),
        econ(c, "310", "资本性支出", "13.58"), econ(s, "31002", "办公设备购置", "13.58")).build();
  }

  public static ThreePublicRow item(String label, ThreePublicItem item, String budgeted, String fin) {
    return ImmutableThreePublicRow.builder().printedLabel(label).item(item)
        .cells(AmountCell.parseAll(budgeted, fin)).build();
  }

  public static ThreePublicTable f7() {
    return ThreePublicTable.builder(PROFILE.requireSpec(TableId.F7)).addRows(
        item("因公出国（境）费", ThreePublicItem.OVERSEAS_TRAVEL, "", ""),
        item("公务用车购置及运行费", ThreePublicItem.VEHICLES, "", ""),
        item("公务用车购置费", ThreePublicItem.VEHICLE_PURCHASE, "", ""),
        item("公务用车运行费", ThreePublicItem.VEHICLE_OPERATION, "", ""),
        item("公务接待费", ThreePublicItem.OFFICIAL_RECEPTION, "0.95", ""))
        .total(TotalRow.of("合计", "0.95", "")).build();
  }

  public static FunctionTable emptyFund(TableId id) {
    return FunctionTable.builder(PROFILE.requireSpec(id)).declaredEmpty(true)
        .total(TotalRow.of("合计", "", "", "", "", "", "")).build();
  }

  /** The PT 决算 model. */
  public static DepartmentBudget budget() {
    return ImmutableDepartmentBudget.builder().departmentName("上海市普陀区财政局").budgetYear(2024).profile(PROFILE)
        .addSummaryTables(f1(), f4())
        .addFunctionTables(
            function(TableId.F2, f2Rows(), 7, TotalRow.of("合计", "2,946.25", "2,940.05", "", "", "", "", "6.20")),
            function(TableId.F3, F5_ROWS, 6, TotalRow.of("合计", "2,940.05", "2,336.91", "603.14", "", "", "")),
            function(TableId.F5, F5_ROWS, 3, TotalRow.of("合计", "2,940.05", "2,336.91", "603.14")),
            emptyFund(TableId.F8), emptyFund(TableId.F9))
        .addEconomicTables(f6())
        .addThreePublicTables(f7())
        .build();
  }

  /** A printed F10 (財政拨款支出决算表, as a university prints it) of one 项 with 基本建设资金支出. */
  public static final UnaryOperator<DepartmentBudget> WITH_F10 = b -> ImmutableDepartmentBudget.copyOf(b)
      .withFunctionTables(with(b.functionTables(), function(TableId.F10, new String[][] {
          {"201", "一般公共服务支出", "135.25", "", "135.25", "100.00"},
          {"20106", "财政事务", "135.25", "", "135.25", "100.00"},
          {"2010607", "信息化建设", "135.25", "", "135.25", "100.00"}}, 4,
          TotalRow.of("合计", "135.25", "", "135.25", "100.00"))));

  /** A printed F8 with data (its own 基金 类 212), replacing the empty one. */
  public static final UnaryOperator<DepartmentBudget> WITH_F8 = b -> ImmutableDepartmentBudget.copyOf(b)
      .withFunctionTables(with(b.functionTables(), function(TableId.F8, new String[][] {
          {"212", "城乡社区支出", "5.00", "10.00", "12.00", "", "12.00", "3.00"},
          {"21208", "国有土地使用权出让收入安排的支出", "5.00", "10.00", "12.00", "", "12.00", "3.00"},
          {"2120801", "征地和拆迁补偿支出", "5.00", "10.00", "12.00", "", "12.00", "3.00"}}, 6,
          TotalRow.of("合计", "5.00", "10.00", "12.00", "", "12.00", "3.00"))));

  /** {@code tables} with {@code t} in place of the table of its id, or added. */
  public static List<FunctionTable> with(List<FunctionTable> tables, FunctionTable t) {
    List<FunctionTable> out = new ArrayList<>();
    boolean replaced = false;
    for (FunctionTable x : tables) {
      if (x.id().equals(t.id())) {
        out.add(t);
        replaced = true;
      } else {
        out.add(x);
      }
    }
    if (!replaced) {
      out.add(t);
    }
    return out;
  }
}
