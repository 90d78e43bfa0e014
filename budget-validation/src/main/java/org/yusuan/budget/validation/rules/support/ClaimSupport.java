package org.yusuan.budget.validation.rules.support;

import static org.yusuan.budget.validation.rules.support.Budgets.amount;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.*;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.RuleContext;

/** The narrative's claims as rules read and locate them (情况说明中的数字). */
public final class ClaimSupport {
  private ClaimSupport() {}

  /** The table id of findings on the narrative. */
  public static final String N = "N";

  /**
   * {@return where findings on claim {@code c} are located: table {@code N}, its row, its measure's column}
   *
   * @param c a claim read from the narrative (情况说明)
   */
  public static Location at(NarrativeClaim c) {
    return Location.cell(N, row(c), measureName(c.measure()));
  }

  /**
   * {@return the row of claim {@code c} in findings: its subject, with its qualifier
   * ({@code 一般公共服务支出·金额}'s 类)}
   *
   * @param c a claim read from the narrative
   */
  public static String row(NarrativeClaim c) {
    return c.qualifier().isPresent() ? c.subject().chineseName() + "·" + c.qualifier().get()
        : c.subject().chineseName();
  }

  /**
   * {@return the readable column name of a claim's measure (金额, 占比, 增减率, …)}
   *
   * @param m the measure a claim states
   */
  public static String measureName(ClaimMeasure m) {
    switch (m) {
      case AMOUNT:
        return "金额";
      case PRIOR_AMOUNT:
        return "上年金额";
      case RESTATED_AMOUNT:
        return "重述金额";
      case CHANGE:
        return "增减额";
      case GROWTH_RATE:
        return "增减率";
      case SHARE:
        return "占比";
      case COUNT:
        return "个数";
      case QUANTITY:
        return "数量";
      case NAMES:
        return "项目名称";
      case DATE:
        return "日期";
      case BUDGETED_AMOUNT:
        return "年初预算数";
      case COMPLETION_RATE:
        return "完成率";
      default:
        return "无";
    }
  }

  /**
   * {@return the first claim of the narrative on subject {@code s} with measure {@code m}, or null when
   * the narrative states none}
   *
   * @param ctx the running rule's context (not used)
   * @param b the budget whose narrative claims are searched
   * @param s the subject (e.g. 预算收入总计)
   * @param m the measure (e.g. 金额)
   */
  public static NarrativeClaim first(RuleContext ctx, DepartmentBudget b, ClaimSubject s, ClaimMeasure m) {
    return b.claimsBySubject().first(s, m).orElse(null);
  }
}
