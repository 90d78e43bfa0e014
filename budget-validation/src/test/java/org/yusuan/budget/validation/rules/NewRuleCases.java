package org.yusuan.budget.validation.rules;

import static org.yusuan.budget.table.AmountColumn.PERSONNEL;
import static org.yusuan.budget.table.AmountColumn.PROJECT;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.Mutate.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.performance.DepartmentFundingLine;
import org.yusuan.budget.performance.DepartmentPerformanceSheet;
import org.yusuan.budget.performance.DirectionFundingLine;
import org.yusuan.budget.performance.FundingLine;
import org.yusuan.budget.performance.ImmutableDepartmentPerformanceSheet;
import org.yusuan.budget.performance.ImmutableFundingBlock;
import org.yusuan.budget.performance.ImmutableProjectPerformanceSheet;
import org.yusuan.budget.performance.ImmutableSheetFooter;
import org.yusuan.budget.performance.Indicator;
import org.yusuan.budget.performance.PrintedAmount;
import org.yusuan.budget.performance.ProjectPerformanceSheet;
import org.yusuan.budget.performance.StaffCount;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.table.ImmutableEconomicRow;
import org.yusuan.budget.table.ImmutableEconomicTable;
import org.yusuan.budget.table.ImmutableFunctionRow;
import org.yusuan.budget.table.ImmutableFunctionTable;
import org.yusuan.budget.table.ImmutableUnitAmountTable;
import org.yusuan.budget.table.ProjectGroup;
import org.yusuan.budget.table.ProjectRow;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.UnitAmountRow;
import org.yusuan.budget.table.UnitAmountTable;
import org.yusuan.budget.validation.rules.StandardRulesTest.Case;

/**
 * Cases of the C-, P- and S-rules: a correct model (seed 003 with clean sheets where the rule is
 * about sheets) and a model broken in one place.
 */
final class NewRuleCases {
  private NewRuleCases() {}

  // ------------------------------------------------------------------ clean sheets

  /** A clean sheet for a 表十二 project: both halves = the project amount, every indicator type. */
  static ProjectPerformanceSheet cleanSheet(String name, String unit, WanYuan amount) {
    String yuan = amount.toYuan().stripTrailingZeros().toPlainString();
    return ImmutableProjectPerformanceSheet.builder()
        .projectName(name)
        .supervisingDepartment("080-泽州县自然资源局")
        .implementingUnit(unit)
        .projectAttribute("一次性项目(1年结束)")
        .projectPeriod("1年")
        .fundingUnit(MoneyUnit.YUAN)
        .implementationFunding(block("实施期资金总额", yuan))
        .annualFunding(block("年度资金总额", yuan))
        .addImplementationIndicators(
            Indicator.of("产出指标", "数量指标", "完成项目", "1个"),
            Indicator.of("产出指标", "质量指标", "验收合格率", "100%"),
            Indicator.of("产出指标", "时效指标", "完成时间", "2025年12月"),
            Indicator.of("产出指标", "成本指标", "项目总投资", "≤" + amount + "万元"),
            Indicator.of("效益指标", "社会效益指标", "服务水平", "提升"),
            Indicator.of("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"))
        .footer(ImmutableSheetFooter.builder().filledDate("20250115103000").build())
        .build();
  }

  static ImmutableFundingBlock block(String label, String yuan) {
    return ImmutableFundingBlock.builder().totalLabel(label).total(PrintedAmount.parse(yuan, MoneyUnit.YUAN))
        .addSources(FundingLine.of("中央财政资金", PrintedAmount.parse("0", MoneyUnit.YUAN)))
        .addSources(FundingLine.of("省级财政资金", PrintedAmount.parse("0", MoneyUnit.YUAN)))
        .addSources(FundingLine.of("市县(区)财政资金", PrintedAmount.parse(yuan, MoneyUnit.YUAN)))
        .addSources(FundingLine.of("单位自筹", PrintedAmount.parse("0", MoneyUnit.YUAN)))
        .addSources(FundingLine.of("其他资金", PrintedAmount.parse("", MoneyUnit.YUAN)))
        .build();
  }

  /** One clean sheet per 表十二 project, and a clean department-wide sheet. */
  static final UnaryOperator<DepartmentBudget> CLEAN = b -> {
    ProjectTable t12 = b.tablesById().projectTable(TableId.T12).orElse(null);
    List<ProjectPerformanceSheet> sheets = new ArrayList<>();
    for (ProjectGroup g : t12.groups()) {
      for (ProjectRow r : g.projects()) {
        sheets.add(cleanSheet(r.printedName(), g.unitName().get(), r.cells().get(0).amountOrZero()));
      }
    }
    return ImmutableDepartmentBudget.copyOf(b).withProjectSheets(sheets).withDepartmentSheet(departmentSheet());
  };

