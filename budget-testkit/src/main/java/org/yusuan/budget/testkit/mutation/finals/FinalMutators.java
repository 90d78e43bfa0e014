package org.yusuan.budget.testkit.mutation.finals;

import static org.yusuan.budget.table.AmountColumn.*;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.mutation;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.replace;
import static org.yusuan.budget.testkit.mutation.finals.FinalEdits.BUMP;
import static org.yusuan.budget.testkit.mutation.finals.FinalEdits.add;
import static org.yusuan.budget.testkit.mutation.finals.FinalEdits.addPath;
import static org.yusuan.budget.testkit.mutation.finals.FinalEdits.siblings;
import static org.yusuan.budget.testkit.mutation.finals.FinalEdits.table;

import java.util.Optional;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ImmutableEconomicRow;
import org.yusuan.budget.table.ImmutableEconomicTable;
import org.yusuan.budget.table.ImmutableFunctionTable;
import org.yusuan.budget.table.ImmutableThreePublicTable;
import org.yusuan.budget.table.ImmutableTotalRow;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.testkit.Mutation;
import org.yusuan.budget.testkit.mutation.MutatorRegistry;
import org.yusuan.budget.validation.rules.finals.*;

/**
 * The mutators of the 决算 rules J1–J20 (决算变异器): each breaks its rule in one place of a consistent
 * 决算 ({@code FinalAccountsArbitraries}) and, where the printed figures allow, no other rule — money is
 * moved between two sibling 项 or along a whole 项 → 款 → 类 → 合计 path so that the table still adds up.
 * J1 and J2 cannot be broken alone: the F1 line they change is also the one J14 / J15 compare with F2 / F3.
 * On a 预算 (no F tables) every mutator returns empty.
 */
public final class FinalMutators {
  private FinalMutators() {}

