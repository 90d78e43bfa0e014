package org.yusuan.budget.testkit.mutation.performance;

import static org.yusuan.budget.testkit.mutation.BudgetEdits.mutation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.performance.DepartmentPerformanceSheet;
import org.yusuan.budget.performance.DirectionFundingLine;
import org.yusuan.budget.performance.FundingBlock;
import org.yusuan.budget.performance.FundingDirection;
import org.yusuan.budget.performance.ImmutableDepartmentPerformanceSheet;
import org.yusuan.budget.performance.ImmutableFundingBlock;
import org.yusuan.budget.performance.ImmutableProjectPerformanceSheet;
import org.yusuan.budget.performance.ImmutableSheetFooter;
import org.yusuan.budget.performance.Indicator;
import org.yusuan.budget.performance.IndicatorLevel2;
import org.yusuan.budget.performance.PrintedAmount;
import org.yusuan.budget.performance.ProjectPerformanceSheet;
import org.yusuan.budget.performance.StaffCount;
import org.yusuan.budget.performance.StaffCountKind;
import org.yusuan.budget.testkit.Mutation;
import org.yusuan.budget.testkit.mutation.MutatorRegistry;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.rules.performance.AnnualFundsBounded;
import org.yusuan.budget.validation.rules.performance.AnnualFundsMatchProject;
import org.yusuan.budget.validation.rules.performance.AttributeFitsPeriod;
import org.yusuan.budget.validation.rules.performance.CostIndicators;
import org.yusuan.budget.validation.rules.performance.DepartmentSheetEstablishment;
import org.yusuan.budget.validation.rules.performance.DepartmentSheetMatchesTables;
import org.yusuan.budget.validation.rules.performance.DepartmentSheetSourcesMatchDirections;
import org.yusuan.budget.validation.rules.performance.DepartmentSheetStaffAndUnits;
import org.yusuan.budget.validation.rules.performance.FilingDate;
import org.yusuan.budget.validation.rules.performance.FundingSourcesAddUp;
import org.yusuan.budget.validation.rules.performance.ImplementingUnitMatches;
import org.yusuan.budget.validation.rules.performance.IndicatorValueFormat;
import org.yusuan.budget.validation.rules.performance.IndicatorsComplete;
import org.yusuan.budget.validation.rules.performance.ProjectNameMatches;
import org.yusuan.budget.validation.rules.performance.SatisfactionValues;
import org.yusuan.budget.validation.rules.performance.SheetPerProject;
import org.yusuan.budget.validation.rules.performance.SupervisingDepartment;

/**
 * The mutators of the performance-sheet rules (绩效目标表变异器, P1–P17): a project sheet's 年度资金总额 or
 * one of its fields, or a figure of the department-wide sheet, changed so that one rule reports it.
 */
public final class PerformanceMutators {
  private PerformanceMutators() {}

