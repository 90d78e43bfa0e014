package org.yusuan.budget.validation.rules;

import static org.yusuan.budget.table.AmountColumn.*;
import static org.yusuan.budget.validation.rules.finals.FinalEdits.*;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.rules.StandardRulesTest.Case;
import org.yusuan.budget.validation.rules.finals.PutuoFinalAccounts;

/**
 * The cases of the 决算 rules (J1–J20): the correct model is the PT 部门决算 built from its printed figures
 * (seed 003 is a 预算, on which every J rule is NOT_APPLICABLE), the broken one that model with one cell changed.
 */
final class FinalRuleCases {
  private FinalRuleCases() {}

  static final UnaryOperator<DepartmentBudget> PT = b -> PutuoFinalAccounts.budget();

  static Case c(String rule, UnaryOperator<DepartmentBudget> broken, String table, String row) {
    return StandardRulesTest.c(rule, PT, broken, table, row);
  }

  static Case c(String rule, UnaryOperator<DepartmentBudget> extra, UnaryOperator<DepartmentBudget> broken,
      String table, String row) {
    return StandardRulesTest.c(rule, b -> extra.apply(PutuoFinalAccounts.budget()), broken, table, row);
  }

  static Stream<Case> cases() {
    return Stream.of(
        c("J1", income(TableId.F1, "八、其他收入", false, "7.20"), "F1", "本年收入合计"),
        c("J2", category(TableId.F1, "九、卫生健康支出", TOTAL, "61.99"), "F1", "本年支出合计"),
        c("J3", line(TableId.F1, 1, null, "50.14"), "F1", "总计"),
        c("J4", category(TableId.F4, "九、卫生健康支出", TOTAL, "61.99"), "F4", "九、卫生健康支出"),
        c("J5", line(TableId.F4, 0, null, "2,941.05"), "F4", "本年收入合计"),
        c("J6", income(TableId.F4, "一、一般公共预算财政拨款", true, "22.63"), "F4", "本年支出合计"),
        c("J7", fn(TableId.F2, "2010601", TOTAL, "1,512.90"), "F2", "2010601"),
        c("J8", all(fn(TableId.F2, "2010601", TOTAL, "1,512.90"), fn(TableId.F2, "2010601", FISCAL_APPROPRIATION,
            "1,512.89")), "F2", "20106"),
        c("J9", fn(TableId.F3, "2010601", TOTAL, "1,512.89"), "F3", "2010601"),
        c("J10", all(fn(TableId.F3, "2010601", TOTAL, "1,512.89"), fn(TableId.F3, "2010601", BASIC, "1,504.52")),
            "F3", "20106"),
        c("J11", fn(TableId.F5, "2010601", TOTAL, "1,512.89"), "F5", "2010601"),
        c("J12", PutuoFinalAccounts.WITH_F8, fn(TableId.F8, "2120801", TOTAL, "13.00"), "F8", "2120801"),
        c("J13", PutuoFinalAccounts.WITH_F10, fn(TableId.F10, "2010607", CAPITAL_CONSTRUCTION, "200.00"), "F10",
            "2010607"),
        c("J14", fn(TableId.F2, "合计", OTHER_INCOME, "7.20"), "F2", "合计"),
        c("J15", fn(TableId.F3, "201", TOTAL, "2,107.66"), "F1", "一、一般公共服务支出"),
        c("J16", fn(TableId.F5, "201", TOTAL, "2,107.66"), "F4", "一、一般公共服务支出"),
        c("J17", fn(TableId.F5, "2010602", PROJECT, "20.00"), "F5", "2010602"),
        c("J18", econ("30101", "263.33"), "F6", "工资福利支出"),
        c("J19", threePublicTotal(BUDGETED, "1.95"), "F7", "合计"),
        c("J20", category(TableId.F4, "一、一般公共服务支出", GOVERNMENT_FUND, "5.00"), "F4", "一、一般公共服务支出"));
  }
}