  /**
   * Registers the mutator of every 决算 rule J1–J20.
   *
   * @param r the registry the mutators are added to
   */
  public static void register(MutatorRegistry r) {
    r.add(FinalIncomeTotal.RULE, b -> summary(b, TableId.F1).flatMap(t -> {
      int i = SummaryEdits.incomeIndex(t.incomeRows(), "其他收入");
      return i < 0 ? Optional.empty() : Optional.of(mutation("J1", replace(b, SummaryEdits.income(t, i, false, BUMP)),
          "F1", t.currentYearTotal().orElseThrow().incomeLabel(), null, "F1 八、其他收入 + 1"));
    }));
    r.add(FinalExpenditureTotal.RULE, b -> summary(b, TableId.F1).filter(t -> !t.categoryRows().isEmpty())
        .map(t -> mutation("J2", replace(b, SummaryEdits.category(t, 0, t.columns().get(0), BUMP)), "F1",
            t.currentYearTotal().orElseThrow().expenditureLabel(), null, "F1 first 类 line + 1")));
    r.add(FinalBalance.RULE, b -> summary(b, TableId.F1).filter(t -> t.carryOver().isPresent())
        .map(t -> mutation("J3", replace(b, SummaryEdits.lineIncome(t, 1, BUMP)), "F1",
            t.grandTotal().orElseThrow().incomeLabel(), null, "F1 年初结转和结余 + 1")));
    r.add(FiscalFinalRowTotals.RULE, b -> summary(b, TableId.F4).filter(t -> t.categoryRows().size() >= 2)
        .map(t -> mutation("J4", replace(b, SummaryEdits.category(SummaryEdits.category(t, 0, TOTAL, BUMP), 1, TOTAL,
            -BUMP)), "F4", t.categoryRows().get(0).printedName(), TOTAL.chineseName(),
            "F4 合计: first 类 line + 1, second − 1")));
    r.add(FiscalFinalTotals.RULE, b -> summary(b, TableId.F4).map(t -> mutation("J5",
        replace(b, SummaryEdits.lineIncome(t, 0, BUMP)), "F4", t.currentYearTotal().orElseThrow().incomeLabel(), null,
        "F4 本年收入合计 + 1")));
    r.add(FiscalFinalFundBalance.RULE, b -> summary(b, TableId.F4).filter(t -> t.carryOverByFund().size() >= 2)
        .map(t -> mutation("J6", replace(b, SummaryEdits.income(SummaryEdits.income(t, 0, true, BUMP), 1, true, -BUMP)),
            "F4", t.currentYearTotal().orElseThrow().expenditureLabel(), GENERAL_BUDGET.chineseName(),
            "F4 年初 by fund: 一般公共预算 + 1, 政府性基金 − 1")));
    r.add(FinalIncomeTableRowTotals.RULE, b -> shift("J7", b, TableId.F2, TOTAL, BUMP));
    r.add(FinalIncomeTableHierarchy.RULE, b -> item("J8", b, TableId.F2, BUMP, TOTAL, OTHER_INCOME));
    r.add(FinalExpenditureTableRowTotals.RULE, b -> shift("J9", b, TableId.F3, TOTAL, BUMP));
    r.add(FinalExpenditureTableHierarchy.RULE, b -> item("J10", b, TableId.F3, BUMP, TOTAL, BASIC));
    r.add(GeneralBudgetFinalTotals.RULE, b -> shift("J11", b, TableId.F5, TOTAL, BUMP));
    r.add(FundFinalTableTotals.RULE, b -> shift("J12", b, TableId.F8, TOTAL, BUMP));
    r.add(FiscalFinalExpenditureTotals.RULE, b -> table(b, TableId.F10).flatMap(t -> siblings(t).map(s -> {
      long over = FinalEdits.amount(t, s[0], PROJECT) - FinalEdits.amount(t, s[0], CAPITAL_CONSTRUCTION) + BUMP;
      return mutation("J13", replace(b, addPath(t, s[0], CAPITAL_CONSTRUCTION, over)), "F10", s[0],
          CAPITAL_CONSTRUCTION.chineseName(), "F10 " + s[0] + " 基本建设资金支出 = 项目支出 + 1");
    })));
    r.add(FinalIncomeTableMatchesSummary.RULE, b -> path("J14", b, TableId.F2, BUMP, "合计", OTHER_INCOME,
        TOTAL, OTHER_INCOME));
    r.add(FinalExpenditureTableMatchesSummary.RULE, b -> summary(b, TableId.F1).flatMap(f1 -> path("J15", b,
        TableId.F3, BUMP, null, null, TOTAL, BASIC).map(m -> relocate(m, "F1",
        f1.currentYearTotal().orElseThrow().expenditureLabel(), null))));
    r.add(GeneralBudgetFinalMatchesFiscalSummary.RULE, b -> summary(b, TableId.F4).flatMap(f4 -> path("J16", b,
        TableId.F5, -BUMP, null, null, TOTAL, PROJECT).map(m -> relocate(m, "F4",
        f4.currentYearTotal().orElseThrow().expenditureLabel(), GENERAL_BUDGET.chineseName()))));
    r.add(GeneralBudgetWithinExpenditure.RULE, FinalMutators::overF3);
    r.add(BasicFinalEconomicTotals.RULE, FinalMutators::economicItem);
    r.add(ThreePublicFinalTotals.RULE, b -> b.tablesById().threePublicTable(TableId.F7)
        .filter(t -> !t.declaredEmpty() && t.total().isPresent() && t.hasColumn(FINAL)).map(t -> {
          ThreePublicTable n = ImmutableThreePublicTable.copyOf(t).withTotal(ImmutableTotalRow.copyOf(t.total().get())
              .withCells(add(t.total().get().cells(), t.columns().indexOf(FINAL), BUMP)));
          return mutation("J19", replace(b, n), "F7", t.total().get().label(), FINAL.chineseName(), "F7 合计 决算数 + 1");
        }));
    r.add(EmptyFundTablesWithoutMoney.RULE, b -> table(b, TableId.F8).flatMap(t -> summary(b, TableId.F4)
        .filter(f4 -> SummaryEdits.line(f4, 0).cells().get(f4.columns().indexOf(GOVERNMENT_FUND)).amountOrZero()
            .signum() != 0)
        .map(f4 -> mutation("J20", replace(b, ImmutableFunctionTable.copyOf(t).withDeclaredEmpty(true)
            .withRows(java.util.List.of()).withTotal(ImmutableTotalRow.copyOf(t.total().get())
                .withCells(java.util.Collections.nCopies(t.columns().size(), org.yusuan.budget.table.AmountCell.empty())))), "F4",
            f4.currentYearTotal().orElseThrow().expenditureLabel(), GOVERNMENT_FUND.chineseName(),
            "F8 declared 本表无数据 while F4 spends 政府性基金"))));
  }

