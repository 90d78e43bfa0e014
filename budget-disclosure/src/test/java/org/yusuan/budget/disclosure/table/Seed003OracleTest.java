package org.yusuan.budget.disclosure.table;

import org.yusuan.budget.table.Seed003Model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yusuan.budget.disclosure.text.TextNormalizer;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.BudgetUnit;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ProjectGroup;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.RevenueRow;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.StateCapitalTable;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.table.UnitAmountTable;
import org.yusuan.budget.table.UnitType;

/**
 * The tables the reader produces for seed 003 equal the hand-built oracle ({@link Seed003Model}, budget-core's test fixture),
 * row by row and cell by cell; names are compared normalised (the oracle keeps the mid-word spaces
 * of 表一 as printed, the reader removes them).
 */
class Seed003OracleTest {
  private static final Map<TableId, Supplier<BudgetTable>> ORACLE = Map.ofEntries(
      Map.entry(TableId.T1, Seed003Model::t1), Map.entry(TableId.T2, Seed003Model::t2),
      Map.entry(TableId.T3, Seed003Model::t3), Map.entry(TableId.T4, Seed003Model::t4),
      Map.entry(TableId.T5, Seed003Model::t5), Map.entry(TableId.T6, Seed003Model::t6),
      Map.entry(TableId.T7, Seed003Model::t7), Map.entry(TableId.T8, Seed003Model::t8),
      Map.entry(TableId.T9, Seed003Model::t9), Map.entry(TableId.T10, Seed003Model::t10),
      Map.entry(TableId.T11, Seed003Model::t11), Map.entry(TableId.T12, Seed003Model::t12),
      Map.entry(TableId.T13, Seed003Model::t13));

  static Stream<Arguments> tables() {
    return TableId.standardIds().stream().map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("tables")
  void tableEqualsTheOracleCellByCell(TableId id) {
    DepartmentBudget budget = Seeds.read(Seeds.S003).budget();
    BudgetTable read = budget.table(id).orElseThrow();
    BudgetTable expected = ORACLE.get(id).get();
    assertThat(render(read)).as(id.toString()).containsExactlyElementsOf(render(expected));
    assertThat(read.printedTitle()).isEqualTo(expected.printedTitle());
    assertThat(read.printedDepartment()).isEqualTo(expected.printedDepartment());
    assertThat(read.declaredEmpty()).isEqualTo(expected.declaredEmpty());
    assertThat(read.columns()).isEqualTo(expected.columns());
  }

  @Test
  void tablesWithoutClassificationNamesAreEqualAsValues() {
    DepartmentBudget budget = Seeds.read(Seeds.S003).budget();
    for (TableId id : List.of(TableId.T2, TableId.T3, TableId.T5, TableId.T7, TableId.T8,
        TableId.T9, TableId.T10, TableId.T11, TableId.T12, TableId.T13)) {
      assertThat(budget.table(id)).as(id.toString()).contains(ORACLE.get(id).get());
    }
  }

  @Test
  void theUnitIsTheDepartmentAndItsTypeIsTheOneTheTextStates() {
    DepartmentBudget budget = Seeds.read(Seeds.S003).budget();
    // L48 泽州县自然资源局为行政单位
    assertThat(budget.units()).containsExactly(BudgetUnit.of("泽州县自然资源局", UnitType.ADMINISTRATIVE));
    assertThat(budget.departmentName()).isEqualTo("泽州县自然资源局");
    assertThat(budget.budgetYear()).isEqualTo(2025);
  }

  /** A table as lines of text: one per row, kind, normalised labels and every cell. */
  static List<String> render(BudgetTable table) {
    List<String> out = new ArrayList<>();
    if (table instanceof SummaryTable) {
      SummaryTable t = (SummaryTable) table;
      t.incomeRows().forEach(r -> out.add("income|" + n(r.printedLabel()) + "|" + r.amount()));
      t.categoryRows().forEach(r -> out.add("class|" + n(r.printedName()) + "|" + r.code()
          + "|" + r.cells()));
      t.currentYearTotal().ifPresent(l -> out.add("current|" + line(l)));
      t.carryOver().ifPresent(l -> out.add("carry|" + line(l)));
      t.carryOverByFund().forEach(r -> out.add("byFund|" + n(r.printedLabel()) + "|" + r.amount()));
      t.grandTotal().ifPresent(l -> out.add("grand|" + line(l)));
    } else if (table instanceof FunctionTable) {
      FunctionTable t = (FunctionTable) table;
      t.total().ifPresent(r -> out.add(total(r)));
      t.rows().forEach(r -> out.add(function(r)));
    } else if (table instanceof EconomicTable) {
      EconomicTable t = (EconomicTable) table;
      t.total().ifPresent(r -> out.add(total(r)));
      for (EconomicRow r : t.rows()) {
        out.add(r.level() + "|" + n(r.departmentName()) + "|" + r.governmentName().map(
            Seed003OracleTest::n).orElse("-") + "|" + r.cells());
      }
    } else if (table instanceof RevenueTable) {
      RevenueTable t = (RevenueTable) table;
      t.total().ifPresent(r -> out.add(total(r)));
      t.rows().forEach(r -> out.add(revenue(r)));
    } else if (table instanceof StateCapitalTable) {
      StateCapitalTable t = (StateCapitalTable) table;
      t.revenueTotal().ifPresent(r -> out.add("revenue " + total(r)));
      t.revenueRows().forEach(r -> out.add(revenue(r)));
      t.expenditureTotal().ifPresent(r -> out.add("expenditure " + total(r)));
      t.expenditureRows().forEach(r -> out.add(function(r)));
    } else if (table instanceof ThreePublicTable) {
      ThreePublicTable t = (ThreePublicTable) table;
      for (ThreePublicRow r : t.rows()) {
        out.add(n(r.printedLabel()) + "|" + r.item() + "|" + r.cells());
      }
      t.total().ifPresent(r -> out.add(total(r)));
    } else if (table instanceof UnitAmountTable) {
      UnitAmountTable t = (UnitAmountTable) table;
      t.total().ifPresent(r -> out.add(total(r)));
      t.rows().forEach(r -> out.add("unit|" + n(r.printedUnitName()) + "|" + r.cells()));
    } else if (table instanceof ProjectTable) {
      ProjectTable t = (ProjectTable) table;
      t.total().ifPresent(r -> out.add("department " + total(r)));
      for (ProjectGroup g : t.groups()) {
        g.subtotalRows().forEach(r -> out.add("unit " + total(r)));
        g.projects().forEach(r -> out.add("project|" + n(r.printedName()) + "|" + r.cells()));
      }
    } else {
      throw new AssertionError("unknown table " + table.getClass());
    }
    return out;
  }

  private static String n(String name) {
    return TextNormalizer.label(name);
  }

  private static String total(TotalRow r) {
    return "total|" + n(r.label()) + "|" + r.cells();
  }

  private static String function(FunctionRow r) {
    return r.printedCode() + "|" + r.code() + "|" + n(r.printedName()) + "|" + r.cells();
  }

  private static String revenue(RevenueRow r) {
    return r.printedCode() + "|" + r.code() + "|" + n(r.printedName()) + "|" + r.cells();
  }

  private static String line(SummaryLine l) {
    return n(l.incomeLabel()) + "|" + l.incomeAmount() + "|" + n(l.expenditureLabel()) + "|"
        + l.cells();
  }
}
