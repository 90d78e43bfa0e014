package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TableLayout;
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.template.TableSpec;
import org.yusuan.budget.template.Templates;

/**
 * A generated budget rendered the way each built-in template's family prints it
 * ({@link DisclosureText#render(DepartmentBudget, TableProfile)}) reads back — the template detected and
 * given — to the template, the department, the year and, per printed function table, its printed number,
 * its title, its rows (code, name) and their amounts (exactly; a 元 table's cells carry another quantum),
 * every line of the document accounted.
 */
class TemplateRenderReadProperties {

  @Property(tries = 50)
  void standard(@ForAll("budgets") DepartmentBudget budget) throws IOException {
    roundTrip(budget, "standard-2024");
  }

  @Property(tries = 50)
  void shanghaiDepartment(@ForAll("budgets") DepartmentBudget budget) throws IOException {
    roundTrip(budget, "shanghai-department");
  }

  @Property(tries = 50)
  void shanghaiUnit(@ForAll("budgets") DepartmentBudget budget) throws IOException {
    roundTrip(budget, "shanghai-unit");
  }

  @Property(tries = 50)
  void centralDepartment(@ForAll("budgets") DepartmentBudget budget) throws IOException {
    roundTrip(budget, "central-department");
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
      for (TableSpec spec : template.tables()) {
        Optional<FunctionTable> printed = printed(budget, spec);
        if (printed.isEmpty() || name.equals("standard-2024")) {
          continue;
        }
        BudgetTable back = read.budget().table(spec.id()).orElseThrow(
            () -> new AssertionError(spec.id() + " not read: " + context));
        // printed as the template numbers it: 表3 in a central contents list, a bare 3 in a Shanghai one
        assertThat(back.printedNumber().map(n -> n.replaceFirst("^表", ""))).as(context)
            .contains(TemplateText.number(template, spec));
        assertThat(back.printedTitle().orElseThrow()).as(context).endsWith(spec.titleKeyword());
        assertThat(rows((FunctionTable) back)).as(spec.id() + " " + context)
            .containsExactlyElementsOf(rows(printed.get()));
      }
    }
  }

  /** The budget's table the renderer prints for {@code spec} (表五 for the central T14). */
  private static Optional<FunctionTable> printed(DepartmentBudget budget, TableSpec spec) {
    if (spec.layout() != TableLayout.FUNCTION) {
      return Optional.empty();
    }
    Optional<BudgetTable> t = budget.table(spec.id());
    if (t.isEmpty() && spec.id().equals(TableId.T14)) {
      t = budget.table(TableId.T5);
    }
    return t.filter(x -> x instanceof FunctionTable && x.columns().equals(spec.columns()))
        .map(FunctionTable.class::cast);
  }

  /** One line per row: the total's amounts, then code, name and amounts of each row. */
  private static List<String> rows(FunctionTable t) {
    List<String> out = new ArrayList<>();
    t.total().ifPresent(total -> out.add("total " + amounts(total.cells())));
    for (FunctionRow r : t.rows()) {
      out.add(r.code().map(Object::toString).orElse("?" + r.printedCode()) + " " + r.printedName() + " "
          + amounts(r.cells()));
    }
    return out;
  }

  private static List<String> amounts(List<AmountCell> cells) {
    return cells.stream().map(c -> c.amount().map(Object::toString).orElse("-")).toList();
  }

  @Provide
  Arbitrary<DepartmentBudget> budgets() {
    return Arbitraries.oneOf(BudgetArbitraries.budgets().withEveryFeature(), BudgetArbitraries.budgets());
  }
}
