package org.yusuan.budget.testkit.mutation.table;

import static org.yusuan.budget.testkit.mutation.BudgetEdits.BUMP;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.bumped;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.category;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.change;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.economicCell;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.economicKey;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.functionCell;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.mutation;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.orphanCode;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.projectCell;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.replace;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.revenueCell;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.summaryLine;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.unitAmountCell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.ImmutableEconomicTable;
import org.yusuan.budget.table.ImmutableFunctionRow;
import org.yusuan.budget.table.ImmutableProjectGroup;
import org.yusuan.budget.table.ImmutableProjectTable;
import org.yusuan.budget.table.ImmutableStateCapitalTable;
import org.yusuan.budget.table.ImmutableThreePublicRow;
import org.yusuan.budget.table.ImmutableThreePublicTable;
import org.yusuan.budget.table.ImmutableTotalRow;
import org.yusuan.budget.table.ProjectGroup;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.StateCapitalTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.testkit.Mutation;
import org.yusuan.budget.testkit.mutation.BudgetEdits.Level;
import org.yusuan.budget.testkit.mutation.BudgetEdits.Line;
import org.yusuan.budget.testkit.mutation.MutatorRegistry;
import org.yusuan.budget.validation.rules.table.CarryOverProjectRowTotals;
import org.yusuan.budget.validation.rules.table.CarryOverProjectSubtotals;
import org.yusuan.budget.validation.rules.table.EconomicClassTotals;
import org.yusuan.budget.validation.rules.table.EconomicRowStructure;
import org.yusuan.budget.validation.rules.table.EconomicRowTotals;
import org.yusuan.budget.validation.rules.table.ExpenditureTableClassTotal;
import org.yusuan.budget.validation.rules.table.ExpenditureTableCodes;
import org.yusuan.budget.validation.rules.table.ExpenditureTableHierarchy;
import org.yusuan.budget.validation.rules.table.ExpenditureTableRowTotals;
import org.yusuan.budget.validation.rules.table.FiscalSummaryCarryOver;
import org.yusuan.budget.validation.rules.table.FiscalSummaryCategoryColumnTotals;
import org.yusuan.budget.validation.rules.table.FiscalSummaryCategoryRowTotals;
import org.yusuan.budget.validation.rules.table.FiscalSummaryFundExpenditure;
import org.yusuan.budget.validation.rules.table.FiscalSummaryIncomeTotals;
import org.yusuan.budget.validation.rules.table.FundExpenditureTotals;
import org.yusuan.budget.validation.rules.table.FundRevenueHierarchy;
import org.yusuan.budget.validation.rules.table.GeneralBudgetClassTotal;
import org.yusuan.budget.validation.rules.table.GeneralBudgetHierarchy;
import org.yusuan.budget.validation.rules.table.GeneralBudgetRowTotals;
import org.yusuan.budget.validation.rules.table.IncomeTableClassTotal;
import org.yusuan.budget.validation.rules.table.IncomeTableCodes;
import org.yusuan.budget.validation.rules.table.IncomeTableHierarchy;
import org.yusuan.budget.validation.rules.table.IncomeTableRowTotals;
import org.yusuan.budget.validation.rules.table.OperatingCostTotals;
import org.yusuan.budget.validation.rules.table.ProjectRepeatedGroupRows;
import org.yusuan.budget.validation.rules.table.ProjectRowTotals;
import org.yusuan.budget.validation.rules.table.ProjectSubtotals;
import org.yusuan.budget.validation.rules.table.StateCapitalTotals;
import org.yusuan.budget.validation.rules.table.SummaryBalance;
import org.yusuan.budget.validation.rules.table.SummaryCategoryColumnTotals;
import org.yusuan.budget.validation.rules.table.SummaryCategoryRowTotals;
import org.yusuan.budget.validation.rules.table.SummaryGrandTotal;
import org.yusuan.budget.validation.rules.table.SummaryIncomeTotal;
import org.yusuan.budget.validation.rules.table.ThreePublicRowTotals;
import org.yusuan.budget.validation.rules.table.ThreePublicTotal;
import org.yusuan.budget.validation.rules.table.ThreePublicVehicles;

