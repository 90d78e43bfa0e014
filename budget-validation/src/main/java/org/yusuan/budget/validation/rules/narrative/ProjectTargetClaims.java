package org.yusuan.budget.validation.rules.narrative;

import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.narrative.ClaimChecks.claimAmount;
import static org.yusuan.budget.validation.rules.narrative.ClaimCounts.countFinding;
import static org.yusuan.budget.validation.rules.support.TableAmounts.total;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/**
 * N12 — 说明十 项目绩效目标: the stated number and amount of targeted projects are 表十二's, the two
 * categories add up to them, and the published share is of 表十二 合计.
 */
public final class ProjectTargetClaims extends BudgetRule {
  /**
   * Rule {@code N12}, 说明十 项目绩效目标. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ProjectTargetClaims RULE = new ProjectTargetClaims();

  private ProjectTargetClaims() {
    super(RuleDescriptor.builder().id("N12").family(RuleFamily.NARRATIVE)
            .titleZh("说明十 项目绩效目标").titleEn("Narrative §10.2 project performance targets")
            .statement("纳入绩效目标管理的项目 N个 = the number of 表十二 projects, 共计金额 = 表十二 合计; 其他运转类 + 特定目标类 ="
                + " N and = 共计金额; 公开 … 占项目支出总额 p% = 涉及金额 / 表十二 合计.")
            .build(),
        NarrativeInputs.claims(), Inputs.printed(TableId.T12, ProjectTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    ProjectTable t12 = b.tablesById().projectTable(TableId.T12).orElseThrow();
    WanYuan tot = total(t12, t12.total(), TOTAL);
    NarrativeClaim n = ClaimSupport.first(ctx, b, ClaimSubject.TARGETED_PROJECTS, ClaimMeasure.COUNT);
    NarrativeClaim x = ClaimSupport.first(ctx, b, ClaimSubject.TARGETED_PROJECTS, ClaimMeasure.AMOUNT);
    if (n != null && n.count().get() != t12.projectCount()) {
      countFinding(ctx, n, n.count().get(), t12.projectCount(), ctx.severity());
    }
    if (x != null) {
      claimAmount(ctx, x, tot);
    }
    NarrativeClaim n1 = ClaimSupport.first(ctx, b, ClaimSubject.TARGETED_OPERATING_PROJECTS, ClaimMeasure.COUNT);
    NarrativeClaim n2 = ClaimSupport.first(ctx, b, ClaimSubject.TARGETED_SPECIFIC_PROJECTS, ClaimMeasure.COUNT);
    if (n != null && n1 != null && n2 != null && n1.count().get() + n2.count().get() != n.count().get()) {
      // Reported on the 特定目标类 count: the categories must add up to the stated total.
      countFinding(ctx, n2, n2.count().get(), n.count().get() - n1.count().get(), ctx.severity());
    }
    NarrativeClaim a1 = ClaimSupport.first(ctx, b, ClaimSubject.TARGETED_OPERATING_PROJECTS, ClaimMeasure.AMOUNT);
    NarrativeClaim a2 = ClaimSupport.first(ctx, b, ClaimSubject.TARGETED_SPECIFIC_PROJECTS, ClaimMeasure.AMOUNT);
    if (x != null && a1 != null && a2 != null) {
      claimAmount(ctx, a2, x.amount().get().minus(a1.amount().get()));
    }
    NarrativeClaim y = ClaimSupport.first(ctx, b, ClaimSubject.PUBLISHED_TARGETS, ClaimMeasure.AMOUNT);
    NarrativeClaim p = ClaimSupport.first(ctx, b, ClaimSubject.PUBLISHED_TARGETS, ClaimMeasure.SHARE);
    if (y != null && p != null) {
      ClaimChecks.percent(ctx, p, y.amount().get(), tot);
    }
  }
}
