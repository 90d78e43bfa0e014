package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.template.TableSpec;
import org.yusuan.budget.template.Templates;

/**
 * Every built-in template: a generated budget (a generated 决算 for the 决算 templates) rendered the way
 * the template's family prints it ({@link DisclosureText#render(DepartmentBudget, TableProfile)}) reads
 * back — the template detected and given — to the template, the department, the year and, per printed
 * table, its printed number, its title, and its rows and amounts exactly ({@link TableRows}), every line
 * of the document accounted, none NOT_UNDERSTOOD.
 */
class TemplateRenderReadProperties {

  @Property(tries = 40)
  void standard(@ForAll("budgets") DepartmentBudget budget) throws IOException {
    roundTrip(budget, "standard-2024");
  }

  @Property(tries = 40)
  void shanghaiDepartment(@ForAll("budgets") DepartmentBudget budget) throws IOException {
    roundTrip(budget, "shanghai-department");
  }

  @Property(tries = 40)
  void shanghaiUnit(@ForAll("budgets") DepartmentBudget budget) throws IOException {
    roundTrip(budget, "shanghai-unit");
  }

  @Property(tries = 40)
  void centralDepartment(@ForAll("budgets") DepartmentBudget budget) throws IOException {
    roundTrip(budget, "central-department");
  }

  @Property(tries = 40)
  void finalAccounts(@ForAll("finals") DepartmentBudget finals) throws IOException {
    roundTrip(finals, "final-accounts");
  }

  @Property(tries = 40)
  void shanghaiFinalAccounts(@ForAll("finals") DepartmentBudget finals) throws IOException {
    roundTrip(finals, "shanghai-final-accounts");
  }

  @Property(tries = 40)
  void universityFinalAccounts(@ForAll("finals") DepartmentBudget finals) throws IOException {
    roundTrip(finals, "university-final-accounts");
  }

  /** Each built-in template has its property above. */
  @Test
  void everyBuiltInTemplateIsRendered() {
    assertThat(Templates.builtIn().stream().map(TableProfile::name)).containsExactlyInAnyOrder(
        "standard-2024", "shanghai-department", "shanghai-unit", "central-department", "final-accounts",
        "shanghai-final-accounts", "university-final-accounts");
  }

  /**
   * The tables each template prints of a generated document: all but those whose columns the generator
   * does not make (the Shanghai 收入预算总表 by 财政拨款/事业/经营/其他 and 国有资本经营 function table, a
   * 单位预算's 收支总表 by 人员/公用/项目, the central 收入预算表) — pinned so that a table lost from the
   * renderer fails here.
   */
  @Test
  void whichTablesArePrinted() {
    DepartmentBudget budget = BudgetArbitraries.budgets().withEveryFeature().sample();
    DepartmentBudget finals = FinalAccountsArbitraries.finalAccounts().sample();
    assertThat(printed(budget, "shanghai-department")).containsExactly(TableId.T1, TableId.T3, TableId.T4,
        TableId.T5, TableId.T8, TableId.T6, TableId.T10);
    assertThat(printed(budget, "shanghai-unit")).containsExactly(TableId.T3, TableId.T4, TableId.T5,
        TableId.T8, TableId.T6, TableId.T10);
    assertThat(printed(budget, "central-department")).containsExactly(TableId.T1, TableId.T3, TableId.T14);
    assertThat(printed(finals, "final-accounts")).containsExactly(TableId.F1, TableId.F2, TableId.F3,
        TableId.F4, TableId.F5, TableId.F6, TableId.F7, TableId.F8, TableId.F9);
    assertThat(printed(finals, "shanghai-final-accounts")).containsExactly(TableId.F1, TableId.F2,
        TableId.F3, TableId.F4, TableId.F5, TableId.F6, TableId.F7, TableId.F8, TableId.F9);
    assertThat(printed(finals, "university-final-accounts")).containsExactly(TableId.F1, TableId.F2,
        TableId.F3, TableId.F10);
  }

  private static List<TableId> printed(DepartmentBudget budget, String template) {
    return TemplateText.printedTables(budget, Templates.named(template).orElseThrow()).keySet().stream()
        .map(TableSpec::id).toList();
  }

  private static void roundTrip(DepartmentBudget budget, String name) throws IOException {
    TableProfile template = Templates.named(name).orElseThrow();
    String text = DisclosureText.render(budget, template);
    for (Optional<TableProfile> given : List.of(Optional.<TableProfile>empty(), Optional.of(template))) {
      Disclosure read = DisclosureReader.read(new StringReader(text), "rendered", given, Optional.empty());
      String context = name + (given.isPresent() ? " (given)" : " (detected)") + " from\n" + text;
      assertThat(read.report().lines(LineDisposition.NOT_UNDERSTOOD)).as(context).isEmpty();
      assertThat(read.budget().profile().name()).as(context).isEqualTo(name);
      assertThat(read.budget().departmentName()).as(context).isEqualTo(budget.departmentName());
      assertThat(read.budget().budgetYear()).as(context).isEqualTo(budget.budgetYear());
      if (name.equals("standard-2024")) {
        continue; // its tables: RenderReadRoundTripProperties
      }
      for (Map.Entry<TableSpec, BudgetTable> e : TemplateText.printedTables(budget, template).entrySet()) {
        TableSpec spec = e.getKey();
        BudgetTable back = read.budget().table(spec.id()).orElseThrow(
            () -> new AssertionError(spec.id() + " not read: " + context));
        // printed as the template numbers it: 表3 in a central contents list, a bare 3 in a Shanghai one
        assertThat(back.printedNumber().map(n -> n.replaceFirst("^表", ""))).as(context)
            .contains(TemplateText.number(template, spec));
        assertThat(back.printedTitle().orElseThrow()).as(context).endsWith(spec.titleKeyword());
        assertThat(TableRows.of(back)).as(spec.id() + " " + context)
            .containsExactlyElementsOf(TableRows.of(e.getValue()));
      }
    }
  }

  @Provide
  Arbitrary<DepartmentBudget> budgets() {
    return Arbitraries.oneOf(BudgetArbitraries.budgets().withEveryFeature(), BudgetArbitraries.budgets());
  }

  @Provide
  Arbitrary<DepartmentBudget> finals() {
    return FinalAccountsArbitraries.finalAccounts();
  }
}