  /**
   * Registers one mutator per P rule, in catalog order.
   *
   * @param r the registry the mutators are added to
   */
  public static void register(MutatorRegistry r) {
    r.add(FundingSourcesAddUp.RULE, b -> sheetAnnual(b, FundingSourcesAddUp.RULE.id(), Annual.BUMP));
    r.add(AnnualFundsBounded.RULE, b -> sheetAnnual(b, AnnualFundsBounded.RULE.id(), Annual.ZERO));
    r.add(AnnualFundsMatchProject.RULE, b -> sheetAnnual(b, AnnualFundsMatchProject.RULE.id(), Annual.WRONG_UNIT));
    r.add(SheetPerProject.RULE, b -> sheetField(b, SheetPerProject.RULE.id(), Field.UNKNOWN_PROJECT));
    r.add(ProjectNameMatches.RULE, b -> sheetField(b, ProjectNameMatches.RULE.id(), Field.LONGER_NAME));
    r.add(ImplementingUnitMatches.RULE, b -> sheetField(b, ImplementingUnitMatches.RULE.id(), Field.UNIT));
    r.add(IndicatorsComplete.RULE, b -> sheetField(b, IndicatorsComplete.RULE.id(), Field.NO_SATISFACTION));
    r.add(SatisfactionValues.RULE, b -> sheetField(b, SatisfactionValues.RULE.id(), Field.SATISFACTION_100));
    r.add(CostIndicators.RULE, b -> sheetField(b, CostIndicators.RULE.id(), Field.COST_LOWER_BOUND));
    r.add(AttributeFitsPeriod.RULE, b -> sheetField(b, AttributeFitsPeriod.RULE.id(), Field.PERIOD));
    r.add(FilingDate.RULE, b -> sheetField(b, FilingDate.RULE.id(), Field.DATE));
    r.add(SupervisingDepartment.RULE, b -> sheetField(b, SupervisingDepartment.RULE.id(), Field.DEPARTMENT));
    r.add(IndicatorValueFormat.RULE, b -> sheetField(b, IndicatorValueFormat.RULE.id(), Field.PERCENT_TARGET_100));
    r.add(DepartmentSheetSourcesMatchDirections.RULE,
        b -> departmentSheet(b, DepartmentSheetSourcesMatchDirections.RULE.id(), Whole.SOURCE_TOTAL));
    r.add(DepartmentSheetMatchesTables.RULE, b -> departmentSheet(b, DepartmentSheetMatchesTables.RULE.id(), Whole.BASIC));
    r.add(DepartmentSheetStaffAndUnits.RULE,
        b -> departmentSheet(b, DepartmentSheetStaffAndUnits.RULE.id(), Whole.ACTUAL_STAFF));
    r.add(DepartmentSheetEstablishment.RULE,
        b -> departmentSheet(b, DepartmentSheetEstablishment.RULE.id(), Whole.AUTHORIZED_STAFF));
  }

  private enum Annual { BUMP, ZERO, WRONG_UNIT }

  private static String sheetLabel(ProjectPerformanceSheet s, int index) {
    return s.projectName().map(String::trim).filter(x -> !x.isEmpty()).orElse("第" + (index + 1) + "张绩效目标表");
  }

  /** The first sheet with a positive 年度资金总额: + 10,000 元, printed as 0, or its 元 number as 万元. */
  private static Optional<Mutation> sheetAnnual(DepartmentBudget b, String rule, Annual how) {
    List<ProjectPerformanceSheet> sheets = new ArrayList<>(b.projectSheets());
    for (int i = 0; i < sheets.size(); i++) {
      ProjectPerformanceSheet s = sheets.get(i);
      Optional<FundingBlock> block = s.annualFunding();
      if (block.isEmpty() || block.get().total().isEmpty() || block.get().total().get().amount().isEmpty()
          || !block.get().total().get().amount().get().isPositive()) {
        continue;
      }
      PrintedAmount total = block.get().total().get();
      PrintedAmount changed;
      switch (how) {
        case BUMP:
          changed = PrintedAmount.of(total.number().get().add(total.unit() == MoneyUnit.YUAN
              ? BigDecimal.valueOf(10_000) : BigDecimal.ONE), total.unit());
          break;
        case ZERO:
          changed = PrintedAmount.of(BigDecimal.ZERO, total.unit());
          break;
        default:
          // An 元 figure printed in a 万元 field.
          changed = PrintedAmount.of(total.amount().get().toYuan().stripTrailingZeros(), MoneyUnit.WAN_YUAN);
      }
      sheets.set(i, ImmutableProjectPerformanceSheet.copyOf(s).withAnnualFunding(
          ImmutableFundingBlock.copyOf(block.get()).withTotal(changed)));
      String label = sheetLabel(s, i);
      return Optional.of(mutation(rule, ImmutableDepartmentBudget.copyOf(b).withProjectSheets(sheets), "P", label,
          "年度资金总额", "绩效目标表「" + label + "」年度资金总额: " + total.raw() + " " + total.unit().symbol() + " → "
              + changed.raw() + " " + changed.unit().symbol()));
    }
    return Optional.empty();
  }

