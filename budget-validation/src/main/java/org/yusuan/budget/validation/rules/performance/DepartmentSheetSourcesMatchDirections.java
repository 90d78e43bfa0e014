package org.yusuan.budget.validation.rules.performance;

import static org.yusuan.budget.validation.rules.performance.SheetLocations.PW;

import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.performance.DepartmentFundingLine;
import org.yusuan.budget.performance.DepartmentPerformanceSheet;
import org.yusuan.budget.performance.DirectionFundingLine;
import org.yusuan.budget.performance.PrintedAmount;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * P14 — 整体绩效：来源合计 = 方向合计: on the department-wide sheet, 按资金来源 Σ = 合计, 按资金方向 Σ = 合计,
 * and the two 合计 are equal.
 */
public final class DepartmentSheetSourcesMatchDirections extends BudgetRule {
  /**
   * Rule {@code P14}, 整体绩效：来源合计 = 方向合计. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final DepartmentSheetSourcesMatchDirections RULE = new DepartmentSheetSourcesMatchDirections();

  private DepartmentSheetSourcesMatchDirections() {
    super(PerformanceDescriptors.of("P14", Severity.ERROR, "整体绩效：来源合计 = 方向合计",
            "Department sheet: sources = directions",
            "部门整体支出 sheet: 按资金来源 Σ = 合计; 按资金方向 Σ = 合计; the two 合计 are equal."),
        Inputs.departmentSheet());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    DepartmentPerformanceSheet s = b.departmentSheet().get();
    Optional<WanYuan> st = s.sourceTotal().flatMap(PrintedAmount::amount);
    Optional<WanYuan> dt = s.directionTotal().flatMap(PrintedAmount::amount);
    if (st.isPresent() && !s.sources().isEmpty()) {
      SumCheck c = ctx.total(PW, "按资金来源划分", "合计", st.get());
      for (DepartmentFundingLine l : s.sources()) {
        c.plus("按资金来源划分", l.label(), l.amount().amount().orElse(WanYuan.ZERO));
      }
      c.verify();
    }
    if (dt.isPresent() && !s.directions().isEmpty()) {
      SumCheck c = ctx.total(PW, "按资金方向划分", "合计", dt.get());
      for (DirectionFundingLine l : s.directions()) {
        c.plus("按资金方向划分", l.label(), l.amount().amount().orElse(WanYuan.ZERO));
      }
      c.verify();
    }
    if (st.isPresent() && dt.isPresent()) {
      ctx.compare(PW, "按资金方向划分", "合计", dt.get(), PW, "按资金来源划分", "合计", st.get());
    }
    if (st.isEmpty() && dt.isEmpty()) {
      ctx.insufficientData("the department sheet prints no 合计");
    }
  }
}
