package org.yusuan.budget.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ImmutableFunctionTable;
import org.yusuan.budget.table.Seed003Model;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.rules.Validators;

/** Findings name tables as the document prints them: locations, table arguments and rule titles. */
class TableNumbersTest {
  /** Seed 003 with its 表五 and 表三 printed as Shanghai prints them: 5 and 3, with their own titles. */
  private static DepartmentBudget renumbered() {
    DepartmentBudget b = Seed003Model.budget();
    List<FunctionTable> tables = new ArrayList<>();
    for (FunctionTable t : b.functionTables()) {
      if (t.id().equals(TableId.T5)) {
        tables.add(ImmutableFunctionTable.copyOf(t).withPrintedNumber("5")
            .withPrintedTitle("2025年部门一般公共预算支出功能分类预算表"));
      } else if (t.id().equals(TableId.T2)) {
        tables.add(ImmutableFunctionTable.copyOf(t).withPrintedNumber("2"));
      } else {
        tables.add(t);
      }
    }
    return ImmutableDepartmentBudget.copyOf(b).withFunctionTables(tables);
  }

  @Test
  void theStandardNumbersAreKeptWhereTheDocumentPrintsThem() {
    TableNumbers n = TableNumbers.of(Seed003Model.budget());
    assertThat(n.isIdentity()).isTrue();
    assertThat(n.renumber("表五 ↔ 表一、表二 一般公共预算")).isEqualTo("表五 ↔ 表一、表二 一般公共预算");
  }

  @Test
  void aRuleTitleAndItsLocationsUseTheDocumentsNumbers() {
    TableNumbers n = TableNumbers.of(renumbered());
    assertThat(n.renumber("表五 ↔ 表一、表二 一般公共预算")).isEqualTo("表5 ↔ 表一、表2 一般公共预算");
    assertThat(n.renumber("表十二 合计 ≤ 表十 ")).isEqualTo("表十二 合计 ≤ 表十 ");
    assertThat(n.renumberEnglish("Table 5 ↔ general budget in Tables 1 and 2"))
        .isEqualTo("Table 5 ↔ general budget in Tables 1 and 2");
    assertThat(n.renumberEnglish("Table 3 project expenditure = Tables 12 + 13"))
        .isEqualTo("Table 3 project expenditure = Tables 12 + 13");
  }

  @Test
  void englishTitlesTakeTheDocumentsNumbersToo() {
    DepartmentBudget b = renumbered();
    List<FunctionTable> tables = new ArrayList<>();
    for (FunctionTable t : b.functionTables()) {
      tables.add(t.id().equals(TableId.T8) ? ImmutableFunctionTable.copyOf(t).withPrintedNumber("6") : t);
    }
    TableNumbers n = TableNumbers.of(ImmutableDepartmentBudget.copyOf(b).withFunctionTables(tables));
    assertThat(n.renumberEnglish("Table 8 total = Tables 5, 8 and 2"))
        .isEqualTo("Table 6 total = Tables 5, 6 and 2");
    assertThat(n.renumber("表八 合计")).isEqualTo("表6 合计");
  }

  @Test
  void findingsOfARenumberedBudgetNameItsTables() {
    DepartmentBudget b = ImmutableDepartmentBudget.copyOf(renumbered());
    // break 表五's 合计 so that X6 (表五 ↔ 表一、表二) reports
    FunctionTable t5 = b.functionTable(TableId.T5).orElseThrow();
    List<FunctionTable> tables = new ArrayList<>();
    for (FunctionTable t : b.functionTables()) {
      tables.add(t.id().equals(TableId.T5) ? ImmutableFunctionTable.copyOf(t5)
          .withTotal(org.yusuan.budget.table.TotalRow.of("合计", t5.total().orElseThrow().cells().stream()
              .map(c -> org.yusuan.budget.table.AmountCell.of(c.amountOrZero()
                  .plus(org.yusuan.budget.money.WanYuan.parse("100.00")))).toList())) : t);
    }
    ValidationReport r = Validators.standard().validate(
        ImmutableDepartmentBudget.copyOf(b).withFunctionTables(tables));
    Finding x6 = r.findings().stream().filter(f -> f.rule().equals("X6")).findFirst().orElseThrow();
    assertThat(x6.location().tableLabel()).contains("表5 部门一般公共预算支出功能分类预算表");
    assertThat(x6.message(Locale.CHINESE)).startsWith("表5 ↔ 表一、表2 一般公共预算：表5 部门一般公共预算支出功能分类预算表「合计」行");
  }
}