/** The mutators of the within-table rules (表内规则变异器), T1.1–T13.2: one edit per rule unit. */
public final class TableMutators {
  private TableMutators() {}

  /**
   * Registers a mutator for every within-table rule, in catalog order.
   *
   * @param r the registry the mutators are added to
   */
  public static void register(MutatorRegistry r) {
    // 表一
    r.add(SummaryIncomeTotal.RULE, b -> summaryLine(b, SummaryIncomeTotal.RULE.id(), TableId.T1, Line.CURRENT, null));
    r.add(SummaryGrandTotal.RULE, b -> summaryLine(b, SummaryGrandTotal.RULE.id(), TableId.T1, Line.GRAND, null));
    r.add(SummaryCategoryRowTotals.RULE,
        b -> category(b, SummaryCategoryRowTotals.RULE.id(), TableId.T1, AmountColumn.TOTAL));
    r.add(SummaryCategoryColumnTotals.RULE,
        b -> summaryLine(b, SummaryCategoryColumnTotals.RULE.id(), TableId.T1, Line.CURRENT, AmountColumn.TOTAL));
    r.add(SummaryBalance.RULE,
        b -> summaryLine(b, SummaryBalance.RULE.id(), TableId.T1, Line.CURRENT, AmountColumn.CURRENT_YEAR));
    // 表二 / 表三 / 表五 / 表八
    r.add(IncomeTableRowTotals.RULE,
        b -> functionCell(b, IncomeTableRowTotals.RULE.id(), TableId.T2, 7, AmountColumn.CURRENT_YEAR));
    r.add(IncomeTableHierarchy.RULE,
        b -> functionCell(b, IncomeTableHierarchy.RULE.id(), TableId.T2, 5, AmountColumn.CURRENT_YEAR));
    r.add(IncomeTableClassTotal.RULE,
        b -> functionCell(b, IncomeTableClassTotal.RULE.id(), TableId.T2, 0, AmountColumn.CURRENT_YEAR));
    r.add(IncomeTableCodes.RULE, b -> orphanCode(b, IncomeTableCodes.RULE.id(), TableId.T2));
    r.add(ExpenditureTableRowTotals.RULE,
        b -> functionCell(b, ExpenditureTableRowTotals.RULE.id(), TableId.T3, 7, AmountColumn.TOTAL));
    r.add(ExpenditureTableHierarchy.RULE,
        b -> functionCell(b, ExpenditureTableHierarchy.RULE.id(), TableId.T3, 5, AmountColumn.TOTAL));
    r.add(ExpenditureTableClassTotal.RULE,
        b -> functionCell(b, ExpenditureTableClassTotal.RULE.id(), TableId.T3, 0, AmountColumn.TOTAL));
    r.add(ExpenditureTableCodes.RULE, b -> orphanCode(b, ExpenditureTableCodes.RULE.id(), TableId.T3));
    // 表四
    r.add(FiscalSummaryIncomeTotals.RULE,
        b -> summaryLine(b, FiscalSummaryIncomeTotals.RULE.id(), TableId.T4, Line.CURRENT, null));
    r.add(FiscalSummaryCarryOver.RULE,
        b -> summaryLine(b, FiscalSummaryCarryOver.RULE.id(), TableId.T4, Line.CARRY, null));
    r.add(FiscalSummaryCategoryRowTotals.RULE,
        b -> category(b, FiscalSummaryCategoryRowTotals.RULE.id(), TableId.T4, AmountColumn.TOTAL));
    r.add(FiscalSummaryCategoryColumnTotals.RULE,
        b -> summaryLine(b, FiscalSummaryCategoryColumnTotals.RULE.id(), TableId.T4, Line.CURRENT, AmountColumn.TOTAL));
    r.add(FiscalSummaryFundExpenditure.RULE, b -> summaryLine(b, FiscalSummaryFundExpenditure.RULE.id(), TableId.T4,
        Line.CURRENT, AmountColumn.GENERAL_BUDGET));
    r.add(GeneralBudgetRowTotals.RULE,
        b -> functionCell(b, GeneralBudgetRowTotals.RULE.id(), TableId.T5, 7, AmountColumn.TOTAL));
    r.add(GeneralBudgetHierarchy.RULE,
        b -> functionCell(b, GeneralBudgetHierarchy.RULE.id(), TableId.T5, 5, AmountColumn.TOTAL));
    r.add(GeneralBudgetClassTotal.RULE,
        b -> functionCell(b, GeneralBudgetClassTotal.RULE.id(), TableId.T5, 0, AmountColumn.TOTAL));
    // 表六
    r.add(EconomicRowTotals.RULE,
        b -> economicCell(b, EconomicRowTotals.RULE.id(), CodeLevel.SECTION, AmountColumn.TOTAL));
    r.add(EconomicClassTotals.RULE,
        b -> economicCell(b, EconomicClassTotals.RULE.id(), CodeLevel.CLASS, AmountColumn.TOTAL));
    r.add(EconomicRowStructure.RULE, b -> economicDuplicate(b, EconomicRowStructure.RULE.id()));
    r.add(FundRevenueHierarchy.RULE, b -> revenueCell(b, FundRevenueHierarchy.RULE.id(), "10301"));
    r.add(FundExpenditureTotals.RULE,
        b -> functionCell(b, FundExpenditureTotals.RULE.id(), TableId.T8, 7, AmountColumn.TOTAL));
    r.add(StateCapitalTotals.RULE, b -> stateCapitalCell(b, StateCapitalTotals.RULE.id()));
    // 表十 / 十一 / 十二 / 十三
    r.add(ThreePublicRowTotals.RULE, b -> threePublicCell(b, ThreePublicRowTotals.RULE.id(),
        ThreePublicItem.OFFICIAL_RECEPTION, AmountColumn.TOTAL));
    r.add(ThreePublicVehicles.RULE, b -> threePublicCell(b, ThreePublicVehicles.RULE.id(), ThreePublicItem.VEHICLES,
        AmountColumn.GENERAL_BUDGET));
    r.add(ThreePublicTotal.RULE,
        b -> threePublicCell(b, ThreePublicTotal.RULE.id(), null, AmountColumn.GENERAL_BUDGET));
    r.add(OperatingCostTotals.RULE, b -> unitAmountCell(b, OperatingCostTotals.RULE.id(), false));
    r.add(ProjectRowTotals.RULE,
        b -> projectCell(b, ProjectRowTotals.RULE.id(), TableId.T12, Level.PROJECT, AmountColumn.TOTAL));
    r.add(ProjectSubtotals.RULE,
        b -> projectCell(b, ProjectSubtotals.RULE.id(), TableId.T12, Level.UNIT, AmountColumn.TOTAL));
    r.add(ProjectRepeatedGroupRows.RULE, b -> duplicateGroupRow(b, ProjectRepeatedGroupRows.RULE.id(), TableId.T12));
    r.add(CarryOverProjectRowTotals.RULE,
        b -> projectCell(b, CarryOverProjectRowTotals.RULE.id(), TableId.T13, Level.PROJECT, AmountColumn.TOTAL));
    r.add(CarryOverProjectSubtotals.RULE,
        b -> projectCell(b, CarryOverProjectSubtotals.RULE.id(), TableId.T13, Level.UNIT, AmountColumn.TOTAL));
  }

