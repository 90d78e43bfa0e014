package org.yusuan.budget.validation.rules.performance;

import static org.yusuan.budget.table.AmountColumn.BASIC;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.performance.SheetLocations.PW;
import static org.yusuan.budget.validation.rules.support.TableAmounts.income;
import static org.yusuan.budget.validation.rules.support.TableAmounts.lineIncome;
import static org.yusuan.budget.validation.rules.support.TableAmounts.total;

import java.math.RoundingMode;
import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.performance.DepartmentFundingLine;
import org.yusuan.budget.performance.DepartmentFundingSource;
import org.yusuan.budget.performance.DepartmentPerformanceSheet;
import org.yusuan.budget.performance.DirectionFundingLine;
import org.yusuan.budget.performance.FundingDirection;
import org.yusuan.budget.performance.PrintedAmount;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.FundSource;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * P15 — 整体绩效资金与表一、表三、表十二一致: the department-wide sheet's 合计 and sources agree with 表一's
 * income, its 基本支出 with 表三, its 项目支出 with 表十二 (万元, HALF_UP to 0.01).
 */
public final class DepartmentSheetMatchesTables extends BudgetRule {
  /**
   * Rule {@code P15}, 整体绩效资金与表一、表三、表十二一致. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final DepartmentSheetMatchesTables RULE = new DepartmentSheetMatchesTables();

  /** The 表一 income rows, in the order of {@link #SHEET_FUNDS}. */
  private static final FundSource[] FUNDS = {
    FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND, FundSource.STATE_CAPITAL, FundSource.SPECIAL_ACCOUNT,
    FundSource.UNIT_FUNDS
  };
  /** The sheet's source lines of the same funds. */
  private static final DepartmentFundingSource[] SHEET_FUNDS = {
    DepartmentFundingSource.GENERAL_PUBLIC_BUDGET, DepartmentFundingSource.GOVERNMENT_FUND,
    DepartmentFundingSource.STATE_CAPITAL, DepartmentFundingSource.SPECIAL_ACCOUNT, DepartmentFundingSource.UNIT_FUNDS
  };

  private DepartmentSheetMatchesTables() {
    super(PerformanceDescriptors.of("P15", Severity.ERROR, "整体绩效资金与表一、表三、表十二一致",
            "Department sheet funds = Tables 1, 3, 12",
            "部门整体支出 sheet: 合计 = 表一 本年收入合计; 基本支出 = 表三 基本支出; 项目支出 = 表十二 合计; each source = the"
                + " 表一 income row of that fund (amounts in 万元 rounded HALF_UP to 0.01, compared within 0.01)."),
        Inputs.departmentSheet());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    DepartmentPerformanceSheet s = b.departmentSheet().get();
    SummaryTable t1 = b.tablesById().summaryTable(TableId.T1).orElse(null);
    FunctionTable t3 = b.tablesById().functionTable(TableId.T3).orElse(null);
    ProjectTable t12 = b.tablesById().projectTable(TableId.T12).orElse(null);
    Optional<WanYuan> st = rounded(s.sourceTotal());
    if (t1 != null && st.isPresent()) {
      ctx.compare(PW, "按资金来源划分", "合计", st.get(), "T1", "本年收入合计", "金额",
          lineIncome(t1.currentYearTotal()));
      for (int i = 0; i < FUNDS.length; i++) {
        Optional<DepartmentFundingLine> l = s.line(SHEET_FUNDS[i]);
        Optional<WanYuan> v = l.isPresent() ? rounded(Optional.of(l.get().amount())) : Optional.empty();
        if (v.isPresent()) {
          ctx.compare(PW, "按资金来源划分", l.get().label(), v.get(), "T1", FUNDS[i].chineseName(), "金额",
              income(t1, income(t1, FUNDS[i])));
        }
      }
    }
    Optional<DirectionFundingLine> basic = s.line(FundingDirection.BASIC);
    if (t3 != null && basic.isPresent() && rounded(Optional.of(basic.get().amount())).isPresent()) {
      ctx.compare(PW, "按资金方向划分", basic.get().label(), rounded(Optional.of(basic.get().amount())).get(),
          "T3", "合计", BASIC.chineseName(), total(t3, BASIC));
    }
    Optional<DirectionFundingLine> project = s.line(FundingDirection.PROJECT);
    if (t12 != null && project.isPresent() && rounded(Optional.of(project.get().amount())).isPresent()) {
      ctx.compare(PW, "按资金方向划分", project.get().label(), rounded(Optional.of(project.get().amount())).get(),
          "T12", "合计", TOTAL.chineseName(), total(t12, t12.total(), TOTAL));
    }
  }

  private static Optional<WanYuan> rounded(Optional<PrintedAmount> a) {
    return a.flatMap(PrintedAmount::amount).map(x -> x.rounded(2, RoundingMode.HALF_UP));
  }
}
