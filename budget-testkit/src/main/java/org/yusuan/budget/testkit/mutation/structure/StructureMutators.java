package org.yusuan.budget.testkit.mutation.structure;

import static org.yusuan.budget.testkit.mutation.BudgetEdits.mutation;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.replace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ImmutableFunctionTable;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.testkit.Mutation;
import org.yusuan.budget.testkit.mutation.MutatorRegistry;
import org.yusuan.budget.validation.rules.structure.DeclaredEmptyTables;
import org.yusuan.budget.validation.rules.structure.UndeclaredEmptyTables;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.validation.rules.structure.PrintedDepartment;
import org.yusuan.budget.validation.rules.structure.RequiredTables;
import org.yusuan.budget.validation.rules.structure.TitleYear;

/** The mutators of the document structure rules (文档结构, D1–D4): a table dropped, a table retitled. */
public final class StructureMutators {
  private StructureMutators() {}

  /**
   * Registers a mutator for every structure rule, in catalog order.
   *
   * @param r the registry the mutators are added to
   */
  public static void register(MutatorRegistry r) {
    r.add(RequiredTables.RULE, StructureMutators::dropTable);
    r.add(PrintedDepartment.RULE, b -> retitle(b, PrintedDepartment.RULE.id(), false));
    r.add(TitleYear.RULE, b -> retitle(b, TitleYear.RULE.id(), true));
    r.add(DeclaredEmptyTables.RULE, StructureMutators::declareEmpty);
    r.add(UndeclaredEmptyTables.RULE, StructureMutators::blankGrid);
  }

  /** D5: 表三 printed as an empty grid (its rows kept, every amount blank) without 本表无数据. */
  static Optional<Mutation> blankGrid(DepartmentBudget b) {
    Optional<FunctionTable> found = b.functionTable(TableId.T3);
    if (found.isEmpty() || found.get().declaredEmpty() || found.get().rows().isEmpty()) {
      return Optional.empty();
    }
    List<FunctionRow> rows = new ArrayList<>();
    for (FunctionRow r : found.get().rows()) {
      rows.add(FunctionRow.of(r.printedCode(), r.printedName(),
          java.util.Collections.nCopies(r.cells().size(), AmountCell.empty())));
    }
    FunctionTable n = ImmutableFunctionTable.copyOf(found.get()).withRows(rows)
        .withTotal(Optional.empty());
    return Optional.of(mutation(UndeclaredEmptyTables.RULE.id(), replace(b, n), "T3", null, null,
        "表三 空表格（金额全空，未注明本表无数据）"));
  }

  /** D4: 表三, which prints amounts, declared empty (本表无数据). */
  static Optional<Mutation> declareEmpty(DepartmentBudget b) {
    Optional<FunctionTable> found = b.functionTable(TableId.T3);
    if (found.isEmpty() || found.get().declaredEmpty() || found.get().total().isEmpty()
        || found.get().total().get().cells().stream().allMatch(c -> c.amountOrZero().isZero())) {
      return Optional.empty();
    }
    FunctionTable n = ImmutableFunctionTable.copyOf(found.get()).withDeclaredEmpty(true);
    return Optional.of(mutation(DeclaredEmptyTables.RULE.id(), replace(b, n), "T3", null, null,
        "表三 注明本表无数据"));
  }

  /** D1: 表十三 (a required table) dropped. */
  static Optional<Mutation> dropTable(DepartmentBudget b) {
    if (b.projectTable(TableId.T13).isEmpty()) {
      return Optional.empty();
    }
    List<ProjectTable> kept = new ArrayList<>();
    for (ProjectTable t : b.projectTables()) {
      if (!t.id().equals(TableId.T13)) {
        kept.add(t);
      }
    }
    return Optional.of(mutation(RequiredTables.RULE.id(), ImmutableDepartmentBudget.copyOf(b).withProjectTables(kept),
        "T13", null, null, "表十三 整表删除"));
  }

  /** 表三's printed 部门名称 (D2) or title year (D3) changed. */
  static Optional<Mutation> retitle(DepartmentBudget b, String rule, boolean year) {
    Optional<FunctionTable> found = b.functionTable(TableId.T3);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    FunctionTable t = found.get();
    FunctionTable n;
    String what;
    if (year) {
      String title = (b.budgetYear() - 1) + "年" + "预算支出总表";
      n = ImmutableFunctionTable.copyOf(t).withPrintedTitle(title);
      what = "表三 标题 → " + title;
    } else {
      n = ImmutableFunctionTable.copyOf(t).withPrintedDepartment("另一个部门");
      what = "表三 部门名称 → 另一个部门";
    }
    return Optional.of(mutation(rule, replace(b, n), "T3", null, null, what));
  }
}
