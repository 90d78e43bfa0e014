package org.yusuan.budget.validation.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ImmutableFunctionTable;
import org.yusuan.budget.table.Seed003Model;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.Validator;

/** D5 on seed 003's 表八 (政府性基金): printed with amounts, blank, blank but declared, zeros. */
class UndeclaredEmptyTablesTest {
  private static List<Finding> d5(UnaryCell cell, boolean declared) {
    DepartmentBudget seed = Seed003Model.budget();
    FunctionTable t8 = seed.tablesById().functionTable(TableId.T8).orElseThrow();
    List<FunctionRow> rows = new ArrayList<>();
    for (FunctionRow r : t8.rows()) {
      rows.add(cell == null ? r : FunctionRow.of(r.printedCode(), r.printedName(),
          Collections.nCopies(r.cells().size(), cell.make())));
    }
    FunctionTable n = ImmutableFunctionTable.copyOf(t8).withRows(rows)
        .withTotal(cell == null ? t8.total() : Optional.empty()).withDeclaredEmpty(declared);
    List<FunctionTable> tables = new ArrayList<>();
    for (FunctionTable t : seed.functionTables()) {
      tables.add(t.id().equals(TableId.T8) ? n : t);
    }
    DepartmentBudget b = ImmutableDepartmentBudget.copyOf(seed).withFunctionTables(tables);
    return Validator.of(List.of(UndeclaredEmptyTables.RULE)).validate(b).findingsOf("D5");
  }

  private interface UnaryCell {
    AmountCell make();
  }

  @Test
  void aTableWithAmountsOrZerosOrItsNotePasses() {
    assertThat(d5(null, false)).isEmpty();
    assertThat(d5(() -> AmountCell.parse("0.00"), false)).isEmpty();  // zeros are figures
    assertThat(d5(AmountCell::empty, true)).isEmpty();  // 本表无数据 with its skeleton grid
  }

  @Test
  void aBlankGridWithoutItsNoteIsAWarningOnTheTable() {
    assertThat(d5(AmountCell::empty, false)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location().table()).contains("T8");
      assertThat(f.message(java.util.Locale.CHINA)).contains("未印任何金额，却未注明本表无数据");
    });
  }
}