  static DepartmentPerformanceSheet departmentSheet() {
    return ImmutableDepartmentPerformanceSheet.builder()
        .department("080-泽州县自然资源局")
        .fundingUnit(MoneyUnit.WAN_YUAN)
        .sourceTotal(PrintedAmount.parse("13000.87", MoneyUnit.WAN_YUAN))
        .addSources(DepartmentFundingLine.of("一般公共预算资金", PrintedAmount.parse("5500.87", MoneyUnit.WAN_YUAN)))
        .addSources(DepartmentFundingLine.of("政府性基金预算资金", PrintedAmount.parse("7500.00", MoneyUnit.WAN_YUAN)))
        .directionTotal(PrintedAmount.parse("13000.87", MoneyUnit.WAN_YUAN))
        .addDirections(DirectionFundingLine.of("基本支出", PrintedAmount.parse("3950.40", MoneyUnit.WAN_YUAN)))
        .addDirections(DirectionFundingLine.of("项目支出", PrintedAmount.parse("9050.47", MoneyUnit.WAN_YUAN)))
        .addCounts(StaffCount.of("核定的人员编制数", "100人"), StaffCount.of("实际在职人员总数", "90人"),
            StaffCount.of("在编人员数", "85人"), StaffCount.of("其他人员数", "5人"),
            StaffCount.of("所属预算单位数", "1个"), StaffCount.of("行政编制数", "60人"),
            StaffCount.of("事业编制数", "40人"), StaffCount.of("行政人员", "50人"), StaffCount.of("事业人员", "40人"))
        .build();
  }

  /** Replaces the sheet of {@code project} by {@code change} of it. */
  static UnaryOperator<DepartmentBudget> sheet(String project,
      UnaryOperator<ImmutableProjectPerformanceSheet> change) {
    return b -> {
      List<ProjectPerformanceSheet> out = new ArrayList<>();
      for (ProjectPerformanceSheet s : b.projectSheets()) {
        out.add(s.projectName().equals(java.util.Optional.of(project))
            ? change.apply(ImmutableProjectPerformanceSheet.copyOf(s)) : s);
      }
      return ImmutableDepartmentBudget.copyOf(b).withProjectSheets(out);
    };
  }

  static UnaryOperator<DepartmentBudget> dropSheet(String project) {
    return b -> {
      List<ProjectPerformanceSheet> out = new ArrayList<>();
      for (ProjectPerformanceSheet s : b.projectSheets()) {
        if (!s.projectName().equals(java.util.Optional.of(project))) {
          out.add(s);
        }
      }
      return ImmutableDepartmentBudget.copyOf(b).withProjectSheets(out);
    };
  }

  static UnaryOperator<ImmutableProjectPerformanceSheet> indicator(String name, String value) {
    return s -> {
      List<Indicator> out = new ArrayList<>();
      for (Indicator i : s.implementationIndicators()) {
        out.add(i.name().equals(java.util.Optional.of(name))
            ? Indicator.of(i.level1().get().label(), i.level2().get().label(), name, value) : i);
      }
      return s.withImplementationIndicators(out);
    };
  }

  static UnaryOperator<DepartmentBudget> dept(UnaryOperator<ImmutableDepartmentPerformanceSheet> change) {
    return b -> ImmutableDepartmentBudget.copyOf(b)
        .withDepartmentSheet(change.apply(ImmutableDepartmentPerformanceSheet.copyOf(b.departmentSheet().get())));
  }

  static UnaryOperator<ImmutableDepartmentPerformanceSheet> count(String label, String value) {
    return s -> {
      List<StaffCount> out = new ArrayList<>();
      for (StaffCount c : s.counts()) {
        out.add(c.label().equals(label) ? StaffCount.of(label, value) : c);
      }
      return s.withCounts(out);
    };
  }

  // ------------------------------------------------------------------ table helpers

  static UnaryOperator<DepartmentBudget> renameFunction(TableId id, String code, String name) {
    return b -> {
      FunctionTable t = b.tablesById().functionTable(id).orElse(null);
      List<FunctionRow> rows = new ArrayList<>();
      for (FunctionRow r : t.rows()) {
        rows.add(r.printedCode().equals(code) ? ImmutableFunctionRow.copyOf(r).withPrintedName(name) : r);
      }
      return replaceFunction(b, ImmutableFunctionTable.copyOf(t).withRows(rows));
    };
  }

  static UnaryOperator<DepartmentBudget> governmentName(String department, String government) {
    return b -> {
      EconomicTable t = b.tablesById().economicTable(TableId.T6).orElse(null);
      List<EconomicRow> rows = new ArrayList<>();
      for (EconomicRow r : t.rows()) {
        rows.add(r.departmentName().equals(department)
            ? ImmutableEconomicRow.copyOf(r).withGovernmentName(government) : r);
      }
      return ImmutableDepartmentBudget.copyOf(b).withEconomicTables(ImmutableEconomicTable.copyOf(t).withRows(rows));
    };
  }

  static final UnaryOperator<DepartmentBudget> SECOND_UNIT = b -> {
    UnitAmountTable t = b.tablesById().unitAmountTable(TableId.T11).orElse(null);
    List<UnitAmountRow> rows = new ArrayList<>(t.rows());
    rows.add(UnitAmountRow.of("泽州县不动产登记中心", "", "", "", ""));
    return ImmutableDepartmentBudget.copyOf(b).withUnitAmountTables(ImmutableUnitAmountTable.copyOf(t).withRows(rows));
  };

