package org.yusuan.budget.testkit.mutation.crosstable;

import static org.yusuan.budget.testkit.mutation.BudgetEdits.category;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.economicCell;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.functionCell;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.income;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.mutation;
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
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.ImmutableEconomicRow;
import org.yusuan.budget.table.ImmutableEconomicTable;
import org.yusuan.budget.table.ImmutableThreePublicRow;
import org.yusuan.budget.table.ImmutableThreePublicTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.testkit.Mutation;
import org.yusuan.budget.testkit.mutation.BudgetEdits.Level;
import org.yusuan.budget.testkit.mutation.BudgetEdits.Line;
import org.yusuan.budget.testkit.mutation.MutatorRegistry;
import org.yusuan.budget.validation.rules.crosstable.BasicExpenditureByItem;
import org.yusuan.budget.validation.rules.crosstable.BasicExpenditureBySource;
import org.yusuan.budget.validation.rules.crosstable.CarryOverProjects;
import org.yusuan.budget.validation.rules.crosstable.CurrentIncomeSpent;
import org.yusuan.budget.validation.rules.crosstable.ExpenditureGrandTotal;
import org.yusuan.budget.validation.rules.crosstable.ExpenditurePerCode;
import org.yusuan.budget.validation.rules.crosstable.FiscalSummary;
import org.yusuan.budget.validation.rules.crosstable.GeneralBudgetExpenditure;
import org.yusuan.budget.validation.rules.crosstable.GeneralBudgetProjects;
import org.yusuan.budget.validation.rules.crosstable.GovernmentFundExpenditure;
import org.yusuan.budget.validation.rules.crosstable.GovernmentFundProjects;
import org.yusuan.budget.validation.rules.crosstable.GovernmentFundRevenue;
import org.yusuan.budget.validation.rules.crosstable.IncomeTableTotals;
import org.yusuan.budget.validation.rules.crosstable.OperatingCosts;
import org.yusuan.budget.validation.rules.crosstable.ProjectExpenditure;
import org.yusuan.budget.validation.rules.crosstable.SummaryCategories;
import org.yusuan.budget.validation.rules.crosstable.ThreePublicCoversItems;

/** The mutators of the cross-table rules (表间, X1–X17): one amount changed on one side of a comparison. */
public final class CrossTableMutators {
  private CrossTableMutators() {}

  /**
   * Registers a mutator for every cross-table rule, in catalog order.
   *
   * @param r the registry the mutators are added to
   */
  public static void register(MutatorRegistry r) {
    r.add(IncomeTableTotals.RULE, b -> income(b, IncomeTableTotals.RULE.id(), TableId.T1, 0));
    r.add(SummaryCategories.RULE,
        b -> category(b, SummaryCategories.RULE.id(), TableId.T1, AmountColumn.CURRENT_YEAR));
    r.add(ExpenditurePerCode.RULE,
        b -> functionCell(b, ExpenditurePerCode.RULE.id(), TableId.T3, 7, AmountColumn.TOTAL));
    r.add(ExpenditureGrandTotal.RULE,
        b -> functionCell(b, ExpenditureGrandTotal.RULE.id(), TableId.T3, 0, AmountColumn.TOTAL));
    r.add(FiscalSummary.RULE, b -> category(b, FiscalSummary.RULE.id(), TableId.T4, AmountColumn.TOTAL));
    r.add(GeneralBudgetExpenditure.RULE,
        b -> functionCell(b, GeneralBudgetExpenditure.RULE.id(), TableId.T5, 7, AmountColumn.TOTAL));
    r.add(BasicExpenditureByItem.RULE,
        b -> economicCell(b, BasicExpenditureByItem.RULE.id(), null, AmountColumn.TOTAL));
    r.add(GovernmentFundRevenue.RULE, b -> revenueCell(b, GovernmentFundRevenue.RULE.id(), null));
    r.add(GovernmentFundExpenditure.RULE,
        b -> functionCell(b, GovernmentFundExpenditure.RULE.id(), TableId.T8, 7, AmountColumn.TOTAL));
    r.add(ProjectExpenditure.RULE,
        b -> functionCell(b, ProjectExpenditure.RULE.id(), TableId.T3, 0, AmountColumn.PROJECT));
    r.add(GeneralBudgetProjects.RULE,
        b -> functionCell(b, GeneralBudgetProjects.RULE.id(), TableId.T5, 0, AmountColumn.PROJECT));
    r.add(GovernmentFundProjects.RULE,
        b -> functionCell(b, GovernmentFundProjects.RULE.id(), TableId.T8, 0, AmountColumn.PROJECT));
    r.add(CurrentIncomeSpent.RULE, b -> summaryLine(b, CurrentIncomeSpent.RULE.id(), TableId.T1, Line.CURRENT, null));
    r.add(CarryOverProjects.RULE,
        b -> projectCell(b, CarryOverProjects.RULE.id(), TableId.T13, Level.DEPARTMENT, AmountColumn.TOTAL));
    r.add(BasicExpenditureBySource.RULE,
        b -> functionCell(b, BasicExpenditureBySource.RULE.id(), TableId.T3, 0, AmountColumn.BASIC));
    r.add(OperatingCosts.RULE, b -> unitAmountCell(b, OperatingCosts.RULE.id(), true));
    r.add(ThreePublicCoversItems.RULE, CrossTableMutators::receptionBelowTable6);
  }