  private static Optional<SummaryTable> summary(DepartmentBudget b, TableId id) {
    return b.tablesById().summaryTable(id).filter(t -> !t.declaredEmpty() && t.currentYearTotal().isPresent()
        && t.grandTotal().isPresent() && !t.columns().isEmpty());
  }

  /** Row totals broken alone: {@code fen} moved from the second 项 of a 款 to the first, in one column. */
  private static Optional<Mutation> shift(String rule, DepartmentBudget b, TableId id, AmountColumn column, long fen) {
    return table(b, id).flatMap(t -> siblings(t).map(s -> mutation(rule,
        replace(b, add(add(t, s[0], column, fen), s[1], column, -fen)), id.value(), s[0], column.chineseName(),
        id + " " + column.chineseName() + ": " + s[0] + " + 1, " + s[1] + " − 1")));
  }

  /** Rule H broken alone: one 项 changed in its total and one part, its 款 not. */
  private static Optional<Mutation> item(String rule, DepartmentBudget b, TableId id, long fen, AmountColumn... columns) {
    return table(b, id).flatMap(t -> siblings(t).map(s -> {
      FunctionTable n = t;
      for (AmountColumn c : columns) {
        n = add(n, s[0], c, fen);
      }
      return mutation(rule, replace(b, n), id.value(), s[0].substring(0, 5), columns[0].chineseName(),
          id + " " + s[0] + " + 1 (its 款 unchanged)");
    }));
  }

  /** A whole 项 → 款 → 类 → 合计 path changed in {@code columns}: the table adds up, other tables differ. */
  private static Optional<Mutation> path(String rule, DepartmentBudget b, TableId id, long fen, String row,
      AmountColumn at, AmountColumn... columns) {
    return table(b, id).flatMap(t -> siblings(t).map(s -> {
      FunctionTable n = t;
      for (AmountColumn c : columns) {
        n = addPath(n, s[0], c, fen);
      }
      return mutation(rule, replace(b, n), id.value(), row, at == null ? null : at.chineseName(),
          id + " " + s[0] + " and its 款, 类, 合计 " + (fen > 0 ? "+ 1" : "− 1"));
    }));
  }

  private static Mutation relocate(Mutation m, String table, String row, String column) {
    return mutation(m.rule(), m.budget(), table, row, column, m.description());
  }

  /** F5 项 made larger than F3's in 项目支出, its sibling smaller by as much (F5 still adds up). */
  private static Optional<Mutation> overF3(DepartmentBudget b) {
    return table(b, TableId.F5).flatMap(t5 -> table(b, TableId.F3).flatMap(t3 -> siblings(t5).map(s -> {
      long x = FinalEdits.amount(t3, s[0], PROJECT) - FinalEdits.amount(t5, s[0], PROJECT) + BUMP;
      FunctionTable n = add(add(t5, s[0], PROJECT, x), s[0], TOTAL, x);
      n = add(add(n, s[1], PROJECT, -x), s[1], TOTAL, -x);
      return mutation("J17", replace(b, n), "F5", s[0], PROJECT.chineseName(),
          "F5 " + s[0] + " 项目支出 = F3's + 1 (" + s[1] + " less by as much)");
    })));
  }

  /** F6: the first 款 of the first class + 1. */
  private static Optional<Mutation> economicItem(DepartmentBudget b) {
    return b.tablesById().economicTable(TableId.F6).filter(t -> !t.declaredEmpty() && t.rows().size() >= 2
        && !t.rows().get(1).level().equals(t.rows().get(0).level())).map(t -> {
          java.util.List<EconomicRow> rows = new java.util.ArrayList<>(t.rows());
          EconomicRow r = rows.get(1);
          rows.set(1, ImmutableEconomicRow.copyOf(r).withCells(add(r.cells(), 0, BUMP)));
          EconomicTable n = ImmutableEconomicTable.copyOf(t).withRows(rows);
          return mutation("J18", replace(b, n), "F6", org.yusuan.budget.validation.rules.support.RowKeys.key(rows.get(0)),
              null, "F6 " + r.departmentName() + " + 1 (its class unchanged)");
        });
  }

}
