package org.yusuan.budget.testkit.mutation.pairing;

import static org.yusuan.budget.table.AmountColumn.BUDGETED;
import static org.yusuan.budget.table.AmountColumn.TOTAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ImmutableFunctionRow;
import org.yusuan.budget.table.ImmutableFunctionTable;
import org.yusuan.budget.table.ImmutableSummaryTable;
import org.yusuan.budget.table.ImmutableThreePublicTable;
import org.yusuan.budget.table.ImmutableSummaryLine;
import org.yusuan.budget.table.ImmutableThreePublicRow;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.testkit.mutation.BudgetEdits;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.pairing.BudgetPair;

/**
 * One mutator per pairing rule (JB1…JB7), over the pair of a generated 预算 and {@link
 * FinalAccountsOf its 决算}: each changes the 决算 in one place (or its department or year) so that
 * exactly its rule reports it there. Empty when the pair lacks the data (no 机关运行经费 row, no F4).
 */
public final class PairMutators {
  private static final Map<String, Function<BudgetPair, Optional<PairMutation>>> MUTATORS = new LinkedHashMap<>();

  static {
    MUTATORS.put("JB1", PairMutators::otherDepartment);
    MUTATORS.put("JB2", PairMutators::otherYear);
    MUTATORS.put("JB3", p -> threePublic(p, "JB3", false));
    MUTATORS.put("JB4", PairMutators::generalBudget);
    MUTATORS.put("JB5", p -> threePublic(p, "JB5", true));
    MUTATORS.put("JB6", PairMutators::unbudgetedItem);
    MUTATORS.put("JB7", PairMutators::fiscalTotal);
  }

  private PairMutators() {}

  /**
   * {@return the pair of {@code budget} and its 决算 as budgeted ({@link FinalAccountsOf#of}): no
   * pairing rule finds anything in it}
   *
   * @param budget a consistent 预算
   */
  public static BudgetPair consistentPair(DepartmentBudget budget) {
    return new BudgetPair(budget, FinalAccountsOf.of(budget));
  }

  /** {@return the rule ids that have a mutator ({@code JB1}…{@code JB7})} */
  public static Set<String> ruleIds() {
    return MUTATORS.keySet();
  }

  /**
   * {@return the mutation of {@code pair} for {@code ruleId}; empty when the pair lacks the data or no
   * mutator exists}
   *
   * @param pair a consistent pair, e.g. from {@link #consistentPair}
   * @param ruleId the pairing rule to break, e.g. {@code JB3}
   */
  public static Optional<PairMutation> mutate(BudgetPair pair, String ruleId) {
    Function<BudgetPair, Optional<PairMutation>> m = MUTATORS.get(ruleId);
    return m == null ? Optional.empty() : m.apply(pair);
  }

  private static BudgetPair withFinal(BudgetPair p, DepartmentBudget f) {
    return new BudgetPair(p.budget(), f);
  }

  private static Optional<PairMutation> otherDepartment(BudgetPair p) {
    DepartmentBudget f = ImmutableDepartmentBudget.copyOf(p.finalAccounts())
        .withDepartmentName(p.finalAccounts().departmentName() + "下属中心").withDepartmentCode(Optional.empty());
    return Optional.of(new PairMutation("JB1", withFinal(p, f), Location.document(),
        "决算 department " + p.finalAccounts().departmentName() + " → " + f.departmentName()));
  }

  private static Optional<PairMutation> otherYear(BudgetPair p) {
    int y = p.finalAccounts().budgetYear() - 1;
    DepartmentBudget f = ImmutableDepartmentBudget.copyOf(p.finalAccounts()).withBudgetYear(y);
    return Optional.of(new PairMutation("JB2", withFinal(p, f), Location.document(),
        "决算 year " + p.finalAccounts().budgetYear() + " → " + y));
  }