  private enum Field { UNKNOWN_PROJECT, LONGER_NAME, UNIT, NO_SATISFACTION, SATISFACTION_100, COST_LOWER_BOUND, PERIOD, DATE,
    DEPARTMENT, PERCENT_TARGET_100 }

  private static Optional<Mutation> sheetField(DepartmentBudget b, String rule, Field field) {
    List<ProjectPerformanceSheet> sheets = new ArrayList<>(b.projectSheets());
    if (sheets.isEmpty()) {
      return Optional.empty();
    }
    ProjectPerformanceSheet s = sheets.get(0);
    String label = sheetLabel(s, 0);
    ImmutableProjectPerformanceSheet n = ImmutableProjectPerformanceSheet.copyOf(s);
    String row = label;
    String column = null;
    String indicator = null;
    String what;
    switch (field) {
      case UNKNOWN_PROJECT:
        row = "虚构的绩效目标表项目";
        n = n.withProjectName(row);
        what = "项目名称: " + label + " → " + row;
        break;
      case LONGER_NAME:
        row = label + "资金";
        n = n.withProjectName(row);
        column = "项目名称";
        what = "项目名称: " + label + " → " + row;
        break;
      case UNIT:
        n = n.withImplementingUnit("乙省气象台");
        column = "实施单位";
        what = "实施单位: " + s.implementingUnit().orElse("") + " → 乙省气象台";
        break;
      case NO_SATISFACTION: {
        List<Indicator> kept = new ArrayList<>();
        for (Indicator i : s.annualIndicators()) {
          if (!i.type().equals(Optional.of(IndicatorLevel2.SERVICE_SATISFACTION))) {
            kept.add(i);
          }
        }
        List<Indicator> keptImpl = new ArrayList<>();
        for (Indicator i : s.implementationIndicators()) {
          if (!i.type().equals(Optional.of(IndicatorLevel2.SERVICE_SATISFACTION))) {
            keptImpl.add(i);
          }
        }
        n = n.withAnnualIndicators(kept).withImplementationIndicators(keptImpl);
        column = "绩效指标";
        what = "删除服务对象满意度指标";
        break;
      }
      case SATISFACTION_100:
      case COST_LOWER_BOUND:
      case PERCENT_TARGET_100: {
        IndicatorLevel2 type = field == Field.SATISFACTION_100 ? IndicatorLevel2.SERVICE_SATISFACTION
            : field == Field.COST_LOWER_BOUND ? IndicatorLevel2.COST : IndicatorLevel2.QUALITY;
        List<Indicator> annual = new ArrayList<>(s.annualIndicators());
        int k = -1;
        for (int i = 0; i < annual.size() && k < 0; i++) {
          if (annual.get(i).type().equals(Optional.of(type)) && annual.get(i).name().isPresent()) {
            k = i;
          }
        }
        if (k < 0) {
          return Optional.empty();
        }
        Indicator old = annual.get(k);
        String raw = old.target().raw();
        String value = field == Field.SATISFACTION_100 ? "≥100%"
            : field == Field.COST_LOWER_BOUND ? "≥" + raw.replaceAll("^[≤≥<>=≈]+", "")
            : "≥100%";
        annual.set(k, Indicator.of(old.level1().map(c -> c.label()).orElse(""),
            old.level2().map(c -> c.label()).orElse(""), old.name().get(), value));
        n = n.withAnnualIndicators(annual);
        indicator = old.name().get();
        what = "指标「" + indicator + "」: " + raw + " → " + value;
        break;
      }
      case PERIOD:
        n = n.withProjectAttribute("一次性项目").withProjectPeriod("3年");
        column = "项目属性";
        what = "项目属性/项目期: " + s.projectAttribute().orElse("") + " " + s.projectPeriod().orElse("")
            + " → 一次性项目 3年";
        break;
      case DATE:
        n = n.withFooter(ImmutableSheetFooter.builder().filledDate((b.budgetYear() - 1) + "1340093000").build());
        column = "填报日期";
        what = "填报日期 → " + (b.budgetYear() - 1) + "1340093000";
        break;
      default:
        n = n.withSupervisingDepartment("999-另一个部门");
        column = "主管部门及代码";
        what = "主管部门及代码: " + s.supervisingDepartment().orElse("") + " → 999-另一个部门";
    }
    sheets.set(0, n);
    var l = Location.builder().table("P").row(row);
    if (column != null) {
      l.column(column);
    }
    if (indicator != null) {
      l.indicator(indicator);
    }
    return Optional.of(new Mutation(rule, ImmutableDepartmentBudget.copyOf(b).withProjectSheets(sheets), l.build(),
        "绩效目标表「" + label + "」" + what));
  }

