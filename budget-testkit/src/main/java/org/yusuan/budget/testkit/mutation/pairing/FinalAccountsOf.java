package org.yusuan.budget.testkit.mutation.pairing;

import static org.yusuan.budget.table.AmountColumn.BASIC;
import static org.yusuan.budget.table.AmountColumn.BUDGETED;
import static org.yusuan.budget.table.AmountColumn.FINAL;
import static org.yusuan.budget.table.AmountColumn.PROJECT;
import static org.yusuan.budget.table.AmountColumn.TOTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.AmountRow;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ImmutableFunctionRow;
import org.yusuan.budget.table.ImmutableSummaryLine;
import org.yusuan.budget.table.ImmutableThreePublicRow;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TableLayout;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.table.UnitAmountTable;
import org.yusuan.budget.template.DocumentKind;
import org.yusuan.budget.template.ImmutableTableProfile;
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.template.TableSpec;

/**
 * The 决算 a 预算 would have if the year ran exactly as budgeted (预算对应的决算): same department and
 * year; F4 本年支出合计 预算数 = 表四's, F5 预算数 and 决算 合计/基本/项目 = 表五's, F7 预算数 = 决算数 = 表十
 * 合计 per item, and a 机关运行经费 row = 表十一 部门合计. Every pairing rule passes on the two; the pair
 * mutators break one place of it.
 */
public final class FinalAccountsOf {
  private FinalAccountsOf() {}

  static final TableSpec F4 = TableSpec.of(TableId.F4, "财政拨款收入支出决算总表", TableLayout.SUMMARY,
      List.of(BUDGETED, TOTAL), true);
  static final TableSpec F5 = TableSpec.of(TableId.F5, "一般公共预算财政拨款支出决算表", TableLayout.FUNCTION,
      List.of(BUDGETED, TOTAL, BASIC, PROJECT), true);
  static final TableSpec F7 = TableSpec.of(TableId.F7, "财政拨款“三公”经费支出决算表", TableLayout.THREE_PUBLIC,
      List.of(BUDGETED, FINAL), true);
  /** The template of the derived 决算. */
  public static final TableProfile PROFILE = ImmutableTableProfile.builder().name("derived-final-accounts")
      .kind(DocumentKind.FINAL_ACCOUNTS).addTables(F4, F5, F7).build();

  /** The label of the 机关运行经费 row of F7. */
  static final String OPERATING_COSTS = "机关运行经费";

  /**
   * {@return the 决算 of {@code budget} (a 预算) as budgeted} It holds F4, F5 and F7, derived from
   * 表四, 表五 and 表十 (with 表十一) where the budget prints them, every 决算 figure equal to its
   * budgeted one; the template is {@link #PROFILE}.
   *
   * @param budget a 预算
   */
  public static DepartmentBudget of(DepartmentBudget budget) {
    ImmutableDepartmentBudget.Builder b = ImmutableDepartmentBudget.builder()
        .departmentName(budget.departmentName())
        .departmentCode(budget.departmentCode())
        .budgetYear(budget.budgetYear())
        .units(budget.units())
        .profile(PROFILE);
    budget.tablesById().summaryTable(TableId.T4).flatMap(FinalAccountsOf::f4).ifPresent(b::addSummaryTables);
    budget.tablesById().functionTable(TableId.T5).map(FinalAccountsOf::f5).ifPresent(b::addFunctionTables);
    budget.tablesById().threePublicTable(TableId.T10)
        .map(t -> f7(t, budget.tablesById().unitAmountTable(TableId.T11))).ifPresent(b::addThreePublicTables);
    return b.build();
  }

  private static AmountCell cell(BudgetTable t, AmountRow r, AmountColumn c) {
    int i = t.columns().indexOf(c);
    return i < 0 ? AmountCell.empty() : r.cells().get(i);
  }

  private static Optional<SummaryTable> f4(SummaryTable t4) {
    if (t4.currentYearTotal().isEmpty() || t4.incomeRows().isEmpty()) {
      return Optional.empty();
    }
    SummaryLine l = t4.currentYearTotal().get();
    AmountCell total = cell(t4, l, TOTAL);
    return Optional.of(SummaryTable.builder(F4).incomeRows(t4.incomeRows())
        .currentYearTotal(ImmutableSummaryLine.copyOf(l).withCells(total, total)).build());
  }

  private static FunctionTable f5(FunctionTable t5) {
    List<FunctionRow> rows = new ArrayList<>();
    for (FunctionRow r : t5.rows()) {
      rows.add(ImmutableFunctionRow.copyOf(r).withCells(cells(t5, r)));
    }
    var f5 = FunctionTable.builder(F5).rows(rows).declaredEmpty(t5.declaredEmpty());
    t5.total().ifPresent(total -> f5.total(TotalRow.of(total.label(), cells(t5, total))));
    return f5.build();
  }

  private static List<AmountCell> cells(FunctionTable t5, AmountRow r) {
    AmountCell total = cell(t5, r, TOTAL);
    return List.of(total, total, cell(t5, r, BASIC), cell(t5, r, PROJECT));
  }

  private static ThreePublicTable f7(ThreePublicTable t10, Optional<UnitAmountTable> t11) {
    List<ThreePublicRow> rows = new ArrayList<>();
    for (ThreePublicRow r : t10.rows()) {
      AmountCell c = t10.declaredEmpty() ? AmountCell.empty() : cell(t10, r, TOTAL);
      rows.add(ImmutableThreePublicRow.copyOf(r).withCells(c, c));
    }
    if (t11.isPresent() && t11.get().total().isPresent()) {
      AmountCell c = t11.get().declaredEmpty() ? AmountCell.empty() : cell(t11.get(), t11.get().total().get(), TOTAL);
      rows.add(ImmutableThreePublicRow.builder().printedLabel(OPERATING_COSTS).cells(List.of(c, c)).build());
    }
    var f7 = ThreePublicTable.builder(F7).rows(rows);
    t10.total().ifPresent(total -> {
      AmountCell c = t10.declaredEmpty() ? AmountCell.empty() : cell(t10, total, TOTAL);
      f7.total(TotalRow.of(total.label(), List.of(c, c)));
    });
    return f7.build();
  }
}