  /** Prints the first 表六 款 row three times: a 部门 款 may occur at most twice (T6.3). */
  private static Optional<Mutation> economicDuplicate(DepartmentBudget b, String rule) {
    Optional<EconomicTable> found = b.economicTable(TableId.T6).filter(t -> !t.declaredEmpty());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    EconomicTable t = found.get();
    List<EconomicRow> rows = new ArrayList<>(t.rows());
    for (int i = 0; i < rows.size(); i++) {
      EconomicRow r = rows.get(i);
      if (r.level() == CodeLevel.SECTION) {
        rows.add(i + 1, r);
        rows.add(i + 1, r);
        return Optional.of(mutation(rule, replace(b, ImmutableEconomicTable.copyOf(t).withRows(rows)), "T6",
            economicKey(r), null, "表六 " + economicKey(r) + " 连续打印三次"));
      }
    }
    return Optional.empty();
  }

  /** 表九: the 合计 cell of its first expenditure row (T9.1 checks 合计 = 基本支出 + 项目支出 there). */
  private static Optional<Mutation> stateCapitalCell(DepartmentBudget b, String rule) {
    Optional<StateCapitalTable> found = b.stateCapitalTable(TableId.T9).filter(t -> !t.declaredEmpty());
    if (found.isEmpty() || found.get().expenditureRows().isEmpty()) {
      return Optional.empty();
    }
    StateCapitalTable t = found.get();
    int ci = t.columns().indexOf(AmountColumn.TOTAL);
    List<FunctionRow> rows = new ArrayList<>(t.expenditureRows());
    FunctionRow r = rows.get(0);
    rows.set(0, ImmutableFunctionRow.copyOf(r).withCells(bumped(r.cells(), ci)));
    return Optional.of(mutation(rule, replace(b, ImmutableStateCapitalTable.copyOf(t).withExpenditureRows(rows)),
        "T9", r.printedCode(), AmountColumn.TOTAL.chineseName(),
        change(t, r.printedCode(), AmountColumn.TOTAL, r.cells().get(ci))));
  }