  private enum Whole { SOURCE_TOTAL, BASIC, ACTUAL_STAFF, AUTHORIZED_STAFF }

  private static Optional<Mutation> departmentSheet(DepartmentBudget b, String rule, Whole what) {
    if (b.departmentSheet().isEmpty()) {
      return Optional.empty();
    }
    DepartmentPerformanceSheet s = b.departmentSheet().get();
    ImmutableDepartmentPerformanceSheet n = ImmutableDepartmentPerformanceSheet.copyOf(s);
    switch (what) {
      case SOURCE_TOTAL: {
        if (s.sourceTotal().isEmpty() || s.sourceTotal().get().number().isEmpty()) {
          return Optional.empty();
        }
        PrintedAmount t = s.sourceTotal().get();
        PrintedAmount c = PrintedAmount.of(t.number().get().add(BigDecimal.ONE), t.unit());
        return Optional.of(mutation(rule, ImmutableDepartmentBudget.copyOf(b).withDepartmentSheet(n.withSourceTotal(c)),
            "PW", "按资金来源划分", "合计", "部门整体绩效目标表 按资金来源 合计: " + t.raw() + " → " + c.raw()));
      }
      case BASIC: {
        List<DirectionFundingLine> lines = new ArrayList<>(s.directions());
        for (int i = 0; i < lines.size(); i++) {
          DirectionFundingLine l = lines.get(i);
          if (l.direction().equals(Optional.of(FundingDirection.BASIC)) && l.amount().number().isPresent()) {
            PrintedAmount c = PrintedAmount.of(l.amount().number().get().add(BigDecimal.ONE), l.amount().unit());
            lines.set(i, DirectionFundingLine.of(l.label(), c));
            return Optional.of(mutation(rule, ImmutableDepartmentBudget.copyOf(b).withDepartmentSheet(
                    n.withDirections(lines)), "PW", "按资金方向划分", l.label(),
                "部门整体绩效目标表 " + l.label() + ": " + l.amount().raw() + " → " + c.raw()));
          }
        }
        return Optional.empty();
      }
      default: {
        StaffCountKind kind = what == Whole.ACTUAL_STAFF ? StaffCountKind.ACTUAL_STAFF
            : StaffCountKind.AUTHORIZED_STAFF;
        List<StaffCount> counts = new ArrayList<>(s.counts());
        for (int i = 0; i < counts.size(); i++) {
          StaffCount c = counts.get(i);
          if (c.kind().equals(Optional.of(kind)) && c.count().isPresent()) {
            String more = (c.count().get() + 1) + "人";
            counts.set(i, StaffCount.of(c.label(), more));
            return Optional.of(mutation(rule, ImmutableDepartmentBudget.copyOf(b).withDepartmentSheet(
                    n.withCounts(counts)), "PW", kind.chineseName(), null,
                "部门整体绩效目标表 " + c.label() + ": " + c.value() + " → " + more));
          }
        }
        return Optional.empty();
      }
    }
  }
}