  /** F7 预算数 of the first item row (JB3) or of the 机关运行经费 row (JB5), bumped. */
  private static Optional<PairMutation> threePublic(BudgetPair p, String rule, boolean operatingCosts) {
    Optional<ThreePublicTable> t = p.finalAccounts().tablesById().threePublicTable(TableId.F7);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    List<ThreePublicRow> rows = new ArrayList<>(t.get().rows());
    int bi = t.get().columns().indexOf(BUDGETED);
    for (int i = 0; i < rows.size(); i++) {
      ThreePublicRow r = rows.get(i);
      if (r.item().isPresent() == operatingCosts) {
        continue;
      }
      AmountCell before = r.cells().get(bi);
      rows.set(i, ImmutableThreePublicRow.copyOf(r).withCells(BudgetEdits.bumped(r.cells(), bi)));
      ThreePublicTable n = ImmutableThreePublicTable.copyOf(t.get()).withRows(rows);
      return Optional.of(new PairMutation(rule, withFinal(p, BudgetEdits.replace(p.finalAccounts(), n)),
          cellAt("F7", r.printedLabel()), BudgetEdits.change(n, r.printedLabel(), BUDGETED, before)));
    }
    return Optional.empty();
  }

  private static Location cellAt(String table, String row) {
    return Location.cell(table, row, BUDGETED.chineseName());
  }

  /** F5 预算数 of its first row, bumped. */
  private static Optional<PairMutation> generalBudget(BudgetPair p) {
    Optional<FunctionTable> t = BudgetEdits.withData(p.finalAccounts().tablesById().functionTable(TableId.F5));
    if (t.isEmpty() || t.get().rows().isEmpty()) {
      return Optional.empty();
    }
    List<FunctionRow> rows = new ArrayList<>(t.get().rows());
    FunctionRow r = rows.get(0);
    int bi = t.get().columns().indexOf(BUDGETED);
    rows.set(0, ImmutableFunctionRow.copyOf(r).withCells(BudgetEdits.bumped(r.cells(), bi)));
    FunctionTable n = ImmutableFunctionTable.copyOf(t.get()).withRows(rows);
    String code = r.printedCode().replace(" ", "");
    return Optional.of(new PairMutation("JB4", withFinal(p, BudgetEdits.replace(p.finalAccounts(), n)),
        cellAt("F5", code), BudgetEdits.change(n, code, BUDGETED, r.cells().get(bi))));
  }

  /** An F5 项 the 预算 never budgeted: a 7-digit code of the table's first 款 that 表五 lacks, 1.00 spent. */
  private static Optional<PairMutation> unbudgetedItem(BudgetPair p) {
    Optional<FunctionTable> t = BudgetEdits.withData(p.finalAccounts().tablesById().functionTable(TableId.F5));
    if (t.isEmpty()) {
      return Optional.empty();
    }
    var index = t.get().rowIndex();
    for (int i = 0; i < index.size(); i++) {
      String code = index.code(i);
      if (code.length() != 5) {
        continue;
      }
      for (int k = 98; k >= 10; k--) {
        String item = code + k;
        if (index.indexOf(item) < 0) {
          List<FunctionRow> rows = new ArrayList<>(t.get().rows());
          rows.add(i + 1, FunctionRow.of(item, "未编列预算的支出", "", "1.00", "", "1.00"));
          FunctionTable n = ImmutableFunctionTable.copyOf(t.get()).withRows(rows);
          return Optional.of(new PairMutation("JB6", withFinal(p, BudgetEdits.replace(p.finalAccounts(), n)),
              Location.cell("F5", item, TOTAL.chineseName()), "决算 F5 + " + item + " 合计 1.00 (表五 has no " + item + ")"));
        }
      }
    }
    return Optional.empty();
  }

  /** F4 本年支出合计 预算数, bumped. */
  private static Optional<PairMutation> fiscalTotal(BudgetPair p) {
    Optional<SummaryTable> t = p.finalAccounts().tablesById().summaryTable(TableId.F4);
    if (t.isEmpty() || t.get().currentYearTotal().isEmpty()) {
      return Optional.empty();
    }
    SummaryLine l = t.get().currentYearTotal().get();
    int bi = t.get().columns().indexOf(BUDGETED);
    SummaryTable n = ImmutableSummaryTable.copyOf(t.get())
        .withCurrentYearTotal(ImmutableSummaryLine.copyOf(l).withCells(BudgetEdits.bumped(l.cells(), bi)));
    return Optional.of(new PairMutation("JB7", withFinal(p, BudgetEdits.replace(p.finalAccounts(), n)),
        cellAt("F4", l.expenditureLabel()), BudgetEdits.change(n, l.expenditureLabel(), BUDGETED, l.cells().get(bi))));
  }
}
