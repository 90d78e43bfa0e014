package org.yusuan.budget.testkit;

import java.util.List;

/**
 * What a generated budget is made of, before any table exists: exact amounts in 元 and choices as
 * small integers, so that jqwik shrinks a budget by shrinking these (fewer units and projects,
 * smaller amounts, the first codes of the pools).
 */
record Plan(
    int department,
    List<List<Project>> units,
    List<Basic> basics,
    List<Economic> economics,
    List<Carry> carryOver,
    ThreePublic threePublic,
    Story story,
    List<StateProject> stateCapital) {

  /**
   * A 表十二 project funded by 国有资本经营预算 (only with {@code withStateCapital()}): unit, theme, code of the
   * state-capital pool, amount in 元.
   */
  record StateProject(int unit, int theme, int code, long amount) {}

  /** A 表十二 project: a code of the general or fund pool, amounts by source in 元. */
  record Project(int theme, boolean fund, int code, long amount, long special, long unitFunds, int attribute,
      int later) {}

  /** A 表十三 project (上年结转): unit, theme, code, 一般公共预算 or 政府性基金 amount in 元. */
  record Carry(int unit, int theme, boolean fund, int code, long amount) {}

  /** 基本支出 on a 项 code of the general pool, in 元. */
  record Basic(int code, long amount) {}

  /** A 表六 款 (index into the personnel or public pool) and its weight in the 基本支出 split. */
  record Economic(boolean personnel, int item, int weight) {}

  /** 表十 amounts in 元 beyond what 表六 already books under the same names. */
  record ThreePublic(long overseas, long reception, long purchase, long operation) {
    boolean isZero() {
      return overseas == 0 && reception == 0 && purchase == 0 && operation == 0;
    }
  }

  /**
   * The narrative's own figures: last year's changes in 元 (signed), 政府采购 in 元, asset counts,
   * staff counts, and per unit the weight of its 机关运行经费 share.
   */
  record Story(long revenueChange, long generalChange, long operatingChange, long goods, long works,
      long services, int vehiclesLeaders, int vehiclesOther, int vehiclesSpare, int devices50, int devices100,
      int staff, int otherStaff, List<Integer> unitWeights) {}
}
