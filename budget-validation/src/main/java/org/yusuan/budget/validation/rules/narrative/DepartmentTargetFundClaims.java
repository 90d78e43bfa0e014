package org.yusuan.budget.validation.rules.narrative;

import static org.yusuan.budget.table.AmountColumn.BASIC;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.narrative.ClaimChecks.amounts;
import static org.yusuan.budget.validation.rules.support.TableAmounts.lineIncome;
import static org.yusuan.budget.validation.rules.support.TableAmounts.total;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/**
 * N11 — 说明十 整体绩效目标资金: the stated 涉及资金, 基本支出 and 项目支出 are 表一's, 表三's and 表十二's,
 * add up by themselves, and the stated unit count agrees with the document's (WARNING).
 */
public final class DepartmentTargetFundClaims extends BudgetRule {
  /**
   * Rule {@code N11}, 说明十 整体绩效目标资金. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final DepartmentTargetFundClaims RULE = new DepartmentTargetFundClaims();

  private DepartmentTargetFundClaims() {
    super(RuleDescriptor.builder().id("N11").family(RuleFamily.NARRATIVE)
            .titleZh("说明十 整体绩效目标资金").titleEn("Narrative §10.1 department-wide target funds")
            .statement("涉及部门预算资金 = 表一 本年收入合计; 其中基本支出 = 表三 基本支出; 项目支出 = 表十二 合计;"
                + " the stated 基本支出 + 项目支出 = the stated 涉及资金;"
                + " 机关及下属预算单位 N个 = the unit count the document declares first (概况), and at least the"
                + " units the tables list (WARNING).")
            .build(),
        NarrativeInputs.claims());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    // Each table is optional: a claim is compared with the tables the document prints.
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
      String amount = ClaimSupport.measureName(ClaimMeasure.AMOUNT);
      ctx.total(ClaimSupport.N, ClaimSupport.at(x).row().get(), amount, x.amount().get())
          .plus(ClaimSupport.at(basic).row().get(), amount, basic.amount().get())
          .plus(ClaimSupport.at(project).row().get(), amount, project.amount().get())
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
          ClaimCounts.countFinding(ctx, c, stated, listed, Severity.WARNING);
        } else if (declared >= listed && stated != declared) {
          ClaimCounts.countFinding(ctx, c, stated, declared, Severity.WARNING);
        }
      }
    }
  }
}