  static Case c(String rule, UnaryOperator<DepartmentBudget> good, UnaryOperator<DepartmentBudget> broken,
      String table, String row) {
    return new Case(rule, good, broken, table, row, false);
  }

  static Case info(String rule, UnaryOperator<DepartmentBudget> good, UnaryOperator<DepartmentBudget> broken,
      String table, String row) {
    return new Case(rule, good, broken, table, row, true);
  }

  static final UnaryOperator<DepartmentBudget> ID = UnaryOperator.identity();
  static final String YS = "遗属补贴";

  static Stream<Case> cases() {
    return Stream.of(
        c("C1", ID, recode(TableId.T5, "220", "288"), "T5", "288"),
        c("C2", ID, renameFunction(TableId.T2, "2080505", "机关事业单位职业年金缴费支出"), "T2", "2080505"),
        c("C3", governmentName("绩效工资", "工资奖金津补贴"), governmentName("基本工资", "办公经费"), "T6", "基本工资|办公经费"),
        c("C4", ID, recode(TableId.T5, "2080501", "2089901"), "T5", "2089901"),
        c("P1", CLEAN, sheet(YS, s -> s.withAnnualFunding(ImmutableFundingBlock.copyOf(block("年度资金总额", "49728"))
            .withTotal(PrintedAmount.parse("50000", MoneyUnit.YUAN)))), "P", YS),
        c("P2", CLEAN, sheet(YS, s -> s.withAnnualFunding(block("年度资金总额", "0"))), "P", YS),
        c("P3", CLEAN, sheet(YS, s -> s.withAnnualFunding(block("年度资金总额", "39728"))), "P", YS),
        c("P4", CLEAN, dropSheet(YS), "T12", YS),
        info("P5", CLEAN, sheet(YS, s -> s.withProjectName("遗属补助")), "P", "遗属补助"),
        c("P6", CLEAN, sheet(YS, s -> s.withImplementingUnit("泽州县林业局")), "P", YS),
        c("P7", CLEAN, sheet(YS, s -> s.withImplementationIndicators(s.implementationIndicators().subList(0, 3))),
            "P", YS),
        c("P8", CLEAN, sheet(YS, indicator("群众满意度", "≥100%")), "P", YS),
        c("P9", CLEAN, sheet(YS, indicator("项目总投资", "≥4.97万元")), "P", YS),
        c("P10", CLEAN, sheet(YS, s -> s.withProjectPeriod("3年")), "P", YS),
        c("P11", CLEAN, sheet(YS, s -> s.withFooter(ImmutableSheetFooter.builder().filledDate("20231214152313")
            .build())), "P", YS),
        c("P12", CLEAN, sheet(YS, s -> s.withSupervisingDepartment("081-泽州县自然资源局")), "P", YS),
        c("P13", CLEAN, sheet(YS, indicator("服务水平", "提升提升")), "P", YS),
        c("P14", CLEAN, dept(s -> s.withSourceTotal(PrintedAmount.parse("13100.87", MoneyUnit.WAN_YUAN))), "PW",
            "按资金来源划分"),
        c("P15", CLEAN, dept(s -> s.withDirections(
            DirectionFundingLine.of("基本支出", PrintedAmount.parse("3850.40", MoneyUnit.WAN_YUAN)),
            DirectionFundingLine.of("项目支出", PrintedAmount.parse("9150.47", MoneyUnit.WAN_YUAN)))),
            "PW", "按资金方向划分"),
        c("P16", CLEAN, dept(count("其他人员数", "15人")), "PW", "实际在职人员总数"),
        c("P17", CLEAN, dept(count("行政编制数", "70人")), "PW", "核定的人员编制数"),
        c("S1", ID, econ("商品和服务支出", PERSONNEL, "15.00"), "T6", "商品和服务支出"),
        info("S2", ID, econ("住房公积金", TOTAL, "300.00"), "T6", "住房公积金|住房公积金"),
        c("S3", ID, fn(TableId.T3, "2200101", PROJECT, "10.00"), "T3", "2200101"),
        c("S4", ID, revenue("1030148", "7000.00"), "T7", "1030148"),
        c("S5", ID, claimCount(ClaimSubject.VEHICLES_ACTUAL, 2), "N", "公务用车实有"),
        c("S6", ID, claimDate(ClaimSubject.ASSET_REFERENCE_DATE, java.time.LocalDate.of(2023, 12, 31)), "N",
            "国有资产统计截至日期"),
        c("S7", ID, SECOND_UNIT, "T11", null),
        info("S8", claimAmount(ClaimSubject.PURCHASED_SERVICES, ClaimMeasure.AMOUNT, "0.00"),
            claimAmount(ClaimSubject.PURCHASED_SERVICES, ClaimMeasure.AMOUNT, "3.20"), "N", "政府购买服务"),
        c("S9", ID, claimNumber(ClaimSubject.REVENUE_GENERAL_BUDGET, ClaimMeasure.SHARE, null, "45.79"), "N", null));
  }
}