  /** X17: 表十 公务接待费 printed below the 表六 公务接待费 row (renamed from a 公用经费 款 if absent). */
  static Optional<Mutation> receptionBelowTable6(DepartmentBudget b) {
    Optional<ThreePublicTable> t10 = b.threePublicTable(TableId.T10).filter(t -> !t.declaredEmpty());
    Optional<EconomicTable> t6 = b.economicTable(TableId.T6).filter(t -> !t.declaredEmpty());
    if (t10.isEmpty() || t6.isEmpty()) {
      return Optional.empty();
    }
    EconomicTable e = t6.get();
    List<EconomicRow> rows = new ArrayList<>(e.rows());
    String note = "";
    boolean has = rows.stream().anyMatch(r -> r.level() == CodeLevel.SECTION
        && r.departmentName().equals("公务接待费") && !e.cell(r, AmountColumn.TOTAL).isEmpty());
    DepartmentBudget d = b;
    if (!has) {
      int i = -1;
      for (int k = 0; k < rows.size() && i < 0; k++) {
        if (rows.get(k).level() == CodeLevel.SECTION && !e.cell(rows.get(k), AmountColumn.PUBLIC_EXPENSES).isEmpty()) {
          i = k;
        }
      }
      if (i < 0) {
        return Optional.empty();
      }
      note = "，表六「" + rows.get(i).departmentName() + "」改名为公务接待费";
      rows.set(i, ImmutableEconomicRow.copyOf(rows.get(i)).withDepartmentName("公务接待费"));
      d = replace(d, ImmutableEconomicTable.copyOf(e).withRows(rows));
    }
    ThreePublicTable t = t10.get();
    List<ThreePublicRow> r10 = new ArrayList<>(t.rows());
    for (int i = 0; i < r10.size(); i++) {
      ThreePublicRow r = r10.get(i);
      if (r.item().equals(Optional.of(ThreePublicItem.OFFICIAL_RECEPTION))) {
        List<AmountCell> cells = new ArrayList<>(r.cells());
        cells.set(t.columns().indexOf(AmountColumn.TOTAL), AmountCell.empty());
        r10.set(i, ImmutableThreePublicRow.copyOf(r).withCells(cells));
        return Optional.of(mutation(ThreePublicCoversItems.RULE.id(),
            replace(d, ImmutableThreePublicTable.copyOf(t).withRows(r10)), "T10",
            r.printedLabel(), null, "表十 公务接待费 合计: " + r.cells().get(0) + " → (空)" + note));
      }
    }
    return Optional.empty();
  }
}
