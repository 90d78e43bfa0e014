package org.yusuan.budget.validation.rules.finals;

import static org.yusuan.budget.table.AmountColumn.*;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.FundSource;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Checks;

/**
 * J14 — F2 合计 = F1 收入: the 合计 row of 收入决算表 is F1's 本年收入合计, and each source column its F1
 * income line(s) (the 财政拨款 column = the fund lines 一般公共预算 + 政府性基金 + 国有资本经营, or the one
 * 财政拨款收入 line).
 */
public final class FinalIncomeTableMatchesSummary extends BudgetRule {
  /**
   * Rule {@code J14}, 收入决算表 合计 = 收入支出决算总表 收入. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FinalIncomeTableMatchesSummary RULE = new FinalIncomeTableMatchesSummary();

  private FinalIncomeTableMatchesSummary() {
    super(FinalDescriptors.of("J14", "收入决算表 合计 = 收入支出决算总表 收入", "Final income table = final summary income",
            "F2 合计 row: 本年收入合计 = F1 本年收入合计; each source column (财政拨款收入, 上级补助收入, 事业收入, 经营收入,"
                + " 附属单位上缴收入, 其他收入) = the F1 income line(s) of that source (其中 lines not added)."),
        Inputs.table(TableId.F1, SummaryTable.class), Inputs.table(TableId.F2, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SummaryTable f1 = b.tablesById().summaryTable(TableId.F1).orElseThrow();
    FunctionTable t2 = b.tablesById().functionTable(TableId.F2).orElseThrow();
    FunctionRowIndex f = t2.rowIndex();
    SummaryLine cy = f1.currentYearTotal().orElse(null);
    if (cy == null || f.totalRow().isEmpty()) {
      ctx.insufficientData("F1 has no 本年收入合计 line or F2 no 合计 row");
      return;
    }
    String label = f.totalLabel();
    ctx.compare("F1", cy.incomeLabel(), Checks.INCOME, cy.incomeAmount(),
        "F2", label, TOTAL.chineseName(), f.totalCell(TOTAL));
    for (AmountColumn c : t2.columns()) {
      if (c == TOTAL || c == TUITION) {
        continue;
      }
      SumCheck s = ctx.total("F2", label, c.chineseName(), f.totalCell(c));
      for (IncomeRow r : f1.incomeRows()) {
        if (source(r, f).orElse(null) == c) {
          s.plus("F1", r.printedLabel(), Checks.INCOME, r.amount());
        }
      }
      s.verify();
    }
  }

  /** The F2 column an F1 line goes to: its fund's column when F2 splits 财政拨款 by fund. */
  private static java.util.Optional<AmountColumn> source(IncomeRow r, FunctionRowIndex f) {
    java.util.Optional<AmountColumn> c = FinalLabels.incomeColumn(r);
    java.util.Optional<FundSource> fund = FinalLabels.fund(r);
    if (c.isPresent() && fund.isPresent() && f.has(fund.get().column())) {
      return java.util.Optional.of(fund.get().column());
    }
    return c;
  }
}
