package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.disclosure.LineRecord;
import org.yusuan.budget.disclosure.ReadIssue;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ProjectGroup;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.StateCapitalTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.UnitAmountTable;

/**
 * The disclosure reader (issue E) property-tested with the arbitraries (issue F): a generated budget
 * rendered to the published text layout ({@link DisclosureText}) reads back to the same tables —
 * every table, every row, every cell, the 类 codes of 表一 / 表四 and the 表六 codes the reader assigns
 * from the printed names — and the reader understands every line.
 */
class RenderReadRoundTripProperties {

  @Property(tries = 200, shrinking = ShrinkingMode.FULL)
  void renderedBudgetReadsBackToTheSameTables(@ForAll("budgets") DepartmentBudget budget)
      throws IOException {
    String text = DisclosureText.render(budget);
    Disclosure read = DisclosureReader.read(new StringReader(text), "generated");

    List<LineRecord> notUnderstood = read.report().lines(LineDisposition.NOT_UNDERSTOOD);
    assertThat(notUnderstood).as("lines not understood in\n%s", text).isEmpty();
    assertThat(read.budget().departmentName()).isEqualTo(budget.departmentName());
    assertThat(read.budget().budgetYear()).isEqualTo(budget.budgetYear());
    assertThat(read.budget().tables().stream().map(BudgetTable::id))
        .containsExactlyElementsOf(budget.tables().stream().map(BudgetTable::id).toList());
    for (BudgetTable generated : budget.tables()) {
      Optional<BudgetTable> back = read.budget().table(generated.id());
      assertThat(back).as("table %s read back", generated.id()).isPresent();
      // row by row first, so that a failure names the row; then the whole value
      assertThat(describe(back.get())).as("table %s read back from\n%s", generated.id(), text)
          .containsExactlyElementsOf(describe(generated));
      assertThat(back.get()).as("table %s", generated.id()).isEqualTo(generated);
    }
  }

  /**
   * The same round trip for budgets without every feature: tables declared empty (表七 / 表八 without
   * 政府性基金, 表十 without “三公”经费, 表十三 without 上年结转) print their skeletons, and non-fiscal funds.
   */
  @Property(tries = 100, shrinking = ShrinkingMode.FULL)
  void skeletonsOfEmptyTablesReadBack(@ForAll("plainBudgets") DepartmentBudget budget) throws IOException {
    Statistics.label("declared empty").collect(budget.tables().stream().filter(BudgetTable::declaredEmpty)
        .map(t -> t.id().value()).collect(Collectors.joining(" ")));
    renderedBudgetReadsBackToTheSameTables(budget);
  }

  /** Several units, several projects each: the reader finds the unit rows of 表十二 / 十三 by arithmetic. */
  @Property(tries = 100, shrinking = ShrinkingMode.FULL)
  void manyUnitsReadBack(@ForAll("largerBudgets") DepartmentBudget budget) throws IOException {
    renderedBudgetReadsBackToTheSameTables(budget);
  }

  @Property(tries = 100)
  void theReaderWarnsAboutNothingInARenderedBudget(@ForAll("anyBudgets") DepartmentBudget budget)
      throws IOException {
    Disclosure read = DisclosureReader.read(new StringReader(DisclosureText.render(budget)), "generated");
    List<ReadIssue> warnings = read.report().issues().stream()
        .filter(i -> i.level() == ReadIssue.Level.WARNING).toList();
    assertThat(warnings).isEmpty();
  }

  @Provide
  Arbitrary<DepartmentBudget> budgets() {
    return BudgetArbitraries.budgets().withEveryFeature();
  }

  @Provide
  Arbitrary<DepartmentBudget> anyBudgets() {
    return Arbitraries.oneOf(budgets(), plainBudgets(), largerBudgets());
  }

  @Provide
  Arbitrary<DepartmentBudget> largerBudgets() {
    return BudgetArbitraries.budgets().withEveryFeature().withUnits(2, 4).withProjectsPerUnit(1, 5)
        .withCarryOverProjects(3);
  }

  @Provide
  Arbitrary<DepartmentBudget> plainBudgets() {
    return Arbitraries.oneOf(BudgetArbitraries.budgets(), BudgetArbitraries.budgets().withNonFiscalFunds()
        .withUnits(1, 3));
  }

  /** One line per part of a table (title, department, each row as the model holds it). */
  static List<String> describe(BudgetTable t) {
    List<String> out = new ArrayList<>();
    out.add("title " + t.printedTitle());
    out.add("department " + t.printedDepartment());
    out.add("declaredEmpty " + t.declaredEmpty() + ", columns " + t.columns());
    if (t instanceof SummaryTable s) {
      s.incomeRows().forEach(r -> out.add("income " + r));
      s.categoryRows().forEach(r -> out.add("category " + r));
      out.add("currentYearTotal " + s.currentYearTotal());
      out.add("carryOver " + s.carryOver());
      s.carryOverByFund().forEach(r -> out.add("carryOverByFund " + r));
      out.add("grandTotal " + s.grandTotal());
    } else if (t instanceof FunctionTable f) {
      out.add("total " + f.total());
      f.rows().forEach(r -> out.add("row " + r));
    } else if (t instanceof EconomicTable e) {
      out.add("total " + e.total());
      e.rows().forEach(r -> out.add("row " + r));
    } else if (t instanceof RevenueTable r) {
      out.add("total " + r.total());
      r.rows().forEach(x -> out.add("row " + x));
    } else if (t instanceof StateCapitalTable s) {
      out.add("revenueTotal " + s.revenueTotal());
      s.revenueRows().forEach(x -> out.add("revenue " + x));
      out.add("expenditureTotal " + s.expenditureTotal());
      s.expenditureRows().forEach(x -> out.add("expenditure " + x));
    } else if (t instanceof ThreePublicTable p) {
      p.rows().forEach(x -> out.add("row " + x));
      out.add("total " + p.total());
    } else if (t instanceof UnitAmountTable u) {
      out.add("total " + u.total());
      u.rows().forEach(x -> out.add("row " + x));
    } else if (t instanceof ProjectTable p) {
      out.add("total " + p.total());
      for (ProjectGroup g : p.groups()) {
        g.subtotalRows().forEach(x -> out.add("subtotal " + x));
        g.projects().forEach(x -> out.add("project " + x));
      }
    }
    return out;
  }

}