  /** 表十: the row of {@code item}, or the 合计 row for null. */
  private static Optional<Mutation> threePublicCell(DepartmentBudget b, String rule, ThreePublicItem item,
      AmountColumn column) {
    Optional<ThreePublicTable> found = b.threePublicTable(TableId.T10).filter(t -> !t.declaredEmpty());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ThreePublicTable t = found.get();
    int ci = t.columns().indexOf(column);
    if (item == null) {
      TotalRow r = t.total().orElseThrow();
      return Optional.of(mutation(rule, replace(b, ImmutableThreePublicTable.copyOf(t).withTotal(
              ImmutableTotalRow.copyOf(r).withCells(bumped(r.cells(), ci)))), "T10", r.label(), column.chineseName(),
          change(t, r.label(), column, r.cells().get(ci))));
    }
    List<ThreePublicRow> rows = new ArrayList<>(t.rows());
    for (int i = 0; i < rows.size(); i++) {
      ThreePublicRow r = rows.get(i);
      if (r.item().equals(Optional.of(item))) {
        rows.set(i, ImmutableThreePublicRow.copyOf(r).withCells(bumped(r.cells(), ci)));
        return Optional.of(mutation(rule, replace(b, ImmutableThreePublicTable.copyOf(t).withRows(rows)), "T10",
            r.printedLabel(), column.chineseName(), change(t, r.printedLabel(), column, r.cells().get(ci))));
      }
    }
    return Optional.empty();
  }

  /** T12.3: the first unit's subtotal row printed a second time with a different 合计. */
  private static Optional<Mutation> duplicateGroupRow(DepartmentBudget b, String rule, TableId id) {
    Optional<ProjectTable> found = b.projectTable(id).filter(t -> !t.declaredEmpty() && !t.groups().isEmpty()
        && t.groups().get(0).subtotal().isPresent());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ProjectTable t = found.get();
    List<ProjectGroup> groups = new ArrayList<>(t.groups());
    ProjectGroup g = groups.get(0);
    TotalRow r = g.subtotal().get();
    List<TotalRow> subs = new ArrayList<>(g.subtotalRows());
    subs.add(ImmutableTotalRow.copyOf(r).withCells(bumped(r.cells(), 0)));
    groups.set(0, ImmutableProjectGroup.copyOf(g).withSubtotalRows(subs));
    return Optional.of(mutation(rule, replace(b, ImmutableProjectTable.copyOf(t).withGroups(groups)), id.value(),
        r.label(), null, id.chineseNumber().orElse(id.value()) + " 单位行「" + r.label() + "」重复打印，合计 "
            + r.cells().get(0) + " → " + r.cells().get(0).amountOrZero().plus(BUMP)));
  }
}
