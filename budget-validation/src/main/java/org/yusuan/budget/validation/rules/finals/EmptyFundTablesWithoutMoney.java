package org.yusuan.budget.validation.rules.finals;

import java.util.List;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.table.FundSource;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.Availability;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * J20 — 本表无数据 的基金、国资表无资金: an F8 (政府性基金) or F9 (国有资本经营) declared 本表无数据 claims the
 * fund has no money, so F4's column of that fund and the fund's income and 年初 lines in F4 and F1 are 0.
 */
public final class EmptyFundTablesWithoutMoney extends BudgetRule {
  /**
   * Rule {@code J20}, 本表无数据的基金、国资决算表 无资金. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final EmptyFundTablesWithoutMoney RULE = new EmptyFundTablesWithoutMoney();

  private static final List<TableId> TABLES = List.of(TableId.F8, TableId.F9);
  private static final List<FundSource> FUNDS = List.of(FundSource.GOVERNMENT_FUND, FundSource.STATE_CAPITAL);
  private static final String EMPTY = "本表无数据";

  private EmptyFundTablesWithoutMoney() {
    super(FinalDescriptors.of("J20", "本表无数据的基金、国资决算表 无资金", "Declared-empty fund tables hold no money",
            "When F8 (政府性基金) or F9 (国有资本经营) is declared 本表无数据: in F4 that fund's column (类 lines, 本年支出合计,"
                + " 年末, 总计) and its income and 年初 lines are 0, and so is its income line in F1."),
        Inputs.input("F8 or F9 declared 本表无数据", b -> {
          for (TableId id : TABLES) {
            if (b.tablesById().get(id).map(BudgetTable::declaredEmpty).orElse(false)) {
              return Availability.AVAILABLE;
            }
          }
          return Availability.notApplicable("neither F8 nor F9 declared 本表无数据");
        }));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    for (int k = 0; k < TABLES.size(); k++) {
      TableId id = TABLES.get(k);
      if (!b.tablesById().get(id).map(BudgetTable::declaredEmpty).orElse(false)) {
        continue;
      }
      FundSource fund = FUNDS.get(k);
      String where = id.value();
      SummaryTable f4 = b.tablesById().summaryTable(TableId.F4).orElse(null);
      if (f4 != null && !f4.declaredEmpty()) {
        int ci = f4.columns().indexOf(fund.column());
        if (ci >= 0) {
          for (CategoryRow r : f4.categoryRows()) {
            zero(ctx, "F4", r.printedName(), fund.column().chineseName(), r.cells().get(ci), where);
          }
          for (SummaryLine l : List.of(f4.currentYearTotal(), f4.carryOver(), f4.grandTotal()).stream()
              .flatMap(java.util.Optional::stream).toList()) {
            zero(ctx, "F4", l.expenditureLabel(), fund.column().chineseName(), l.cells().get(ci), where);
          }
        }
        incomeLines(ctx, "F4", f4.incomeRows(), fund, where);
        incomeLines(ctx, "F4", f4.carryOverByFund(), fund, where);
      }
      SummaryTable f1 = b.tablesById().summaryTable(TableId.F1).orElse(null);
      if (f1 != null && !f1.declaredEmpty()) {
        incomeLines(ctx, "F1", f1.incomeRows(), fund, where);
      }
    }
  }

  private static void incomeLines(RuleContext ctx, String table, List<IncomeRow> rows, FundSource fund, String where) {
    for (IncomeRow r : rows) {
      if (FinalLabels.fund(r).orElse(null) == fund) {
        zero(ctx, table, r.printedLabel(), org.yusuan.budget.validation.rules.support.Checks.INCOME, r.amount(), where);
      }
    }
  }

  /** Money in a cell the empty table says is 0: a mismatch at the cell. */
  private static void zero(RuleContext ctx, String table, String row, String column, AmountCell cell, String where) {
    if (cell.amountOrZero().signum() != 0) {
      ctx.compare(table, row, column, cell, where, EMPTY, column, AmountCell.empty());
    }
  }
}
