package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Shrinkable;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.classification.BudgetCode;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.classification.Scheme;
import org.yusuan.budget.catalog.CodeStatus;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.TableId;

/** The arbitraries outside the jqwik engine, and shrinking. */
class ArbitrariesTest {
  @Test
  void samplesOutsideTheEngine() {
    DepartmentBudget b = BudgetArbitraries.budgets().sample();
    assertThat(b.tables()).hasSize(13);
    assertThat(b.projectSheets()).hasSize(b.projectTable(TableId.T12).orElseThrow().projectCount());
    FunctionTable t3 = BudgetArbitraries.tables(TableId.T3, FunctionTable.class).sample();
    assertThat(t3.rows()).isNotEmpty();
    WanYuan a = BudgetArbitraries.amounts().sample();
    assertThat(a.isExactTo(2)).isTrue();
    assertThat(a.isPositive()).isTrue();
  }

  @Test
  void catalogCodesAreKnownAndFreeCodesWellFormed() {
    var edition = Editions.embedded(2025);
    BudgetArbitraries.codes(edition, Scheme.FUNCTIONAL, CodeLevel.ITEM).sampleStream().limit(50)
        .forEach(c -> assertThat(edition.lookup(c).status()).isEqualTo(CodeStatus.KNOWN));
    BudgetArbitraries.codes(Scheme.GOVERNMENT_ECONOMIC, CodeLevel.SECTION).sampleStream().limit(50)
        .forEach(c -> assertThat(c.value()).hasSize(5).startsWith("5"));
    BudgetCode any = BudgetArbitraries.codes(Scheme.REVENUE, CodeLevel.CLASS).sample();
    assertThat(any.value()).hasSize(3);
  }

  /** A failing example shrinks to one unit with one project (shrinking needs a jqwik thread). */
  @net.jqwik.api.Example
  void aFailingBudgetShrinksToASmallOne() {
    Arbitrary<DepartmentBudget> budgets = BudgetArbitraries.budgets().withUnits(1, 4).withProjectsPerUnit(1, 4);
    // "Fails" when 表十二 has a project of at least 10 万元: almost every budget.
    Predicate<DepartmentBudget> failing = b -> b.projectTable(TableId.T12).orElseThrow().projects().stream()
        .anyMatch(p -> p.cells().get(0).amountOrZero().compareTo(WanYuan.of(10)) >= 0);
    Random random = new Random(42);
    Shrinkable<DepartmentBudget> current = null;
    while (current == null) {
      Shrinkable<DepartmentBudget> s = budgets.generator(1000).next(random);
      if (failing.test(s.value()) && s.value().units().size() > 2) {
        current = s;
      }
    }
    for (int step = 0; step < 500; step++) {
      Optional<Shrinkable<DepartmentBudget>> smaller = current.shrink().filter(s -> failing.test(s.value()))
          .findFirst();
      if (smaller.isEmpty()) {
        break;
      }
      current = smaller.get();
    }
    DepartmentBudget small = current.value();
    ProjectTable t12 = small.projectTable(TableId.T12).orElseThrow();
    assertThat(small.units()).hasSize(1);
    assertThat(t12.projectCount()).isEqualTo(1);
    // The one project shrank to the threshold's neighbourhood, not just to fewer rows.
    assertThat(t12.projects().get(0).cells().get(0).amountOrZero()).isLessThan(WanYuan.of(20));
  }
}
